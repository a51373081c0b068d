// Hands the panel model to every component without threading props.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PanelModel } from '../utils/panel/panel-model';

export const PanelContext = createContext<PanelModel | null>(null);

export function usePanel(): PanelModel {
  const model = useContext(PanelContext);
  if (!model) throw new Error('usePanel outside PanelContext');
  return model;
}
