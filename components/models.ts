// Hands the panel's models (utils/panel/models.ts) to every component without threading
// props: `const { panel, consult } = useModels()`.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Models } from '../utils/panel/models';

export const ModelsContext = createContext<Models | null>(null);

export function useModels(): Models {
  const models = useContext(ModelsContext);
  if (!models) throw new Error('useModels outside ModelsContext');
  return models;
}
