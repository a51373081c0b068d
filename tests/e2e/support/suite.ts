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
// Settings view "loading" for ~2 s after. A worker keeps this module from one file to the
// next (vitest.config.ts: isolate false), so it keeps the browsers its files used: a file
// takes an idle one of its build and launch options (or starts one), and hands it back
// with every tab closed and every permission it granted withdrawn (a file removes the
// listeners it adds). Never two files in one browser. The browsers end with the worker.
const idle = new Map<string, ExtensionBrowser[]>();
const keyOf = (extensionDir: string, { colorScheme, uiLanguage, headless }: LaunchOptions) =>
  JSON.stringify([extensionDir, colorScheme, uiLanguage, headless]);

// Tabs of one site share a renderer process, as Chromium does once it has many tabs open:
// a test opens dozens of panels and EHR pages, and starting a process for each cost ~8 %
// of the suite's CPU (measured on the consult, insert, paste, advice and layout files).
// Sites stay isolated from each other and from the extension.
const SUITE_ARGS = ['--renderer-process-limit=1'];

async function takeBrowser(extensionDir: string, options: LaunchOptions): Promise<ExtensionBrowser> {
  return (
    idle.get(keyOf(extensionDir, options))?.pop() ??
    launchWithExtension(extensionDir, { ...options, args: SUITE_ARGS })
  );
}

/** Leaves the browser as the next file should find it (no tabs, no granted permissions), then idle. */
async function handBack(browser: ExtensionBrowser, extensionDir: string, options: LaunchOptions) {
  const { context } = browser;
  await Promise.all(context.pages().map((page) => page.close()));
  await context.clearPermissions();
  await browser.inExtension(withdrawGrantedSites, null);
  const key = keyOf(extensionDir, options);
  idle.set(key, [...(idle.get(key) ?? []), browser]);
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
      takeBrowser(extensionDir, options),
    ]);
    suite.driver = chromiumDriver(suite.browser);
  });
  beforeEach(() => suite.driver.resetState(options.settings));
  afterAll(async () => {
    if (suite.browser) await handBack(suite.browser, extensionDir, options);
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
  const extensionDir = build === 'e2e' ? CHROME_E2E_BUILD : CHROME_BUILD;
  let chromium: ExtensionBrowser | undefined;
  beforeAll(async () => {
    suite.server = await startFixtureServer(FIXTURES);
    if (name === 'chromium') {
      chromium = await takeBrowser(extensionDir, options);
      suite.driver = chromiumDriver(chromium);
    } else {
      suite.driver = await launchDriver(name, build, options);
    }
  });
  beforeEach(() => suite.driver.resetState(options.settings));
  afterAll(async () => {
    await (chromium ? handBack(chromium, extensionDir, options) : suite.driver?.close());
    await suite.server?.close();
  });
  return suite;
}
