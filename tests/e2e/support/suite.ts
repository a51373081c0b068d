// One browser with the extension and one fixture server per test file, started before
// its tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './chromium';
import { type FixtureServer, startFixtureServer } from './fixture-server';
import { FIXTURES } from './paths';

export interface Suite {
  browser: ExtensionBrowser;
  server: FixtureServer;
}

export function useExtensionSuite(): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.server = await startFixtureServer(FIXTURES);
    suite.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
