// Runs in the EHR page: the parts of a rich field the page locked
// (contenteditable="false": signed entries, chips). We never write over them; after an
// insertion each must still be there, else the insertion is taken back.

export function lockedParts(host: HTMLElement): string[] {
  return [...host.querySelectorAll('[contenteditable="false"]')].map((part) => part.outerHTML);
}

/** Every locked part from before is still in the field (a sub-multiset check). */
export function lockedPartsKept(before: readonly string[], host: HTMLElement): boolean {
  const now = lockedParts(host);
  return before.every((part) => {
    const index = now.indexOf(part);
    if (index < 0) return false;
    now.splice(index, 1);
    return true;
  });
}

/** Puts the caret at the end of the selection, and outside a locked part if it ends in one. */
export function caretAfterSelection(selection: Selection, host: HTMLElement): boolean {
  const range = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const inside = range !== null && host.contains(range.commonAncestorContainer);
  const wasSelection = inside && !range.collapsed;
  const caret = host.ownerDocument.createRange();
  if (inside) {
    caret.setStart(range.endContainer, range.endOffset);
  } else {
    caret.selectNodeContents(host);
    caret.collapse(false);
  }
  const node = caret.startContainer;
  const locked = (node instanceof Element ? node : node.parentElement)?.closest('[contenteditable="false"]');
  if (locked && host.contains(locked)) caret.setStartAfter(locked);
  caret.collapse(true);
  selection.removeAllRanges();
  selection.addRange(caret);
  return wasSelection;
}
