// One thin driver over Chromium (playwright-core) and Firefox (puppeteer-core, WebDriver
// BiDi): the few things the page objects do with a tab — evaluate, click, type, press
// keys, wait, look — so the same steps run in both browsers.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { KeyInput, Page as PuppeteerPage } from 'puppeteer-core';
import { clickToolbarIcon, type ExtensionBrowser, type LaunchOptions, launchWithExtension } from './chromium';
import {
  FIREFOX_EXTENSION_UUID,
  type FirefoxWithExtension,
  launchFirefoxWithExtension,
  waitInPage,
} from './firefox';
import { CHROME_BUILD, CHROME_E2E_BUILD } from './paths';

export type BrowserName = 'chromium' | 'firefox';
type Fn<Arg, Result> = (arg: Arg) => Result | Promise<Result>;
type ExtensionApi = typeof chrome;

export interface Tab {
  readonly browserName: BrowserName;
  /** Chromium only: Playwright's page, for the few Chromium-only checks (frames of editors, CDP). */
  readonly playwright: PlaywrightPage | undefined;
  evaluate<Arg, Result>(fn: Fn<Arg, Result>, arg: Arg): Promise<Result>;
  /** Waits until `fn` returns a truthy value in the page (`fn` is sent there: self-contained). */
  waitFor<Arg>(fn: Fn<Arg, unknown>, arg: Arg): Promise<void>;
  /** A real pointer click (a user gesture), waiting for the element to be there. */
  click(selector: string): Promise<void>;
  clickInFrame(frame: string, selector: string): Promise<void>;
  fill(selector: string, text: string): Promise<void>;
  focus(selector: string): Promise<void>;
  /** Keys as Playwright names them: 'Tab', 'Space', 'Control+V'. */
  press(keys: string): Promise<void>;
  setFile(selector: string, file: { name: string; content: string }): Promise<void>;
  setViewport(width: number, height?: number): Promise<void>;
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  screenshot(path: string): Promise<void>;
  pdf(): Promise<Buffer>;
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

export interface Driver {
  readonly name: BrowserName;
  /** The panel page in a tab of its own. */
  openPanel(width?: number): Promise<Tab>;
  /** The panel in its own popup window, so the EHR page stays the active tab. */
  openPanelBeside(): Promise<Tab>;
  openPage(url: string): Promise<Tab>;
  /** The tab that `action` opens. */
  nextTab(action: () => Promise<unknown>): Promise<Tab>;
  /** Lets fixture pages on `origin` read the clipboard (for assertions). */
  allowClipboardRead(origin: string): Promise<void>;
  /** Clicks the extension's toolbar icon for `tab`, as the user does (Chromium: CDP). */
  clickToolbarIcon(tab: Tab): Promise<void>;
  /** Runs `fn` where the extension's APIs are (`chrome` in Chromium, `browser` in Firefox). */
  inExtension<Arg, Result>(fn: Fn<Arg, Result>, arg: Arg): Promise<Result>;
  /** A fresh start for a test: every storage area emptied, then `settings` stored if given. */
  resetState(settings?: object): Promise<void>;
  close(): Promise<void>;
}

const PANEL_READY = '[role="tablist"]';

function playwrightTab(page: PlaywrightPage): Tab {
  return {
    browserName: 'chromium',
    playwright: page,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg) => {
      // Interval polling: a tab behind another gets no animation frames.
      await page.waitForFunction(fn as never, arg, { polling: 50 });
    },
    click: (selector) => page.click(selector),
    clickInFrame: (frame, selector) => page.frameLocator(frame).locator(selector).click(),
    fill: (selector, text) => page.fill(selector, text),
    focus: (selector) => page.focus(selector),
    press: (keys) => page.keyboard.press(keys),
    setFile: (selector, { name, content }) =>
      page.setInputFiles(selector, { name, mimeType: 'application/json', buffer: Buffer.from(content) }),
    setViewport: (width, height = 900) => page.setViewportSize({ width, height }),
    setColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    screenshot: async (path) => {
      await page.screenshot({ path, fullPage: true });
    },
    pdf: () => page.pdf({ format: 'A4', printBackground: true }),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/** 'Control+V' → Control held while v is pressed (Puppeteer wants lower-case letters). */
async function pressKeys(page: PuppeteerPage, keys: string): Promise<void> {
  const parts = keys.split('+').map((key) => (key.length === 1 ? key.toLowerCase() : key) as KeyInput);
  const key = parts.pop();
  if (!key) return;
  for (const modifier of parts) await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
}

function puppeteerTab(page: PuppeteerPage): Tab {
  return {
    browserName: 'firefox',
    playwright: undefined,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: (fn, arg) => waitInPage(page, fn, arg),
    click: async (selector) => {
      await page.waitForSelector(selector);
      await page.click(selector);
    },
    clickInFrame: async (frame, selector) => {
      const content = await (await page.waitForSelector(frame))?.contentFrame();
      if (!content) throw new Error(`no frame ${frame}`);
      await content.click(selector);
    },
    fill: async (selector, text) => {
      await page.$eval(selector, (input) => {
        (input as HTMLInputElement).value = '';
      });
      await page.type(selector, text);
      if (text === '')
        await page.$eval(selector, (input) => input.dispatchEvent(new Event('input', { bubbles: true })));
    },
    focus: (selector) => page.focus(selector),
    press: (keys) => pressKeys(page, keys),
    setFile: async (selector, { name, content }) => {
      const path = join(mkdtempSync(join(tmpdir(), 'heupwijzer-upload-')), name);
      writeFileSync(path, content);
      const input = await page.waitForSelector(selector);
      await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(path);
    },
    setViewport: (width, height = 900) => page.setViewport({ width, height }),
    // Puppeteer emulates media over CDP only: Firefox takes its scheme at launch (a pref).
    setColorScheme: async () => {
      throw new Error('In Firefox the colour scheme is chosen at launch: launchDriver(…, { colorScheme })');
    },
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png`, fullPage: true });
    },
    pdf: async () => Buffer.from(await page.pdf({ format: 'A4', printBackground: true })),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

async function emptyStorage(settings: object | undefined): Promise<void> {
  const { browser, chrome } = globalThis as unknown as Record<string, ExtensionApi | undefined>;
  const api = browser ?? chrome;
  if (!api) throw new Error('no extension API here');
  await Promise.all([api.storage.session.clear(), api.storage.local.clear(), api.storage.sync.clear()]);
  if (settings) await api.storage.sync.set({ settings });
}

/** The driver over a Chromium already launched with the extension. */
export function chromiumDriver(browser: ExtensionBrowser): Driver {
  const { context } = browser;
  const panelUrl = browser.extensionUrl('sidepanel.html');
  const nextTab = async (action: () => Promise<unknown>) => {
    const opened = context.waitForEvent('page');
    await action();
    const page = await opened;
    await page.waitForLoadState('domcontentloaded');
    return playwrightTab(page);
  };
  return {
    name: 'chromium',
    openPanel: async (width = 360) => {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      await page.goto(panelUrl);
      await page.waitForSelector(PANEL_READY);
      return playwrightTab(page);
    },
    openPanelBeside: async () => {
      const tab = await nextTab(() =>
        browser.inExtension(
          (url) =>
            chrome.windows.create({ url, type: 'popup', width: 380, height: 900 }).then(() => undefined),
          panelUrl,
        ),
      );
      await tab.playwright?.waitForSelector(PANEL_READY);
      return tab;
    },
    openPage: async (url) => {
      const page = await context.newPage();
      await page.goto(url);
      await page.bringToFront();
      return playwrightTab(page);
    },
    nextTab,
    allowClipboardRead: (origin) =>
      context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin }),
    clickToolbarIcon: async (tab) => {
      if (!tab.playwright) throw new Error('not a Chromium tab');
      await clickToolbarIcon(browser, tab.playwright);
    },
    inExtension: (fn, arg) => browser.inExtension(fn, arg),
    resetState: (settings) => browser.inExtension(emptyStorage, settings),
    close: () => browser.close(),
  };
}

/** The driver over Firefox ESR with the extension installed. */
export function firefoxDriver(firefox: FirefoxWithExtension): Driver {
  const ff = firefox.browser;
  // Firefox lets no test code into the extension's background: storage calls run in an
  // extension page kept open for them.
  let control: PuppeteerPage | undefined;
  const inExtension = async <Arg, Result>(fn: Fn<Arg, Result>, arg: Arg): Promise<Result> => {
    control ??= await firefox.openExtensionPage('manifest.json', 'body');
    return control.evaluate(fn as never, arg) as Promise<Result>;
  };
  /** Pages opened since `before`; page.url() is stale for moz-extension pages, so each is asked. */
  const newPage = async (before: Set<PuppeteerPage>, path: RegExp): Promise<PuppeteerPage> => {
    for (let tries = 0; tries < 100; tries++) {
      for (const page of await ff.pages()) {
        if (before.has(page)) continue;
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (path.test(href)) return page;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no new tab at ${path}`);
  };
  return {
    name: 'firefox',
    openPanel: async (width = 360) => {
      const page = await firefox.openPanel();
      if (width !== 360) await page.setViewport({ width, height: 900 });
      return puppeteerTab(page);
    },
    openPanelBeside: async () => {
      const before = new Set(await ff.pages());
      await inExtension((url) => {
        const { browser } = globalThis as unknown as { browser: ExtensionApi };
        void browser.windows.create({ url, type: 'popup', width: 380, height: 900 });
      }, `moz-extension://${FIREFOX_EXTENSION_UUID}/sidepanel.html`);
      const page = await newPage(before, /\/sidepanel\.html$/);
      await page.waitForSelector(PANEL_READY);
      return puppeteerTab(page);
    },
    openPage: async (url) => {
      const page = await ff.newPage();
      await page.goto(url);
      await page.bringToFront();
      return puppeteerTab(page);
    },
    nextTab: async (action) => {
      const before = new Set(await ff.pages());
      await action();
      return puppeteerTab(await newPage(before, /./));
    },
    // Firefox lets a page read the clipboard after a paste; scenarios read fields instead.
    allowClipboardRead: async () => undefined,
    clickToolbarIcon: async () => {
      throw new Error('Firefox: no automation reaches the toolbar button');
    },
    inExtension,
    resetState: (settings) => inExtension(emptyStorage, settings),
    close: () => firefox.close(),
  };
}

export async function launchDriver(
  name: BrowserName,
  build: 'production' | 'e2e' = 'production',
  options: LaunchOptions = {},
): Promise<Driver> {
  if (name === 'chromium') {
    return chromiumDriver(
      await launchWithExtension(build === 'e2e' ? CHROME_E2E_BUILD : CHROME_BUILD, options),
    );
  }
  return firefoxDriver(await launchFirefoxWithExtension(build, options.colorScheme));
}
