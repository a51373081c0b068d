// Launches Debian's Firefox ESR through puppeteer-core (WebDriver BiDi) with the built
// Firefox extension installed at a fixed internal UUID (see ENGINEERING.md).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './paths';

export const GECKO_ID = 'heupwijzer@heupwijzer.nl';
const UUID = '6b0d7c1e-2f3a-4c5d-9e8f-0a1b2c3d4e5f';
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');
export const FIREFOX_E2E_BUILD = join(ROOT, '.output/firefox-mv3-e2e');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxWithExtension {
  readonly browser: Browser;
  openPanel(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(
  build: 'production' | 'e2e' = 'production',
  colorScheme: 'light' | 'dark' = 'light',
): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      // Grant an MV3 add-on's declared host_permissions at install (the e2e build's loopback access).
      'extensions.originControls.grantByDefault': true,
      // What prefers-color-scheme reports to pages: 0 dark, 1 light.
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
    },
    // A fresh HOME: nothing of the user's own Firefox leaks in.
    env: { ...process.env, HOME: mkdtempSync(join(tmpdir(), 'heupwijzer-ff-')) },
  });
  await browser.installExtension(build === 'e2e' ? FIREFOX_E2E_BUILD : FIREFOX_BUILD);
  return {
    browser,
    async openPanel() {
      const page = await browser.newPage();
      await page.setViewport({ width: 360, height: 900 });
      // goto() to a moz-extension page never resolves though the page loads: wait for it instead.
      void page.goto(`moz-extension://${UUID}/sidepanel.html`).catch(() => undefined);
      // While the page swaps from about:blank, BiDi's script.evaluate can fail with a
      // protocol error; that is the navigation, not the panel, so wait again.
      for (let attempt = 1; ; attempt++) {
        try {
          await page.waitForFunction(
            () =>
              location.protocol === 'moz-extension:' && document.querySelector('[role="tablist"]') !== null,
          );
          return page;
        } catch (error) {
          if (
            attempt >= 20 ||
            !(error instanceof Error) ||
            !/Protocol error/.test(String(error.cause ?? error))
          ) {
            throw error;
          }
          // The realm answers with protocol errors until the swap is done; an immediate
          // retry can use up every attempt inside that window, so give it a moment.
          await new Promise((resolve) => setTimeout(resolve, 150));
        }
      }
    },
    close: () => browser.close(),
  };
}
