// Runs inside the EHR page (scripting.executeScript serialises these functions, so each
// is self-contained: no imports, no outer variables). It finds the field that has the
// cursor — through same-origin iframes such as TinyMCE's — and inserts the note there:
// plain fields through the browser's own editing command (undo and framework events
// stay real), rich fields through a paste event that the editor turns into its own
// model. It then checks that the field really changed. It never throws.

export type FieldKind = 'text' | 'rich' | 'none' | 'crossOriginFrame';

export interface FrameProbe {
  readonly field: FieldKind;
  readonly hasFocus: boolean;
  readonly isTop: boolean;
}

export type InsertOutcome =
  | { readonly ok: true; readonly method: 'insertText' | 'valueSetter' | 'paste' | 'insertHTML' }
  | { readonly ok: false; readonly reason: 'noField' | 'readonly' | 'unchanged' };

export type PageRequest =
  | { readonly kind: 'probe' }
  | { readonly kind: 'insert'; readonly html: string; readonly text: string };

/**
 * probe: which kind of field has the cursor in this frame (to choose a frame).
 * insert: put the note at that cursor and check the field changed.
 */
export async function inPage(request: PageRequest): Promise<FrameProbe | InsertOutcome> {
  /** The element with the cursor, through same-origin frames and shadow roots; null at a cross-origin frame. */
  const deepActive = (): { element: Element | null; crossOrigin: boolean } => {
    let element: Element | null = document.activeElement;
    while (element && (element.tagName === 'IFRAME' || element.tagName === 'FRAME')) {
      let inner: Document | null = null;
      try {
        inner = (element as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      if (!inner) return { element: null, crossOrigin: true };
      element = inner.activeElement;
    }
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return { element, crossOrigin: false };
  };
  /** The browser's editing command; false where it is missing or refused. */
  const command = (doc: Document, name: string, value: string): boolean => {
    try {
      return doc.execCommand(name, false, value);
    } catch {
      return false;
    }
  };
  const isTextField = (element: Element) => {
    const type = (element.getAttribute('type') ?? 'text').toLowerCase();
    return (
      element.tagName === 'TEXTAREA' || (element.tagName === 'INPUT' && ['text', 'search', ''].includes(type))
    );
  };

  const { element, crossOrigin } = deepActive();
  if (request.kind === 'probe') {
    const field: FieldKind = crossOrigin
      ? 'crossOriginFrame'
      : !element
        ? 'none'
        : isTextField(element)
          ? 'text'
          : (element as HTMLElement).isContentEditable
            ? 'rich'
            : 'none';
    return { field, hasFocus: document.hasFocus(), isTop: window === window.top };
  }

  if (!element) return { ok: false, reason: 'noField' };
  const doc = element.ownerDocument;
  const win = doc.defaultView;
  if (!win) return { ok: false, reason: 'noField' };

  if (isTextField(element)) {
    const field = element as HTMLTextAreaElement | HTMLInputElement;
    if (field.readOnly || field.disabled) return { ok: false, reason: 'readonly' };
    // A single-line field cannot hold line breaks.
    const text = field.tagName === 'INPUT' ? request.text.replace(/\s*\n+\s*/g, ' ') : request.text;
    const before = field.value;
    const start = field.selectionStart ?? before.length;
    const end = field.selectionEnd ?? start;
    field.focus();
    field.setSelectionRange(start, end);
    let method: 'insertText' | 'valueSetter' = 'insertText';
    const done = command(doc, 'insertText', text);
    if (!done || field.value === before) {
      // Fallback: the native setter (so React/Vue see a real change) and an input event.
      const proto =
        field.tagName === 'INPUT' ? win.HTMLInputElement.prototype : win.HTMLTextAreaElement.prototype;
      const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
      const next = before.slice(0, start) + text + before.slice(end);
      if (setter) setter.call(field, next);
      else field.value = next;
      field.setSelectionRange(start + text.length, start + text.length);
      field.dispatchEvent(
        new win.InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
      );
      method = 'valueSetter';
    }
    const changed = field.value !== before && field.value.includes(text.slice(0, 40));
    return changed ? { ok: true, method } : { ok: false, reason: 'unchanged' };
  }

  const host = element as HTMLElement;
  if (!host.isContentEditable) return { ok: false, reason: 'noField' };
  const beforeText = host.textContent ?? '';
  host.focus();
  const data = new win.DataTransfer();
  data.setData('text/html', request.html);
  data.setData('text/plain', request.text);
  const paste = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  // An editor that handles paste cancels the event and builds its own model from it.
  const handled = !host.dispatchEvent(paste);
  if (!handled) command(doc, 'insertHTML', request.html);
  const method = handled ? 'paste' : 'insertHTML';
  // Some editors apply a paste a moment later: wait for the field to change, briefly.
  const firstLine = request.text.split('\n')[0]?.trim() ?? '';
  for (let waited = 0; waited <= 1000; waited += 50) {
    const now = host.textContent ?? '';
    if (now !== beforeText && now.includes(firstLine)) return { ok: true, method };
    await new Promise((resolve) => win.setTimeout(resolve, 50));
  }
  return { ok: false, reason: 'unchanged' };
}
