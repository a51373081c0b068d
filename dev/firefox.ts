// Launches Debian's Firefox ESR through puppeteer-core (WebDriver BiDi) with the built
// Firefox extension installed at a fixed internal UUID (see ENGINEERING.md).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { PANEL_READY } from './driver';
import { FIREFOX_BUILD, FIREFOX_E2E_BUILD } from './paths';

export const GECKO_ID = 'heupwijzer@heupwijzer.nl';
export const FIREFOX_EXTENSION_UUID = '6b0d7c1e-2f3a-4c5d-9e8f-0a1b2c3d4e5f';
const UUID = FIREFOX_EXTENSION_UUID;
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export interface FirefoxWithExtension {
  readonly browser: Browser;
  openPanel(): Promise<Page>;
  /** Opens `moz-extension://…/path` in a new tab once `ready` (a selector) is there. */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

/** A build of our own: its folder and the add-on id in its manifest. */
export interface FirefoxBuild {
  readonly dir: string;
  readonly geckoId: string;
}

export async function launchFirefoxWithExtension(
  build: 'production' | 'e2e' | FirefoxBuild = 'production',
  colorScheme: 'light' | 'dark' = 'light',
): Promise<FirefoxWithExtension> {
  const { dir, geckoId } =
    typeof build === 'object'
      ? build
      : { dir: build === 'e2e' ? FIREFOX_E2E_BUILD : FIREFOX_BUILD, geckoId: GECKO_ID };
  const home = mkdtempSync(join(tmpdir(), 'heupwijzer-ff-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
      // Grant an MV3 add-on's declared host_permissions at install (the e2e build's loopback access).
      'extensions.originControls.grantByDefault': true,
      // What prefers-color-scheme reports to pages: 0 dark, 1 light.
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
    },
    // A fresh HOME: nothing of the user's own Firefox leaks in.
    env: { ...process.env, HOME: home },
  });
  await browser.installExtension(dir);
  const openExtensionPage = async (path: string, ready: string): Promise<Page> => {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 900 });
    // goto() to a moz-extension page never resolves though the page loads: wait for it instead.
    void page.goto(`moz-extension://${UUID}/${path}`).catch(() => undefined);
    await waitInPage(
      page,
      (selector) => location.protocol === 'moz-extension:' && document.querySelector(selector) !== null,
      ready,
    );
    return page;
  };
  return {
    browser,
    openPanel: () => openExtensionPage('sidepanel.html', PANEL_READY),
    openExtensionPage,
    close: async () => {
      await browser.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * page.waitForFunction, started again when BiDi's script.evaluate fails inside Firefox
 * (while a page swaps from about:blank, or now and then as the poller starts): that is
 * the protocol, not the page's answer. A timeout is not retried.
 */
export async function waitInPage<Arg>(page: Page, fn: (arg: Arg) => unknown, arg: Arg): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.waitForFunction(fn as never, {}, arg);
      return;
    } catch (error) {
      const timedOut = error instanceof Error && /exceeded/.test(error.message);
      if (timedOut || attempt >= 30) throw error;
      // The failing window lasts while the page swaps; start again a little later.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
