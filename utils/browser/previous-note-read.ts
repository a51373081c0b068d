// The last previous note read from the context menu (in the background), so that an open
// panel shows it at once. Values only, never the note's text. Session only.
import { storage } from 'wxt/utils/storage';
import type { ReadResult } from '../progress/parse-note';

export const previousNoteReadItem = storage.defineItem<{ result: ReadResult; at: number }>(
  'session:previousNoteRead',
  { version: 1 },
);
