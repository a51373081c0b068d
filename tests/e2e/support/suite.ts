// One browser with the extension and one fixture server per test file, started before
// its tests and closed after them; before each test the extension's storage is emptied
// (through its service worker), so every test starts as a fresh browser session would.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type ExtensionBrowser, type LaunchOptions, launchWithExtension } from '../../../dev/chromium';
import { chromiumDriver } from '../../../dev/chromium-driver';
import type { BrowserName, Driver } from '../../../dev/driver';
import { type FixtureServer, startFixtureServer } from '../../../dev/fixture-server';
import { launchDriver } from '../../../dev/launch-driver';
import { FIXTURES } from '../../../dev/paths';

export interface Suite {
  browser: ExtensionBrowser;
  driver: Driver;
  server: FixtureServer;
}

export interface SuiteOptions extends LaunchOptions {
  /** Settings every test starts with (stored in storage.sync after the reset). */
  settings?: object;
}

/** `extensionDir`: the production build by default; the e2e build where a test needs host access. */
export function startExtensionSuite(extensionDir?: string, options: SuiteOptions = {}): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.server = await startFixtureServer(FIXTURES);
    suite.browser = await launchWithExtension(extensionDir, options);
    suite.driver = chromiumDriver(suite.browser);
  });
  beforeEach(() => suite.driver.resetState(options.settings));
  afterAll(async () => {
    await suite.browser?.close();
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
  beforeAll(async () => {
    suite.server = await startFixtureServer(FIXTURES);
    suite.driver = await launchDriver(name, build, options);
  });
  beforeEach(() => suite.driver.resetState(options.settings));
  afterAll(async () => {
    await suite.driver?.close();
    await suite.server?.close();
  });
  return suite;
}
