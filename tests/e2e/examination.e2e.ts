// The clinician examines the hip with the keyboard only, sees the findings as the note's
// O line and the published pattern as its E line, inserts the note into the demo EHR and
// starts the next patient. Uses the e2e build (it may script 127.0.0.1 without a prompt).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import { PanelPage } from './support/panel-page';
import { CHROME_E2E_BUILD, ROOT } from './support/paths';
import { startExtensionSuite } from './support/suite';

// The demo EHR's server; registered before the suite, so it closes after the browser.
let demo: FixtureServer;
beforeAll(async () => {
  demo = await startFixtureServer(join(ROOT, 'demo'));
});
afterAll(async () => {
  await demo?.close();
});
const suite = startExtensionSuite(CHROME_E2E_BUILD);

const O_LINE =
  'Onderzoek (rechts): palpatie trochanter major pijnlijk; single-leg stance pijn na 12 s; weerstand abductie positief.';
const E_LINE =
  'Palpatie en weerstand abductie beide positief; bij deze combinatie steeg de kans op GTPS bij mensen met laterale heuppijn in onderzoek van 59% naar 96% (Kinsella 2024).';

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('aria-label') ?? el?.id ?? '';
  });

async function pressUntilFocused(page: Page, key: string, target: string) {
  for (let i = 0; i < 8; i++) {
    if ((await focused(page)) === target) return;
    await page.keyboard.press(key);
  }
  expect(await focused(page)).toBe(target);
}

const row = (panel: PanelPage, name: string) => panel.page.getByRole('radiogroup', { name, exact: true });

