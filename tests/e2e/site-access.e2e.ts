// The shipped build has no host access. A click on the toolbar icon grants it for the
// EHR tab (activeTab): Insert works, and the panel offers to allow the site for good —
// once; a "no" is remembered. A tab without a grant gets a clear message and the note
// on the clipboard.
import { expect, it } from 'vitest';
import { clickToolbarIcon } from './support/chromium';
import { pressInsert } from './support/insert-steps';
import { PanelPage } from './support/panel-page';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite(); // the production build

const insertAndRead = pressInsert;

it('inserts through the toolbar grant, offers the site once, and remembers a "no"', async () => {
  const ehr = await suite.browser.context.newPage();
  await ehr.goto(suite.server.url('insert/fields.html'));
  await ehr.locator('#textarea').focus();
  const panel = await PanelPage.openBeside(suite.browser);
  await panel.showView('Notitie');

  // Without a grant: no access, said plainly.
  await ehr.bringToFront();
  expect(await insertAndRead(panel)).toMatch(/^Heupwijzer heeft geen toegang tot deze pagina\./);
  expect(await ehr.locator('#textarea').inputValue()).toBe('VoorNa');

  // The toolbar click grants activeTab for this tab.
  await clickToolbarIcon(suite.browser, ehr);
  await ehr.locator('#textarea').focus();
  expect(await insertAndRead(panel)).toBe('Ingevoegd bij de cursor.');
  const offer = panel.page.getByTestId('site-offer');
  await offer.waitFor();
  expect(await offer.textContent()).toContain(suite.server.origin);

  await offer.getByRole('button', { name: 'Nee' }).click();
  await offer.waitFor({ state: 'detached' });
  expect(
    await panel.page.evaluate(async () => (await chrome.storage.sync.get('declinedOrigins')).declinedOrigins),
  ).toEqual([suite.server.origin]);
  expect(await insertAndRead(panel)).toBe('Ingevoegd bij de cursor.');
  expect(await offer.count()).toBe(0);
  await panel.page.close();
  await ehr.close();
});
