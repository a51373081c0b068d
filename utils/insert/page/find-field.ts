// Runs in the EHR page: which element has the cursor — through same-origin frames
// (TinyMCE's) and shadow roots — and what kind of field it is. A cross-origin frame
// cannot be looked into from here; its origin is read from the <iframe> so the panel can
// name it and ask for access.

export type FieldKind = 'text' | 'rich' | 'none' | 'crossOriginFrame';

export interface FrameProbe {
  readonly field: FieldKind;
  readonly hasFocus: boolean;
  readonly isTop: boolean;
  /** For 'crossOriginFrame': the origin of the frame that has the focus. */
  readonly frameOrigin?: string;
}

export interface FocusedElement {
  readonly element: Element | null;
  /** The cross-origin frame the focus went into, if any. */
  readonly crossOriginFrame: HTMLIFrameElement | null;
}

export function focusedElement(doc: Document = document): FocusedElement {
  let element: Element | null = doc.activeElement;
  while (element && (element.tagName === 'IFRAME' || element.tagName === 'FRAME')) {
    const inner = sameOriginDocument(element as HTMLIFrameElement);
    if (!inner) return { element: null, crossOriginFrame: element as HTMLIFrameElement };
    element = inner.activeElement;
  }
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return { element, crossOriginFrame: null };
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

export function isPlainField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  if (element.tagName === 'TEXTAREA') return true;
  if (element.tagName !== 'INPUT') return false;
  const type = (element.getAttribute('type') ?? 'text').toLowerCase();
  return ['text', 'search', ''].includes(type);
}

export function isRichField(element: Element): element is HTMLElement {
  return (element as HTMLElement).isContentEditable === true;
}

/** The origin an <iframe> shows, from its src (about:blank and srcdoc frames are same-origin). */
export function frameOrigin(frame: HTMLIFrameElement): string | undefined {
  try {
    const url = new URL(frame.src, frame.ownerDocument.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

export function probeFrame(): FrameProbe {
  const { element, crossOriginFrame } = focusedElement();
  const base = { hasFocus: document.hasFocus(), isTop: window === window.top };
  if (crossOriginFrame) {
    const origin = frameOrigin(crossOriginFrame);
    return { ...base, field: 'crossOriginFrame', ...(origin && { frameOrigin: origin }) };
  }
  const field: FieldKind = !element
    ? 'none'
    : isPlainField(element)
      ? 'text'
      : isRichField(element)
        ? 'rich'
        : 'none';
  return { ...base, field };
}

/** A frame's window, typed with its constructors (events must come from the field's own frame). */
export type PageWindow = Window & typeof globalThis;
export const windowOf = (node: Node): PageWindow => (node.ownerDocument?.defaultView ?? window) as PageWindow;
