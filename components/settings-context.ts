// Hands the settings model to the views that read or change settings.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { SettingsModel } from '../utils/settings/settings-model';

export const SettingsContext = createContext<SettingsModel | null>(null);

export function useSettings(): SettingsModel {
  const model = useContext(SettingsContext);
  if (!model) throw new Error('useSettings outside SettingsContext');
  return model;
}
