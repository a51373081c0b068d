// What the panel remembers for the browser session: the open view and content language.
// storage.session only — never written to disk or synced.
import { storage } from 'wxt/utils/storage';
import type { ContentLanguage } from '../content/schema';

export interface PanelState {
  readonly view: string;
  readonly language: ContentLanguage;
}

export const DEFAULT_PANEL_STATE: PanelState = { view: 'advice', language: 'nl' };

export const panelStateItem = storage.defineItem<PanelState>('session:panel', {
  fallback: DEFAULT_PANEL_STATE,
  version: 1,
});
