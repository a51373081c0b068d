// sidepanel.html arrives with the first view prerendered once per interface language
// (scripts/build/prerender-panel.ts). The panel keeps the copy in the language it shows,
// drops the others and hydrates that copy: the text on screen stays, handlers attach.

/** Marked when the panel's first handlers are attached (read by `npm run bench`). */
export const INTERACTIVE_MARK = 'heupwijzer:interactive';

/** Where to render the app, and whether that element already holds its HTML. */
export function takePrerenderedRoot(
  app: HTMLElement,
  language: string,
): { root: Element; prerendered: boolean } {
  const copies = [...app.querySelectorAll(':scope > [data-ui-lang]')];
  const kept = copies.find((copy) => copy.getAttribute('data-ui-lang') === language);
  for (const copy of copies) if (copy !== kept) copy.remove();
  if (!kept) return { root: app, prerendered: false };
  // From here the app sets the languages (<html lang>, and its own for content).
  kept.removeAttribute('data-ui-lang');
  kept.removeAttribute('lang');
  return { root: kept, prerendered: true };
}
