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

/** `extensionDir`: the production build by default; the e2e build where a test needs host access. */
export function startExtensionSuite(extensionDir?: string): Suite {
  const suite = {} as Suite;
  beforeAll(async () => {
    suite.server = await startFixtureServer(FIXTURES);
    suite.browser = await launchWithExtension(extensionDir);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
