// Nothing leaves the computer: during a whole consult (advice, risk factors, pain,
// note, copy, insert, handout, settings) every request of every page the extension
// opens goes to the extension itself or to the local fixture page — nowhere else.
// And the consult — the outcome measures and the previous note read back included — is
// never written to local or sync storage.
import { expect, it } from 'vitest';
import { PanelPage } from './support/panel-page';
import { CHROME_E2E_BUILD } from './support/paths';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite(CHROME_E2E_BUILD);

it('makes no request beyond the extension and the EHR page during a full consult', async () => {
  const requests: string[] = [];
  suite.browser.context.on('request', (request) => requests.push(request.url()));

  const ehr = await suite.browser.context.newPage();
  await ehr.goto(suite.server.url('insert/fields.html'));
  await ehr.bringToFront();
  await ehr.locator('#textarea').focus();

  const panel = await PanelPage.openBeside(suite.browser);
  await panel.page.getByRole('button', { name: 'Wat te doen?', exact: true }).click();
  await panel.showView("Risico's");
  await panel.page.getByRole('checkbox', { name: 'Diabetes' }).check();
  await panel.showView('Pijn');
  await panel.choosePainScore(2);
  await panel.page.getByRole('radio', { name: 'Nee' }).check();
  // Progress: the previous note read back (pasted here; the context menu's path is checked
  // against local/sync storage in tests/unit/read-previous-menu.test.ts), and measures.
  const previous = 'Metingen 12-11-2026:\n- Nachtpijn 8/10\n- PSK zwemmen: 7/10';
  await panel.page.getByTestId('previous-note').getByRole('textbox').fill(previous);
  await panel.page.getByRole('button', { name: 'Lees vorige notitie' }).click();
  await panel.page.getByText('Vorige notitie (12-11-2026)').first().waitFor();
  await panel.page.locator('label:has(input[name="night-pain"][value="6"])').click();
  await panel.page.getByLabel('Single-leg stance: seconden tot pijn (0–30)').fill('17');
  await panel.page.getByRole('radio', { name: 'slechter' }).check();
  await panel.showView('Notitie');
  await panel.page.getByRole('checkbox', { name: 'Anatomie' }).check();
  await panel.page.getByRole('button', { name: 'Kopieer notitie' }).click();
  await panel.page.getByRole('button', { name: 'Invoegen in pagina' }).click();
  await expect.poll(() => ehr.locator('#textarea').inputValue()).toContain('factoren: diabetes.');
  const opened = suite.browser.context.waitForEvent('page');
  await panel.page.getByRole('button', { name: 'Patiëntfolder' }).click();
  const handout = await opened;
  await handout.getByRole('heading', { level: 1 }).waitFor();
  await panel.showView('Instellingen');
  await panel.page.getByLabel('Taal van de bediening').selectOption('en');
  await panel.page.getByRole('tab', { name: 'Advice' }).waitFor();
  await panel.page.getByLabel('Interface language').selectOption('browser');

  const allowed = [`chrome-extension://${suite.browser.extensionId}/`, `${suite.server.origin}/`];
  const elsewhere = requests.filter((url) => !allowed.some((prefix) => url.startsWith(prefix)));
  // The recorder sees both the page and extension contexts (how many extension requests
  // depends on when each new window is attached, so only their presence is checked).
  expect(requests).toContain(suite.server.url('insert/fields.html'));
  expect(requests.some((url) => url.startsWith(allowed[0] ?? '-'))).toBe(true);
  expect(elsewhere).toEqual([]);

  const stored = await panel.page.evaluate(async () => ({
    local: await chrome.storage.local.get(null),
    sync: await chrome.storage.sync.get(null),
  }));
  expect(stored.local).toEqual({});
  expect(JSON.stringify(stored.sync)).not.toMatch(
    /diabetes|painScore|riskFactors|anatomy|measures|previousNote|nightPain|zwemmen|slsSeconds|2026-11-12/i,
  );
  // …while the session does hold them, so the check above looks where they would be.
  const session = JSON.stringify(await panel.page.evaluate(() => chrome.storage.session.get(null)));
  expect(session).toMatch(/zwemmen/);
  expect(session).toMatch(/"slsSecondsToPain":17/);
  await handout.close();
  await panel.page.close();
  await ehr.close();
});
