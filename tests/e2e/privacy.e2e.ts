// Nothing leaves the computer: during a whole consult (advice, risk factors, pain,
// note, copy, insert, handout, settings) every request of every page the extension
// opens goes to the extension itself or to the local fixture page — nowhere else.
// And the consult — the outcome measures and the previous note read back included — is
// never written to local or sync storage.
import type { Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { EhrPage } from '../../dev/ehr-page';
import { PanelPage } from '../../dev/panel-page';
import { CHROME_E2E_BUILD } from '../../dev/paths';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite(CHROME_E2E_BUILD);

it('makes no request beyond the extension and the EHR page during a full consult', async () => {
  const requests: string[] = [];
  const record = (request: Request) => requests.push(request.url());
  suite.browser.context.on('request', record);

  const ehr = await EhrPage.open(suite.driver, suite.server.url('insert/fields.html'));
  await ehr.clickInto('#textarea');

  const panel = await PanelPage.openBeside(suite.driver);
  await panel.openSection('Wat te doen?');
  await panel.fillConsult({ riskFactors: ['Diabetes'], painScore: 2, review: [], given: ['Anatomie'] });
  // Progress: the previous note read back (pasted here; the context menu's path is checked
  // against local/sync storage in tests/unit/read-previous-menu.test.ts), and measures.
  await panel.showView('Pijn');
  const previous = 'Metingen 12-11-2026:\n- Nachtpijn 8/10\n- PSK zwemmen: 7/10';
  await panel.page.getByTestId('previous-note').getByRole('textbox').fill(previous);
  await panel.page.getByRole('button', { name: 'Lees vorige notitie' }).click();
  await panel.page.getByText('Vorige notitie (12-11-2026)').first().waitFor();
  await panel.page.locator('label:has(input[name="night-pain"][value="6"])').click();
  await panel.page.getByLabel('Single-leg stance: seconden tot pijn (0–30)').fill('17');
  await panel.page.getByRole('radio', { name: 'slechter' }).check();
  await panel.showView('Notitie');
  await panel.copyNote();
  await panel.insertIntoPage();
  await expect.poll(() => ehr.value('#textarea')).toContain('factoren: diabetes.');
  const handout = await panel.openHandout();
  await panel.showView('Instellingen');
  await panel.select('Taal van de bediening', 'en');
  await panel.showView('Advice');
  await panel.showView('Settings');
  await panel.select('Interface language', 'browser');

  const allowed = [`chrome-extension://${suite.browser.extensionId}/`, `${suite.server.origin}/`];
  const elsewhere = requests.filter((url) => !allowed.some((prefix) => url.startsWith(prefix)));
  // The recorder sees both the page and extension contexts (how many extension requests
  // depends on when each new window is attached, so only their presence is checked).
  expect(requests).toContain(suite.server.url('insert/fields.html'));
  expect(requests.some((url) => url.startsWith(allowed[0] ?? '-'))).toBe(true);
  expect(elsewhere).toEqual([]);

  expect(await panel.storage('local')).toEqual({});
  expect(JSON.stringify(await panel.storage('sync'))).not.toMatch(
    /diabetes|painScore|riskFactors|anatomy|measures|previousNote|nightPain|zwemmen|slsSeconds|2026-11-12/i,
  );
  // …while the session does hold them, so the check above looks where they would be.
  const session = JSON.stringify(await panel.storage('session'));
  expect(session).toMatch(/zwemmen/);
  expect(session).toMatch(/"slsSecondsToPain":17/);
  await handout.close();
  await panel.close();
  await ehr.close();
  suite.browser.context.off('request', record); // the browser goes on to the next file
});
