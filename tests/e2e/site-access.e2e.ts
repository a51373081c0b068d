// The shipped build has no host access. A click on the toolbar icon grants it for the
// EHR tab (activeTab): Insert works, and the panel offers to allow the site for good —
// once; a "no" is remembered. A tab without a grant gets a clear message and the note
// on the clipboard.
import { expect, it } from 'vitest';
import { EhrPage } from '../../dev/ehr-page';
import { PanelPage } from '../../dev/panel-page';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite(); // the production build

it('inserts through the toolbar grant, offers the site once, and remembers a "no"', async () => {
  const ehr = await EhrPage.open(suite.driver, suite.server.url('insert/fields.html'));
  await ehr.clickInto('#textarea');
  const panel = await PanelPage.openBeside(suite.driver);
  await panel.showView('Notitie');

  // Without a grant: no access, said plainly.
  await ehr.bringToFront();
  expect(await panel.insertIntoPage()).toMatch(/^Heupwijzer heeft geen toegang tot deze pagina\./);
  expect(await ehr.value('#textarea')).toBe('VoorNa');

  // The toolbar click grants activeTab for this tab.
  await ehr.clickToolbarIcon();
  await ehr.clickInto('#textarea');
  expect(await panel.insertIntoPage()).toBe('Ingevoegd bij de cursor.');
  await expect.poll(() => panel.testIdText('site-offer')).toContain(suite.server.origin);

  await panel.press('Nee');
  await expect.poll(() => panel.testIdText('site-offer')).toBe('');
  expect((await panel.storage('sync')).declinedOrigins).toEqual([suite.server.origin]);
  expect(await panel.insertIntoPage()).toBe('Ingevoegd bij de cursor.');
  expect(await panel.testIdText('site-offer')).toBe('');
  await panel.close();
  await ehr.close();
});
