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
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxWithExtension {
  readonly browser: Browser;
  openPanel(): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
    // A fresh HOME: no user policy or managed storage leaks in.
    env: { ...process.env, HOME: mkdtempSync(join(tmpdir(), 'heupwijzer-ff-')) },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return {
    browser,
    async openPanel() {
      const page = await browser.newPage();
      await page.setViewport({ width: 360, height: 900 });
      // goto() to a moz-extension page never resolves though the page loads: wait for it instead.
      void page.goto(`moz-extension://${UUID}/sidepanel.html`).catch(() => undefined);
      await page.waitForFunction(
        () => location.protocol === 'moz-extension:' && document.querySelector('[role="tablist"]') !== null,
      );
      return page;
    },
    close: () => browser.close(),
  };
}