describe('examination', () => {
  it('is examined with the keyboard, shows O and E in the note, inserts into the demo EHR and clears', async () => {
    const panel = await PanelPage.openBeside(suite.browser);
    const { page } = panel;

    // Tabs: Advies · Risico's · Onderzoek · Pijn · Notitie.
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Onderzoek' }).getAttribute('aria-selected')).toBe('true');
    const tabNames = await page.getByRole('tab').allTextContents();
    expect(tabNames.slice(0, 5)).toEqual(['Advies', "Risico's", 'Onderzoek', 'Pijn', 'Notitie']);
    await panel.viewRendered(); // its code loads on first use

    // Side: Tab to the side group, the arrow key chooses "Rechts".
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('exam-side');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Rechts' }).isChecked()).toBe(true);

    // Palpation: open its "how", then choose Positief (from "Niet gedaan", two to the left).
    await pressUntilFocused(page, 'Tab', 'Hoe? Palpatie trochanter major');
    await page.keyboard.press('Enter');
    expect(await page.getByText('Druk met de vingers op en rond de trochanter major.').isVisible()).toBe(
      true,
    );
    await page.keyboard.press('Tab');
    expect(
      await row(panel, 'Palpatie trochanter major')
        .getByRole('radio', { name: 'Niet gedaan' })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(
      await row(panel, 'Palpatie trochanter major').getByRole('radio', { name: 'Positief' }).isChecked(),
    ).toBe(true);

    // Single-leg stance: type the seconds; seconds until pain mark the test positive.
    await pressUntilFocused(page, 'Tab', 'exam-single-leg-stance-seconds');
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    expect(
      await row(panel, 'Single-leg stance (tot 30 s)').getByRole('radio', { name: 'Positief' }).isChecked(),
    ).toBe(true);

    await page
      .locator('li', { has: page.getByRole('heading', { name: 'Single-leg stance (tot 30 s)' }) })
      .screenshot({ path: join(ROOT, 'test-results/screenshots/examination-sls-row.png') });

    // Resisted abduction: positive.
    await pressUntilFocused(page, 'Tab', 'Hoe? Weerstand abductie');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await row(panel, 'Weerstand abductie').getByRole('radio', { name: 'Positief' }).isChecked()).toBe(
      true,
    );

    // Consult state only in the session area.
    expect(await page.evaluate(() => chrome.storage.session.get('consult'))).toMatchObject({
      consult: {
        examination: {
          side: 'right',
          results: {
            palpation: 'positive',
            'single-leg-stance': 'positive',
            'resisted-abduction': 'positive',
          },
        },
        slsSecondsToPain: 12,
      },
    });

    // The note: O and E in the preview (record, SOEP by default); "not done" nowhere.
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Notitie' }).getAttribute('aria-selected')).toBe('true');
    const preview = page.getByTestId('note-preview');
    await expect.poll(() => preview.textContent()).toContain(O_LINE);
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain(E_LINE);
    expect(text.indexOf(O_LINE)).toBeLessThan(text.indexOf(E_LINE));
    expect(text).not.toMatch(/niet gedaan|FABER|ADD/i);

    // Insert into the demo EHR's plain note field.
    const ehr = await suite.browser.context.newPage();
    await ehr.goto(demo.url('ehr.html'));
    await ehr.bringToFront();
    await ehr.locator('#note-plain').focus();
    await page.getByRole('button', { name: 'Invoegen in pagina' }).focus();
    await page.keyboard.press('Enter');
    await panel.status().filter({ hasText: 'Ingevoegd' }).waitFor();
    const inserted = await ehr.locator('#note-plain').inputValue();
    expect(inserted).toContain(O_LINE);
    expect(inserted).toContain(E_LINE);
    await ehr.close();

    // "Nieuwe patiënt" clears the examination too.
    await page.getByRole('button', { name: 'Nieuwe patiënt' }).focus();
    await page.keyboard.press('Enter');
    expect(await preview.textContent()).not.toContain('Onderzoek');
    await panel.showView('Onderzoek');
    expect(await page.getByRole('radio', { name: 'Niet gedaan', checked: true }).count()).toBe(9);
    expect(await page.getByRole('radio', { name: 'Rechts' }).isChecked()).toBe(false);
    expect(await page.getByLabel('Seconden tot pijn (0–30)').inputValue()).toBe('');
    await expect
      .poll(() => page.evaluate(() => chrome.storage.session.get('consult')))
      .toMatchObject({ consult: { examination: { side: null, results: {} }, slsSecondsToPain: null } });
    await page.close();
  });

  it('refuses seconds outside 0–30 with a message, and changes nothing', async () => {
    const panel = await PanelPage.open(suite.browser);
    await panel.showView('Onderzoek');
    const seconds = panel.page.getByLabel('Seconden tot pijn (0–30)');
    await seconds.fill('14');
    await seconds.press('Tab');
    for (const bad of ['31', '-2', '2.5']) {
      await seconds.fill(bad);
      await seconds.press('Tab');
      await panel.page
        .getByText('Vul hele seconden in, van 0 tot en met 30. Er is niets veranderd.')
        .waitFor();
      expect(await seconds.getAttribute('aria-invalid')).toBe('true');
      expect(await seconds.inputValue()).toBe(bad);
      expect(await panel.page.evaluate(() => chrome.storage.session.get('consult'))).toMatchObject({
        consult: { slsSecondsToPain: 14 },
      });
    }
    await seconds.fill('');
    await seconds.press('Tab');
    expect(await seconds.getAttribute('aria-invalid')).toBe('false');
    await expect
      .poll(() => panel.page.evaluate(() => chrome.storage.session.get('consult')))
      .toMatchObject({ consult: { slsSecondsToPain: null } });
    await panel.page.getByRole('button', { name: 'Nieuwe patiënt' }).click();
    await panel.page.close();
  });

  it('times the stance with the stopwatch, and stops it without recording when the panel is hidden or the view left', async () => {
    const panel = await PanelPage.open(suite.browser);
    const { page } = panel;
    await panel.showView('Onderzoek');
    await page.getByRole('button', { name: 'Start stopwatch' }).click();
    await page.getByRole('timer').filter({ hasText: '1 s' }).waitFor();
    await page.getByRole('button', { name: 'Stop: pijn' }).click();
    const counted = Number(await page.getByLabel('Seconden tot pijn (0–30)').inputValue());
    expect(counted).toBeGreaterThanOrEqual(1);
    expect(counted).toBeLessThanOrEqual(3);
    await page.getByText(`Pijn na ${counted} s.`).waitFor();
    expect(
      await row(panel, 'Single-leg stance (tot 30 s)').getByRole('radio', { name: 'Positief' }).isChecked(),
    ).toBe(true);

    // Hidden panel: the stopwatch stops, nothing is recorded, and it says so.
    await page.getByRole('button', { name: 'Start stopwatch' }).click();
    await page.getByRole('timer').waitFor();
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await page.getByText('Stopwatch gestopt omdat het paneel verborgen was; niets vastgelegd.').waitFor();
    expect(await page.getByRole('timer').count()).toBe(0);
    expect(await page.getByLabel('Seconden tot pijn (0–30)').inputValue()).toBe(String(counted));

    // Another view opened while it runs: it stops, nothing is recorded, and the panel says so.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    });
    // A double click on Start is one press: it runs, nothing is recorded.
    await page.getByRole('button', { name: 'Start stopwatch' }).dblclick();
    await page.getByRole('timer').waitFor();
    expect(await page.getByText('Pijn na 0 s.').count()).toBe(0);
    expect(await page.getByLabel('Seconden tot pijn (0–30)').inputValue()).toBe(String(counted));
    expect(await panel.nextAnnouncement(() => panel.showView('Pijn'))).toBe(
      'Stopwatch gestopt omdat u naar een andere weergave ging; niets vastgelegd.',
    );
    await panel.showView('Onderzoek');
    expect(await page.getByRole('timer').count()).toBe(0);
    expect(await page.getByLabel('Seconden tot pijn (0–30)').inputValue()).toBe(String(counted));
    await page.getByRole('button', { name: 'Nieuwe patiënt' }).click();
    await page.close();
  });
});
