// What the panel remembers for the browser session: the open view, content language and
// condition.
// storage.session only — never written to disk or synced.
import type { ContentLanguage } from '../../content/schema';

export interface PanelState {
  readonly view: string;
  readonly language: ContentLanguage;
  /** The condition on screen (its id); absent in state saved before there was a choice. */
  readonly condition?: string;
}

export const FIRST_VIEW = 'advice';
