// What the panel remembers for the browser session: the open view and content language.
// storage.session only — never written to disk or synced.
import { storage } from 'wxt/utils/storage';
import type { ContentLanguage } from '../../content/schema';

export interface PanelState {
  readonly view: string;
  readonly language: ContentLanguage;
}

export const FIRST_VIEW = 'advice';

/** null until the panel first saves: then the content language comes from settings. */
export const panelStateItem = storage.defineItem<PanelState>('session:panel', { version: 1 });
