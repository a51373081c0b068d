// Runs in the EHR page: puts the note into a <textarea> or <input> — all of it or none.
// Decided first (utils/insert/splice.ts): a selection is kept and the note goes after it;
// a note longer than the field's maxlength allows is refused before anything changes.
// Then the page is asked (a cancelable beforeinput), and the text goes in through the
// browser's own editing command (text-field-edit), so undo and framework events are real.
// Afterwards the whole value is compared with the plan; anything else is taken back.

import { insertTextIntoField } from 'text-field-edit';
import { type InsertResult, refuse } from '../insert-result';
import { planSplice } from '../splice';
import { windowOf } from './find-field';
import { dispatchBeforeInput } from './page-guard';

type PlainField = HTMLTextAreaElement | HTMLInputElement;

export function insertIntoPlainField(field: PlainField, note: string): InsertResult {
  if (field.readOnly || field.disabled) return refuse({ reason: 'readonly' });
  // A single-line field cannot hold line breaks.
  const text = field.tagName === 'INPUT' ? note.replace(/\s*\n+\s*/g, ' ') : note;
  const before = field.value;
  const plan = planSplice(
    {
      value: before,
      selectionStart: field.selectionStart ?? before.length,
      selectionEnd: field.selectionEnd ?? before.length,
      maxLength: field.maxLength,
    },
    text,
  );
  if (!plan.ok) return refuse(plan);
  field.focus();
  field.setSelectionRange(plan.at, plan.at);
  if (!dispatchBeforeInput(field, { inputType: 'insertText', data: text })) {
    if (field.value === plan.expected)
      return { ok: true, method: 'beforeinput', afterSelection: plan.afterSelection };
    putBack(field, before, plan.at);
    return refuse({ reason: 'pageRefused' });
  }
  insertTextIntoField(field, text);
  if (field.value === plan.expected)
    return { ok: true, method: 'insertText', afterSelection: plan.afterSelection };
  if (field.value === before) return refuse({ reason: 'unchanged' });
  putBack(field, before, plan.at);
  return refuse({ reason: 'partial', restored: field.value === before });
}

/** Takes a partial or foreign change back: the browser's undo first, else the old value. */
function putBack(field: PlainField, before: string, caret: number): void {
  if (field.value === before) return;
  field.ownerDocument.execCommand('undo');
  if (field.value === before) return;
  const win = windowOf(field);
  const proto =
    field.tagName === 'INPUT' ? win.HTMLInputElement.prototype : win.HTMLTextAreaElement.prototype;
  // The native setter, so React/Vue see the old value again; it holds no more than before.
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, before);
  field.setSelectionRange(caret, caret);
  field.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'historyUndo' }));
}
