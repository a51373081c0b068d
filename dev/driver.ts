// One thin driver over Chromium (playwright-core, chromium-driver.ts) and Firefox
// (puppeteer-core over WebDriver BiDi, firefox-driver.ts): the few things the page objects
// do with a tab — evaluate, click, type, press keys, wait, look — so the same steps run in
// both browsers. Types only here, so a Chromium-only spec never loads puppeteer-core.
import type { Page as PlaywrightPage } from 'playwright-core';

export type BrowserName = 'chromium' | 'firefox';
export type Fn<Arg, Result> = (arg: Arg) => Result | Promise<Result>;
export type ExtensionApi = typeof chrome;

export interface Tab {
  readonly browserName: BrowserName;
  /** Chromium only: Playwright's page, for the few Chromium-only checks (frames of editors, CDP). */
  readonly playwright: PlaywrightPage | undefined;
  evaluate<Arg, Result>(fn: Fn<Arg, Result>, arg: Arg): Promise<Result>;
  /**
   * Waits until `fn` returns true in the page (`fn` is sent there: self-contained). Return
   * a boolean: Firefox's BiDi fails on a wait that returns null or an object.
   */
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

/**
 * The panel takes input and shows its view: the open view's content outside the prerendered
 * copies, which paint before the script runs and stay inert until the app renders onto one
 * (sidepanel/prerendered-root.ts). A consult view restored from the session shows once its
 * code and the consult are loaded.
 */
export const PANEL_READY = '[role="tabpanel"]:not([inert] *) > *';

/** Empties every storage area, then stores `settings`; runs where the extension's APIs are. */
export async function emptyStorage(settings: object | undefined): Promise<void> {
  const { browser, chrome } = globalThis as unknown as Record<string, ExtensionApi | undefined>;
  const api = browser ?? chrome;
  if (!api) throw new Error('no extension API here');
  await Promise.all([api.storage.session.clear(), api.storage.local.clear(), api.storage.sync.clear()]);
  if (settings) await api.storage.sync.set({ settings });
}
