// The driver over Firefox ESR, through puppeteer-core over WebDriver BiDi.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KeyInput, Page as PuppeteerPage } from 'puppeteer-core';
import { type Driver, type ExtensionApi, emptyStorage, type Fn, PANEL_READY, type Tab } from './driver';
import { FIREFOX_EXTENSION_UUID, type FirefoxWithExtension, waitInPage } from './firefox';

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
    // One insertion of the whole text, as Playwright's fill does in Chromium: typing it key
    // by key costs a BiDi round trip a key (seconds for a pasted note).
    fill: async (selector, text) => {
      await page.waitForSelector(selector);
      await page.$eval(
        selector,
        (input, value) => {
          const field = input as HTMLInputElement;
          field.focus();
          field.select();
          document.execCommand(value === '' ? 'delete' : 'insertText', false, value);
        },
        text,
      );
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
