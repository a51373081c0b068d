// Runs in the EHR page: asks the page first. `execCommand('insertText')` fires no
// `beforeinput` in Chromium (Input Events spec), so a page's guard — a signed entry, an
// input mask — would never see our insertion. We dispatch a cancelable one ourselves;
// `false` means the page (or an editor that inserts on its own) cancelled it.
import { type PageWindow, windowOf } from './find-field';

export function dispatchBeforeInput(
  target: Element,
  init:
    | { inputType: 'insertText'; data: string }
    | { inputType: 'insertFromPaste'; dataTransfer: DataTransfer },
): boolean {
  const win = windowOf(target);
  const event = new win.InputEvent('beforeinput', {
    bubbles: true,
    cancelable: true,
    composed: true,
    ...init,
  });
  return target.dispatchEvent(event);
}

/** The note as a DataTransfer, as a real paste carries it. */
export function noteTransfer(win: PageWindow, html: string, text: string): DataTransfer {
  const data = new win.DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', text);
  return data;
}

/** Firefox drops a constructed ClipboardEvent's clipboardData (Mozilla bug 1654724). */
export function pasteEventCarriesData(win: PageWindow): boolean {
  const probe = noteTransfer(win, '<p>x</p>', 'x');
  return (
    new win.ClipboardEvent('paste', { clipboardData: probe }).clipboardData?.getData('text/plain') === 'x'
  );
}

/** Whether a constructed beforeinput keeps its DataTransfer (editors built on beforeinput read it). */
export function beforeInputCarriesData(win: PageWindow): boolean {
  const probe = noteTransfer(win, '<p>x</p>', 'x');
  const event = new win.InputEvent('beforeinput', { inputType: 'insertFromPaste', dataTransfer: probe });
  return event.dataTransfer?.getData('text/plain') === 'x';
}

/**
 * Firefox: the beforeinput insertFromPaste, built in the page's own world by the bridge
 * (entrypoints/page-paste-bridge.ts) so the page may read its DataTransfer. True/false:
 * passed/cancelled; null: no bridge in this frame.
 */
export function dispatchPasteThroughPage(target: Element, html: string, text: string): boolean | null {
  const win = windowOf(target);
  const ask = (type: string, detail: string) =>
    target.dispatchEvent(new win.CustomEvent(type, { detail, bubbles: false, cancelable: true }));
  if (ask('heupwijzer-bridge-ping', '')) return null; // nobody cancelled the ping: no bridge
  return ask('heupwijzer-bridge-paste', JSON.stringify({ html, text }));
}
