// What the clinician reads after an insertion, the same from the button, the menu and
// the shortcut: the reason in words (with the numbers that explain it), then whether
// the note is on the clipboard instead. Pure.
import type { MessageKey } from '../browser/i18n';
import type { InsertRefusal, InsertResult } from './insert-result';

export interface Message {
  readonly key: MessageKey;
  readonly params?: readonly string[];
}

const REASONS: {
  [R in InsertRefusal['reason']]: (refusal: Extract<InsertRefusal, { reason: R }>) => Message;
} = {
  noField: () => ({ key: 'insertNoField' }),
  readonly: () => ({ key: 'insertReadonly' }),
  tooLong: ({ limit, free, length }) => ({
    key: 'insertTooLong',
    params: [String(limit), String(free), String(length)],
  }),
  pageRefused: () => ({ key: 'insertPageRefused' }),
  partial: ({ restored }) => ({ key: restored ? 'insertPartial' : 'insertPartialCheck' }),
  unchanged: () => ({ key: 'insertUnchanged' }),
  editorIgnored: () => ({ key: 'insertEditorIgnored' }),
  editorAsked: () => ({ key: 'insertEditorAsked' }),
  lockedPart: ({ restored }) => ({ key: restored ? 'insertLockedPart' : 'insertLockedPartCheck' }),
  frameNoAccess: ({ origin }) => ({ key: 'insertFrameNoAccess', params: [origin] }),
  noAccess: () => ({ key: 'insertNoAccess' }),
  notAllowed: () => ({ key: 'insertNotAllowed' }),
  noTab: () => ({ key: 'insertNoTab' }),
  staleDeclined: () => ({ key: 'insertStaleDeclined' }),
};

export function insertMessage(result: InsertResult): Message {
  if (result.ok) return { key: result.afterSelection ? 'insertedAfterSelection' : 'inserted' };
  const reason = REASONS[result.reason] as (refusal: InsertRefusal) => Message;
  return reason(result);
}

/** The sentence after a refusal: where the note is now. */
export const copyClause = (copied: boolean): MessageKey => (copied ? 'noteOnClipboard' : 'noteNotCopied');
