// One fixture server per test file; one Chromium with the extension per worker and build,
// handed from file to file; before each test the extension's storage is emptied (through
// its service worker), so every test starts as a fresh browser session would.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type ExtensionBrowser, type LaunchOptions, launchWithExtension } from '../../../dev/chromium';
import { chromiumDriver } from '../../../dev/chromium-driver';
import type { BrowserName, Driver } from '../../../dev/driver';
import { type FixtureServer, startFixtureServer } from '../../../dev/fixture-server';
import { launchDriver } from '../../../dev/launch-driver';
import { CHROME_BUILD, CHROME_E2E_BUILD, FIXTURES } from '../../../dev/paths';

export interface Suite {
  browser: ExtensionBrowser;
  driver: Driver;
  server: FixtureServer;
}

export interface SuiteOptions extends LaunchOptions {
  /** Settings every test starts with (stored in storage.sync after the reset). */
  settings?: object;
}

// Starting Chromium costs one to several seconds of CPU, and its policy read keeps the
// Settings view "loading" for ~2 s after. A worker runs its files one after another and
// keeps this module (vitest.config.ts: isolate false), so it keeps one browser per build
// and launch options; a file hands it on with every tab closed and every permission it
// granted withdrawn (a file removes the listeners it adds). The browsers end with the worker.
const browsers = new Map<string, Promise<ExtensionBrowser>>();

function sharedBrowser(extensionDir: string, options: LaunchOptions): Promise<ExtensionBrowser> {
  const { colorScheme, uiLanguage, headless } = options;
  const key = JSON.stringify([extensionDir, colorScheme, uiLanguage, headless]);
  let browser = browsers.get(key);
  if (!browser) {
    browser = launchWithExtension(extensionDir, options);
    browsers.set(key, browser);
    browser.catch(() => browsers.delete(key));
  }
  return browser;
}

/** Leaves the browser as the next file should find it: no tabs, no granted permissions. */
async function handOn(browser: ExtensionBrowser): Promise<void> {
  const { context } = browser;
  await Promise.all(context.pages().map((page) => page.close()));
  await context.clearPermissions();
  await browser.inExtension(withdrawGrantedSites, null);
}

/** Withdraws the sites granted while the extension ran (the manifest's own stay). */
async function withdrawGrantedSites(): Promise<void> {
  const required = chrome.runtime.getManifest().host_permissions ?? [];
  const { origins = [] } = await chrome.permissions.getAll();
  const granted = origins.filter((origin) => !required.includes(origin));
  if (granted.length > 0) await chrome.permissions.remove({ origins: granted });
}

/** `extensionDir`: the production build by default; the e2e build where a test needs host access. */
export function startExtensionSuite(extensionDir = CHROME_BUILD, options: SuiteOptions = {}): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    [suite.server, suite.browser] = await Promise.all([
      startFixtureServer(FIXTURES),
      sharedBrowser(extensionDir, options),
    ]);
    suite.driver = chromiumDriver(suite.browser);
  });
  beforeEach(() => suite.driver.resetState(options.settings));
  afterAll(async () => {
    if (suite.browser) await handOn(suite.browser);
    await suite.server?.close();
  });
  return suite;
}

/** The same for a scenario that runs in `name` (Chromium or Firefox) through the driver. */
export function startBrowserSuite(
  name: BrowserName,
  build: 'production' | 'e2e',
  options: SuiteOptions = {},
): Omit<Suite, 'browser'> {
  const suite = {} as Omit<Suite, 'browser'>;
  let chromium: ExtensionBrowser | undefined;
  beforeAll(async () => {
    suite.server = await startFixtureServer(FIXTURES);
    if (name === 'chromium') {
      chromium = await sharedBrowser(build === 'e2e' ? CHROME_E2E_BUILD : CHROME_BUILD, options);
      suite.driver = chromiumDriver(chromium);
    } else {
      suite.driver = await launchDriver(name, build, options);
    }
  });
  beforeEach(() => suite.driver.resetState(options.settings));
  afterAll(async () => {
    await (chromium ? handOn(chromium) : suite.driver?.close());
    await suite.server?.close();
  });
  return suite;
}
