// axe-core on every view of the panel, on the handout, in light and dark mode:
// no WCAG 2.2 A/AA violation (contrast included), no best-practice violation.
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { type ExtensionBrowser, launchWithExtension } from './support/chromium';
import { PanelPage } from './support/panel-page';

let browser: ExtensionBrowser | undefined;

afterEach(async () => {
  await browser?.close();
  browser = undefined;
});

describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
  it('every panel view and the handout have no accessibility violations', async () => {
    browser = await launchWithExtension(undefined, { colorScheme });
    const panel = await PanelPage.open(browser);
    const found: Record<string, string[]> = {};

    await panel.page.getByRole('button', { name: 'Wat te doen?', exact: true }).click();
    await panel.filter('pijn');
    found.advice = await axeViolations(panel.page);
    await panel.filter('');

    await panel.showView("Risico's");
    await panel.page.getByRole('checkbox', { name: 'Hoge BMI' }).check();
    found.riskFactors = await axeViolations(panel.page);

    await panel.showView('Pijn');
    await panel.choosePainScore(6);
    await panel.page.getByRole('radio', { name: 'Nee' }).check();
    found.pain = await axeViolations(panel.page);

    await panel.showView('Notitie');
    await panel.page.getByRole('checkbox', { name: 'Anatomie' }).check();
    await panel.page.getByText('Opties:').click();
    found.note = await axeViolations(panel.page);

    await panel.page.getByRole('button', { name: 'Kopieer notitie' }).click();
    await panel.status().locator('span').waitFor();
    found.announcement = await axeViolations(panel.page);

    await panel.showView('Instellingen');
    found.settings = await axeViolations(panel.page);

    const opened = browser.context.waitForEvent('page');
    await panel.showView('Notitie');
    await panel.page.getByRole('button', { name: 'Patiëntfolder' }).click();
    const handout = await opened;
    await handout.getByRole('heading', { level: 1 }).waitFor();
    found.handout = await axeViolations(handout);

    expect(found).toEqual({
      advice: [],
      riskFactors: [],
      pain: [],
      note: [],
      announcement: [],
      settings: [],
      handout: [],
    });
  });
});
