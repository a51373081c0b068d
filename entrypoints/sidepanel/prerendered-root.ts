// sidepanel.html arrives with the first view prerendered once per interface language
// (scripts/build/prerender-panel.ts), inert: readable at once, but not yet clickable. The
// panel keeps the copy in the language it shows, drops the others and renders onto that
// copy — the text on screen stays, handlers attach — and only then lets it take input.
import { render, type VNode } from 'preact';

/** Marked when the panel's first handlers are attached (read by `npm run bench` and e2e). */
export const INTERACTIVE_MARK = 'heupwijzer:interactive';

export function showPanel(app: VNode, container: HTMLElement, language: string): void {
  const copies = [...container.querySelectorAll(':scope > [data-ui-lang]')];
  const kept = copies.find((copy) => copy.getAttribute('data-ui-lang') === language);
  for (const copy of copies) if (copy !== kept) copy.remove();
  if (kept) {
    // From here the app sets the languages (<html lang>, and its own for content).
    kept.removeAttribute('data-ui-lang');
    kept.removeAttribute('lang');
    // render() onto existing DOM hydrates it: it reuses the prerendered nodes and, unlike
    // hydrate(), also compares their attributes, so a first render that differs from the
    // prerender (e.g. state restored meanwhile) cannot leave a stale aria-selected behind.
    render(app, kept);
    kept.removeAttribute('inert');
  } else {
    render(app, container);
  }
  performance.mark(INTERACTIVE_MARK);
}
