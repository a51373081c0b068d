// axe-core on every view of the panel, on the handout, in light and dark mode:
// no WCAG 2.2 A/AA violation (contrast included), no best-practice violation.
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { type ExtensionBrowser, launchWithExtension } from './support/chromium';
import { PanelPage } from './support/panel-page';

let browser: ExtensionBrowser | undefined;

/**
 * axe on a view laid out whole, without scrolling. In a 900 px window the sticky footer
 * covers whichever row happens to sit at the bottom edge, so target-size reported a
 * different "partially obscured" checkbox after any layout change, depending on scroll
 * position; content under a sticky bar is reachable by scrolling (not a WCAG failure).
 */
async function viewViolations(panel: PanelPage): Promise<string[]> {
  const size = panel.page.viewportSize() ?? { width: 360, height: 900 };
  const height = await panel.page.evaluate(() => document.documentElement.scrollHeight);
  await panel.page.setViewportSize({ width: size.width, height: Math.max(height, size.height) });
  const found = await axeViolations(panel.page);
  await panel.page.setViewportSize(size);
  return found;
}

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
    found.advice = await viewViolations(panel);
    await panel.filter('');

    await panel.showView("Risico's");
    await panel.page.getByRole('checkbox', { name: 'Hoge BMI' }).check();
    found.riskFactors = await viewViolations(panel);

    await panel.showView('Pijn');
    await panel.choosePainScore(6);
    await panel.page.getByRole('radio', { name: 'Nee' }).check();
    found.pain = await viewViolations(panel);

    await panel.showView('Onderzoek');
    await panel.page.getByRole('radio', { name: 'Rechts' }).check();
    await panel.page.getByRole('button', { name: 'Hoe? Palpatie trochanter major' }).click();
    await panel.page.locator('label:has(input[name="exam-palpation"][value="positive"])').click();
    await panel.page.getByLabel('Seconden tot pijn (0–30)').fill('40');
    await panel.page.getByLabel('Seconden tot pijn (0–30)').press('Tab');
    found.examination = await viewViolations(panel);

    await panel.showView('Notitie');
    await panel.page.getByRole('checkbox', { name: 'Anatomie' }).check();
    await panel.page.getByText('Opties:').click();
    found.note = await viewViolations(panel);

    await panel.page.getByRole('button', { name: 'Kopieer notitie' }).click();
    await panel.status().locator('span').waitFor();
    found.announcement = await axeViolations(panel.page);

    await panel.showView('Instellingen');
    found.settings = await viewViolations(panel);

    const opened = browser.context.waitForEvent('page');
    await panel.showView('Notitie');
    await panel.page.getByRole('button', { name: 'Patiëntfolder' }).click();
    const handout = await opened;
    await handout.getByRole('heading', { level: 1 }).waitFor();
    found.handout = await axeViolations(handout);

    expect(found).toEqual({
      advice: [],
      riskFactors: [],
      examination: [],
      pain: [],
      note: [],
      announcement: [],
      settings: [],
      handout: [],
    });
  });
});
