// How the note is composed: for whom, in which language and layout, with or without a
// date line. Not patient data; remembered for the browser session, starting from the
// practice's note defaults in settings.
import { storage } from 'wxt/utils/storage';
import type { ContentLanguage } from '../../content/schema';

export type Audience = 'record' | 'patient';
export type NoteLayout = 'paragraph' | 'soep';

export interface NoteOptions {
  readonly audience: Audience;
  readonly language: ContentLanguage;
  readonly layout: NoteLayout;
  readonly dateLine: boolean;
}

/** null until changed in this session: then the options come from the settings' defaults. */
export const noteOptionsItem = storage.defineItem<NoteOptions>('session:noteOptions', { version: 1 });
