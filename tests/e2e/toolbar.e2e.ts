// The clinician clicks the toolbar icon beside the EHR page: the side panel opens.
import { expect, it } from 'vitest';
import { EhrPage } from '../../dev/ehr-page';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();

it('opens the side panel from the toolbar icon', async () => {
  const openPanels = () =>
    suite.driver.inExtension(
      async () =>
        (
          await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL' as chrome.runtime.ContextType] })
        ).map((context) => new URL(context.documentUrl ?? '').pathname),
      null,
    );
  expect(await openPanels()).toEqual([]);
  const ehr = await EhrPage.open(suite.driver, suite.server.url('paste-targets.html'));
  await ehr.clickToolbarIcon();
  await expect.poll(openPanels).toEqual(['/sidepanel.html']);
});
