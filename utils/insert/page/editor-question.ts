// Runs in the EHR page: some editors answer a paste of HTML with a question ("Keep as
// HTML?"). If we then reported failure and left the question open, answering it later
// would put the note at the end of the field — or twice, with the copy we made. So we
// watch for a dialog that appears during our paste and close it unanswered.
import { windowOf } from './find-field';

const DIALOG =
  '[role="dialog"],[role="alertdialog"],[aria-modal="true"],dialog[open],[class*="dialog"],[class*="modal"]';

export interface QuestionWatch {
  /** A dialog that appeared since the watch began and is still shown, if any. */
  question(): HTMLElement | null;
  stop(): void;
}

export function watchForQuestion(doc: Document): QuestionWatch {
  const added: Element[] = [];
  const observer = new (windowOf(doc.documentElement).MutationObserver)((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) added.push(node);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  return {
    question: () => {
      for (const node of added) {
        const dialog = node.matches(DIALOG) ? node : node.querySelector(DIALOG);
        if (dialog instanceof HTMLElement && dialog.isConnected && dialog.getClientRects().length > 0)
          return dialog;
      }
      return null;
    },
    stop: () => observer.disconnect(),
  };
}

/** Closes the question unanswered: Escape first, then its cancel/close button. */
export async function dismissQuestion(watch: QuestionWatch, dialog: HTMLElement): Promise<boolean> {
  const win = windowOf(dialog);
  const escapeKey = () =>
    new win.KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', keyCode: 27, bubbles: true });
  dialog.dispatchEvent(escapeKey());
  dialog.ownerDocument.dispatchEvent(escapeKey());
  await new Promise((resolve) => win.setTimeout(resolve, 50));
  const still = watch.question();
  if (!still) return true;
  const cancel = [...still.querySelectorAll<HTMLElement>('button,[role="button"]')].find((button) =>
    /cancel|annuleer|close|sluit/i.test(
      `${button.textContent} ${button.getAttribute('aria-label')} ${button.title}`,
    ),
  );
  cancel?.click();
  await new Promise((resolve) => win.setTimeout(resolve, 50));
  return watch.question() === null;
}
