// The first view is prerendered into sidepanel.html: it paints before any script runs, in
// the browser's interface language, and hydrating it changes nothing on screen.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from '../../dev/chromium';
import { ROOT } from '../../dev/paths';

const SHOTS = join(ROOT, 'test-results/screenshots');
const INTERACTIVE_MARK = 'heupwijzer:interactive';
/** The text a reader sees: innerText leaves out the copy hidden for the other language. */
// biome-ignore lint/performance/useDomNodeTextContent: rendered text is the point here
const visibleText = () => document.body.innerText;

const cases = [
  { uiLanguage: 'nl', colorScheme: 'light', tab: 'Advies', heading: 'Wat te doen?' },
  { uiLanguage: 'nl', colorScheme: 'dark', tab: 'Advies', heading: 'Wat te doen?' },
  { uiLanguage: 'en', colorScheme: 'light', tab: 'Advice', heading: 'Wat te doen?' },
] as const;

// The interface language is the browser's (taken at launch): one browser per language,
// started when a case first needs it; the colour scheme is set per page.
const browsers = new Map<string, Promise<ExtensionBrowser>>();
const browserIn = (uiLanguage: 'nl' | 'en') => {
  let browser = browsers.get(uiLanguage);
  if (!browser) {
    browser = launchWithExtension(undefined, { uiLanguage });
    browsers.set(uiLanguage, browser);
  }
  return browser;
};
beforeAll(() => {
  for (const { uiLanguage } of cases) void browserIn(uiLanguage); // both start side by side
});
afterAll(async () => {
  await Promise.all([...browsers.values()].map(async (browser) => (await browser).close()));
});

describe('prerendered first view', () => {
  for (const { uiLanguage, colorScheme, tab, heading } of cases) {
    it(`shows the same text before scripts and after hydration (${uiLanguage}, ${colorScheme})`, async () => {
      const browser = await browserIn(uiLanguage);
      const page = await browser.context.newPage();
      try {
        await page.setViewportSize({ width: 360, height: 800 });
        await page.emulateMedia({ colorScheme });
        const cdp = await browser.context.newCDPSession(page);

        // What the first paint shows: sidepanel.html with no script run at all.
        await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
        await page.goto(browser.extensionUrl('sidepanel.html'));
        const prerendered = await page.evaluate(visibleText);
        const before = await page.screenshot();
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: join(SHOTS, `prerendered-${uiLanguage}-${colorScheme}.png`) });
        expect(prerendered).toContain(tab);
        expect(prerendered).toContain(heading); // the leaflet opens in Dutch by default

        // The panel as it runs: hydrated, handlers attached, stored state applied.
        await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
        await page.reload();
        await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, INTERACTIVE_MARK);
        const hydrated = await page.evaluate(visibleText);
        expect(hydrated).toBe(prerendered);
        expect((await page.screenshot()).equals(before)).toBe(true);

        // And it is live: a click is handled.
        await page.getByRole('button', { name: heading, exact: true }).click();
        await expect
          .poll(() => page.getByRole('button', { name: heading, exact: true }).getAttribute('aria-expanded'))
          .toBe('true');
      } finally {
        await page.close();
      }
    });
  }
});
