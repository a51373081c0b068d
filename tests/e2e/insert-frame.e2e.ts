// The shipped build (no host permissions) and an EHR that shows its note field in a
// frame from another site. The toolbar click grants the page's own site only; the panel
// names the frame's site and offers to allow it, from the click, and then inserts —
// never "no field" when the truth is "no access" (issue 12, case 5).
import { expect, it } from 'vitest';
import { clickToolbarIcon } from './support/chromium';
import { markAnnouncementsSeen, nextAnnouncement, openEhr, pressInsert } from './support/insert-steps';
import { PanelPage } from './support/panel-page';
import {
  answerPermissionPrompt,
  askedOrigins,
  grantSiteAccess,
  standInForPermissionPrompt,
} from './support/permission-prompt';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite(); // the production build: no host permissions

it('names the cross-origin frame, asks for its site from the click, then inserts there', async () => {
  const ehr = await openEhr(suite, 'insert/iframes.html');
  const frameOrigin = suite.server.origin.replace('127.0.0.1', 'localhost');
  const field = ehr.frameLocator('#cross').locator('#framed');
  await field.focus();
  const panel = await PanelPage.openBeside(suite.browser);
  await panel.showView('Notitie');
  await ehr.bringToFront();
  await clickToolbarIcon(suite.browser, ehr); // activeTab: the page's own site only
  await field.focus();

  expect(await pressInsert(panel)).toBe(
    `Het veld staat in een frame van ${frameOrigin}; daar heeft Heupwijzer nog geen toegang. De notitie staat op het klembord — plak met Ctrl+V.`,
  );
  expect(await field.inputValue()).toBe('');
  const offer = panel.page.getByTestId('frame-offer');
  await markAnnouncementsSeen(panel.page);
  // The browser's own "Allow?" prompt cannot be clicked by automation: a stand-in records
  // what the click asked for, the test grants it as the clinician would, then answers yes.
  await standInForPermissionPrompt(panel);
  await offer.getByRole('button', { name: `Toegang geven tot ${frameOrigin} en invoegen` }).click();
  expect(await askedOrigins(panel)).toEqual([`${frameOrigin}/*`]);
  await grantSiteAccess(suite.browser, `${frameOrigin}/*`);
  await answerPermissionPrompt(panel, true);
  expect(await nextAnnouncement(panel.page)).toBe('Ingevoegd bij de cursor.');
  expect(await field.inputValue()).toContain('Gluteale tendinopathie');
  await panel.page.close();
  await ehr.close();
});
