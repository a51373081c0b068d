// The driver over Chromium, through playwright-core.
import type { Page as PlaywrightPage } from 'playwright-core';
import { clickToolbarIcon, type ExtensionBrowser } from './chromium';
import { type Driver, emptyStorage, PANEL_READY, type Tab } from './driver';

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
