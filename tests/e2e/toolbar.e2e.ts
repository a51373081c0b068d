// The clinician clicks the toolbar icon beside the EHR page: the side panel opens.
import { expect, it } from 'vitest';
import { clickToolbarIcon } from './support/chromium';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();

it('opens the side panel from the toolbar icon', async () => {
  const worker = suite.browser.context.serviceWorkers()[0];
  if (!worker) throw new Error('no service worker');
  const panelUrls = () =>
    worker.evaluate(async () =>
      (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })).map(
        (context) => new URL(context.documentUrl ?? '').pathname,
      ),
    );
  expect(await panelUrls()).toEqual([]);
  const ehr = await suite.browser.context.newPage();
  await ehr.goto(suite.server.url('paste-targets.html'));
  await clickToolbarIcon(suite.browser, ehr);
  await expect.poll(panelUrls).toEqual(['/sidepanel.html']);
});
