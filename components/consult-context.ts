// Hands the consult model to the consult views.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ConsultModel } from '../utils/consult/consult-model';

export const ConsultContext = createContext<ConsultModel | null>(null);

export function useConsult(): ConsultModel {
  const model = useContext(ConsultContext);
  if (!model) throw new Error('useConsult outside ConsultContext');
  return model;
}
