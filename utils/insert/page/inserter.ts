// Runs in the EHR page: the one object the injected script leaves behind, called by the
// extension with a request. Finds the field with the cursor and puts the note there
// (plain-field.ts, rich-field.ts); never throws across the page boundary.
import { type InsertResult, refuse } from '../insert-result';
import { focusedElement, isPlainField, isRichField, probeFrame } from './find-field';
import { insertIntoPlainField } from './plain-field';
import { insertIntoRichField } from './rich-field';

export const INSERTER_GLOBAL = '__heupwijzerInserter';

export interface NoteToInsert {
  readonly html: string;
  readonly text: string;
}

export async function insertAtCursor(note: NoteToInsert): Promise<InsertResult> {
  try {
    const { element } = focusedElement();
    if (!element) return refuse({ reason: 'noField' });
    if (isPlainField(element)) return insertIntoPlainField(element, note.text);
    if (isRichField(element)) return await insertIntoRichField(element, note.html, note.text);
    return refuse({ reason: 'noField' });
  } catch {
    return refuse({ reason: 'unchanged' });
  }
}

/** Where insertion failed without the panel (menu, shortcut): the page has the focus, so it can copy. */
export async function copyInPage(note: NoteToInsert): Promise<boolean> {
  try {
    await navigator.clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([note.html], { type: 'text/html' }),
        'text/plain': new Blob([note.text], { type: 'text/plain' }),
      }),
    ]);
    return true;
  } catch {
    return false;
  }
}

/** Asks in the page before an old consult goes in (menu, shortcut). */
export const confirmInPage = (question: string): boolean => window.confirm(question);

export const inserter = {
  probe: probeFrame,
  insert: insertAtCursor,
  copy: copyInPage,
  confirm: confirmInPage,
};
export type Inserter = typeof inserter;
