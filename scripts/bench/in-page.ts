// Timings read inside the page, from its navigation start (0): paint timing and the mark a
// page sets when its first click handler is attached. No automation round trips in them.
import type { Page } from 'playwright-core';

/** Set by the panel (entrypoints/sidepanel/prerendered-root.ts) and by the blank page. */
export const INTERACTIVE_MARK = 'heupwijzer:interactive';

/** Set by the panel when clinic policy is known; absent on the blank page. */
export const POLICY_MARK = 'heupwijzer:policy';

export interface PageTimes {
  /** first-contentful-paint: text on screen. */
  readonly paint: number;
  /** The first click handler attached. */
  readonly interactive: number;
  /** Clinic policy known (the panel only; NaN if not yet, or for the blank page). */
  readonly policy: number;
}

/** Waits until the page has painted text and attached its handlers, then reads both times. */
export async function readPageTimes(page: Page): Promise<PageTimes> {
  await page.waitForFunction(
    (mark) =>
      performance.getEntriesByName('first-contentful-paint').length > 0 &&
      performance.getEntriesByName(mark).length > 0,
    INTERACTIVE_MARK,
  );
  return page.evaluate(
    ([interactive, policy]) => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
      return { paint: at('first-contentful-paint'), interactive: at(interactive), policy: at(policy) };
    },
    [INTERACTIVE_MARK, POLICY_MARK] as const,
  );
}

/** A blank extension page to compare with: some text, one button, one module script. */
export const BLANK_PAGE = {
  'blank.html':
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Blank</title>' +
    '<script type="module" src="blank.js"></script></head>' +
    '<body><p>Blank extension page</p><button type="button">x</button></body></html>',
  'blank.js':
    "document.querySelector('button').addEventListener('click', () => undefined);\n" +
    `performance.mark('${INTERACTIVE_MARK}');\n`,
};
