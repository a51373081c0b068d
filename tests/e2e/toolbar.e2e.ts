// The clinician clicks the toolbar icon beside the EHR page: the side panel opens.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { clickToolbarIcon, type ExtensionBrowser, launchWithExtension } from './support/chromium';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { FIXTURES } from './support/paths';

let browser: ExtensionBrowser;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(FIXTURES);
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('opens the side panel from the toolbar icon', async () => {
  const worker = browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  const panelUrls = () =>
    worker.evaluate(async () =>
      (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).map(
        (context) => new URL(context.documentUrl ?? '').pathname,
      ),
    );
  expect(await panelUrls()).toEqual([]);
  const ehr = await browser.context.newPage();
  await ehr.goto(server.url('paste-targets.html'));
  await clickToolbarIcon(browser, ehr);
  await expect.poll(panelUrls).toEqual(['/sidepanel.html']);
});
