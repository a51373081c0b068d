// Runs in the EHR page: puts the note into a contenteditable, through the editor and
// never around it. A selection is kept (the caret goes to its end, outside any locked
// part). Then the events of a real paste, in its order: a `paste` event with the note —
// Quill, CKEditor, ProseMirror, TinyMCE, Lexical, Draft.js, Jodit build their model from
// it; then a cancelable `beforeinput` insertFromPaste carrying the note — editors built on
// beforeinput (Slate, Trix) take it, and a page guard can refuse it; only a plain
// contenteditable (no editor model) then gets `insertHTML`.
// Afterwards: the whole note must be there, the old text kept, every locked part intact.

import { type InsertMethod, type InsertResult, refuse } from '../insert-result';
import { dismissQuestion, watchForQuestion } from './editor-question';
import { isModelEditor } from './editor-roots';
import { windowOf } from './find-field';
import { caretAfterSelection, lockedParts, lockedPartsKept } from './locked-parts';
import { noteLanded, noteLines, waitFor } from './note-landed';
import {
  beforeInputCarriesData,
  dispatchBeforeInput,
  dispatchPasteThroughPage,
  noteTransfer,
  pasteEventCarriesData,
} from './page-guard';

export async function insertIntoRichField(
  host: HTMLElement,
  html: string,
  text: string,
): Promise<InsertResult> {
  const doc = host.ownerDocument;
  const win = windowOf(host);
  const selection = doc.getSelection();
  if (!selection) return refuse({ reason: 'noField' });
  host.focus();
  const afterSelection = caretAfterSelection(selection, host);
  // Editors sync their selection from the DOM on selectionchange, a moment later.
  await new Promise((resolve) => win.setTimeout(resolve, 30));

  const before = { text: host.textContent ?? '', copy: normalizedCopy(host), locked: lockedParts(host) };
  const lines = noteLines(text);
  const landed = () => noteLanded(lines, before.text, host);
  const unchanged = () => before.copy.isEqualNode(normalizedCopy(host));
  const verdict = (method: InsertMethod): InsertResult => {
    if (!lockedPartsKept(before.locked, host))
      return refuse({ reason: 'lockedPart', restored: undo(doc, unchanged) });
    return { ok: true, method, afterSelection };
  };

  // The events of a real paste, in its order. 1. paste: editors that cancel it build their
  // own model from clipboardData (Quill, CKEditor, ProseMirror, TinyMCE, Lexical, Draft.js).
  if (pasteEventCarriesData(win)) {
    const watch = watchForQuestion(doc);
    const paste = new win.ClipboardEvent('paste', {
      clipboardData: noteTransfer(win, html, text),
      bubbles: true,
      cancelable: true,
    });
    const handled = !host.dispatchEvent(paste);
    if (handled) {
      const settled = await waitFor(win, () => landed() || watch.question() !== null);
      const question = watch.question();
      watch.stop();
      if (question) {
        await dismissQuestion(watch, question);
        return unchanged()
          ? refuse({ reason: 'editorAsked' })
          : refuse({ reason: 'partial', restored: undo(doc, unchanged) });
      }
      if (settled) return verdict('paste');
      return unchanged()
        ? refuse({ reason: 'unchanged' })
        : refuse({ reason: 'partial', restored: undo(doc, unchanged) });
    }
    watch.stop();
  }

  // 2. beforeinput insertFromPaste: editors built on it (Slate, Trix) insert from its
  // DataTransfer; a page guard cancels it. Firefox: the bridge builds it in the page's
  // world, where the page may read the data.
  const withData = beforeInputCarriesData(win);
  const passed =
    dispatchPasteThroughPage(host, html, text) ??
    dispatchBeforeInput(
      host,
      withData
        ? { inputType: 'insertFromPaste', dataTransfer: noteTransfer(win, html, text) }
        : { inputType: 'insertText', data: text },
    );
  if (!passed) {
    if (await waitFor(win, landed)) return verdict('beforeinput');
    if (!unchanged()) return refuse({ reason: 'partial', restored: undo(doc, unchanged) });
    // An editor that cancels it and adds nothing did not take the note; anything else refused it.
    return refuse({ reason: isModelEditor(host) ? 'editorIgnored' : 'pageRefused' });
  }

  // 3. Nobody handled it. An editor with its own model must not be written behind its back.
  if (isModelEditor(host)) return refuse({ reason: 'editorIgnored' });
  try {
    doc.execCommand('insertHTML', false, html);
  } catch {
    // no editing command here: the check below says so
  }
  if (landed()) return verdict('insertHTML');
  return unchanged()
    ? refuse({ reason: 'unchanged' })
    : refuse({ reason: 'partial', restored: undo(doc, unchanged) });
}

/** Takes our change back with the browser's undo; whether the field is as before. */
function undo(doc: Document, unchanged: () => boolean): boolean {
  try {
    doc.execCommand('undo');
  } catch {
    // nothing to undo with
  }
  return unchanged();
}

/** A copy of the field with adjacent text nodes merged: an editor may split them and join them back. */
function normalizedCopy(host: HTMLElement): Node {
  const copy = host.cloneNode(true);
  copy.normalize();
  return copy;
}
