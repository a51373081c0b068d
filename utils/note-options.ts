// How the note is composed: for whom, in which language and layout, with or without a
// date line. Not patient data; remembered for the browser session (defaults from
// settings arrive with the settings issue).
import { storage } from 'wxt/utils/storage';
import type { ContentLanguage } from '../content/schema';

export type Audience = 'record' | 'patient';
export type NoteLayout = 'paragraph' | 'soep';

export interface NoteOptions {
  readonly audience: Audience;
  readonly language: ContentLanguage;
  readonly layout: NoteLayout;
  readonly dateLine: boolean;
}

export const DEFAULT_NOTE_OPTIONS: NoteOptions = {
  audience: 'record',
  language: 'nl',
  layout: 'soep',
  dateLine: true,
};

export const noteOptionsItem = storage.defineItem<NoteOptions>('session:noteOptions', {
  fallback: DEFAULT_NOTE_OPTIONS,
  version: 1,
});
