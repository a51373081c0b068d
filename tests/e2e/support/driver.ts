// One thin driver over Chromium (playwright-core) and Firefox (puppeteer-core, WebDriver
// BiDi), so the same scenario runs in both browsers. Only what the scenarios need:
// open the panel or a fixture page, click, type, paste, evaluate, wait.
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import { type ExtensionBrowser, launchWithExtension } from './chromium';
import { launchFirefoxWithExtension } from './firefox';

export type BrowserName = 'chromium' | 'firefox';

export interface Tab {
  evaluate<Arg, Result>(fn: (arg: Arg) => Result | Promise<Result>, arg: Arg): Promise<Result>;
  click(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  /** Ctrl+V in the focused field. */
  paste(): Promise<void>;
  waitFor<Arg>(fn: (arg: Arg) => boolean | Promise<boolean>, arg: Arg): Promise<void>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: BrowserName;
  /** The panel page in a tab of its own. */
  openPanel(): Promise<Tab>;
  /** The panel in its own popup window, so the EHR page stays the active tab. */
  openPanelBeside(): Promise<Tab>;
  openPage(url: string): Promise<Tab>;
  /** Lets fixture pages on `origin` read the clipboard (for assertions). */
  allowClipboardRead(origin: string): Promise<void>;
  close(): Promise<void>;
}

function playwrightTab(page: PlaywrightPage): Tab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (selector) => page.click(selector),
    type: (selector, text) => page.fill(selector, text),
    paste: () => page.keyboard.press('Control+V'),
    waitFor: async (fn, arg) => {
      await page.waitForFunction(fn as never, arg);
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

function puppeteerTab(page: PuppeteerPage): Tab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    click: (selector) => page.click(selector),
    type: async (selector, text) => {
      await page.$eval(selector, (input) => {
        (input as HTMLInputElement).value = '';
      });
      await page.type(selector, text);
      if (text === '')
        await page.$eval(selector, (input) => input.dispatchEvent(new Event('input', { bubbles: true })));
    },
    paste: async () => {
      await page.keyboard.down('Control');
      await page.keyboard.press('v');
      await page.keyboard.up('Control');
    },
    waitFor: async (fn, arg) => {
      await page.waitForFunction(fn as never, {}, arg);
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

async function waitForPanel(tab: Tab): Promise<Tab> {
  // Interactive, not only painted: the first view is prerendered (see panel-page.ts).
  await tab.waitFor(() => performance.getEntriesByName('heupwijzer:interactive').length > 0, null);
  return tab;
}

export async function launchDriver(
  name: BrowserName,
  build: 'production' | 'e2e' = 'production',
): Promise<Driver> {
  if (name === 'chromium') {
    const { CHROME_BUILD, CHROME_E2E_BUILD } = await import('./paths');
    const browser: ExtensionBrowser = await launchWithExtension(
      build === 'e2e' ? CHROME_E2E_BUILD : CHROME_BUILD,
    );
    const panelUrl = browser.extensionUrl('sidepanel.html');
    return {
      name,
      openPanel: async () => {
        const page = await browser.context.newPage();
        await page.setViewportSize({ width: 360, height: 900 });
        await page.goto(panelUrl);
        return waitForPanel(playwrightTab(page));
      },
      openPanelBeside: async () => {
        const worker = browser.context.serviceWorkers()[0];
        if (!worker) throw new Error('no service worker');
        const opened = browser.context.waitForEvent('page');
        await worker.evaluate(
          (url) =>
            chrome.windows.create({ url, type: 'popup', width: 380, height: 900 }).then(() => undefined),
          panelUrl,
        );
        return waitForPanel(playwrightTab(await opened));
      },
      openPage: async (url) => {
        const page = await browser.context.newPage();
        await page.goto(url);
        await page.bringToFront();
        return playwrightTab(page);
      },
      allowClipboardRead: (origin) =>
        browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin }),
      close: () => browser.close(),
    };
  }

  const firefox = await launchFirefoxWithExtension(build);
  const ff: PuppeteerBrowser = firefox.browser;
  return {
    name,
    openPanel: async () => waitForPanel(puppeteerTab(await firefox.openPanel())),
    openPanelBeside: async () => {
      const opener = await firefox.openPanel();
      const before = new Set(await ff.pages());
      await opener.evaluate(() => {
        const { browser } = globalThis as unknown as {
          browser: { windows: { create(options: object): Promise<unknown> } };
        };
        void browser.windows.create({ url: location.href, type: 'popup', width: 380, height: 900 });
      });
      // Puppeteer's page.url() is stale for moz-extension pages: ask each new page itself.
      for (let tries = 0; tries < 100; tries++) {
        for (const page of await ff.pages()) {
          if (before.has(page)) continue;
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.endsWith('/sidepanel.html')) {
            await opener.close();
            return waitForPanel(puppeteerTab(page));
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the panel window did not open');
    },
    openPage: async (url) => {
      const page = await ff.newPage();
      await page.goto(url);
      await page.bringToFront();
      return puppeteerTab(page);
    },
    // Firefox lets a page read the clipboard after a paste; scenarios read fields instead.
    allowClipboardRead: async () => undefined,
    close: () => firefox.close(),
  };
}
