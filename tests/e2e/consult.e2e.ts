// During a consult the clinician ticks risk factors, scores pain and reviews progress;
// the panel keeps it for the browser session only, and "New patient" clears it.
import { describe, expect, it } from 'vitest';
import { PanelPage } from './support/panel-page';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();

async function fillConsult(panel: PanelPage) {
  await panel.showView("Risico's");
  await panel.page.getByRole('checkbox', { name: 'Hoge BMI' }).check();
  await panel.page.getByRole('checkbox', { name: 'Toename van herhalingen' }).check();
  await panel.showView('Pijn');
  await panel.choosePainScore(3);
  await panel.page.getByRole('radio', { name: 'Nee' }).check();
  await panel.page.getByRole('checkbox', { name: /Oefent u genoeg en consequent/ }).check();
}

const storageArea = (panel: PanelPage, area: 'local' | 'sync' | 'session') =>
  panel.page.evaluate((name) => chrome.storage[name].get(null), area);

describe('consult state', () => {
  it('comes back after closing and reopening the panel', async () => {
    const first = await PanelPage.open(suite.browser);
    await fillConsult(first);
    await expect.poll(() => first.verdict()).toMatch(/^Oordeel: voldoet aan de pijnregel/);
    await first.page.close();

    const again = await PanelPage.open(suite.browser);
    // The last open view is remembered too.
    expect(await again.page.getByRole('tab', { name: 'Pijn' }).getAttribute('aria-selected')).toBe('true');
    expect(await again.page.getByRole('radio', { name: '3', exact: true }).isChecked()).toBe(true);
    expect(await again.page.getByRole('radio', { name: 'Nee' }).isChecked()).toBe(true);
    expect(await again.verdict()).toMatch(/^Oordeel: voldoet aan de pijnregel/);
    await again.showView("Risico's");
    expect(await again.page.getByRole('checkbox', { name: 'Hoge BMI' }).isChecked()).toBe(true);
    expect(await again.page.getByRole('heading', { name: /Factoren van buitenaf/ }).textContent()).toContain(
      '1 aangevinkt',
    );

    // Nothing of the consult on disk or in sync; it is all in the session area.
    expect(await storageArea(again, 'local')).toEqual({});
    expect(await storageArea(again, 'sync')).toEqual({});
    expect(await storageArea(again, 'session')).toMatchObject({
      consult: {
        riskFactors: ['high-bmi', 'overload-repetitions'],
        painScore: 3,
        painIncrease: 'no',
        review: ['adherence'],
      },
    });
    await again.page.close();
  });

  it('"New patient" clears everything, can be undone, and stays cleared after reopening', async () => {
    const panel = await PanelPage.open(suite.browser);
    await fillConsult(panel);
    await panel.page.getByRole('button', { name: 'Nieuwe patiënt' }).click();
    expect(await panel.page.getByRole('radio', { name: '3', exact: true }).isChecked()).toBe(false);
    expect(await panel.verdict()).toMatch(/^Oordeel: nog niet te beoordelen/);

    await panel.page.getByRole('button', { name: 'Ongedaan maken' }).click();
    expect(await panel.page.getByRole('radio', { name: '3', exact: true }).isChecked()).toBe(true);

    await panel.page.getByRole('button', { name: 'Nieuwe patiënt' }).click();
    await panel.page.close();
    const reopened = await PanelPage.open(suite.browser);
    expect(await reopened.page.getByRole('radio', { name: '3', exact: true }).isChecked()).toBe(false);
    await reopened.showView("Risico's");
    expect(await reopened.page.getByRole('checkbox', { checked: true }).count()).toBe(0);
    await reopened.page.close();
  });

  it('copies the risk-factor summary for the record', async () => {
    const panel = await PanelPage.open(suite.browser);
    await fillConsult(panel);
    await panel.showView("Risico's");
    await panel.page.getByRole('button', { name: 'Kopieer samenvatting' }).click();
    await panel.status().filter({ hasText: 'Gekopieerd' }).waitFor();
    const ehr = await suite.browser.context.newPage();
    await ehr.goto(suite.server.url('paste-targets.html'));
    await ehr.locator('#plain').focus();
    await ehr.keyboard.press('Control+V');
    expect(await ehr.locator('#plain').inputValue()).toBe(
      'Besproken als mogelijk bijdragende factoren\nUitgaande van het lichaam: Hoge BMI.\n\nFactoren van buitenaf: Overbelasting (toename van herhalingen).',
    );
    await ehr.close();
    await panel.page.getByRole('button', { name: 'Nieuwe patiënt' }).click();
    await panel.page.close();
  });
});

describe('keyboard only', () => {
  it('moves between views, ticks, scores, answers, composes and copies without a mouse', async () => {
    const panel = await PanelPage.open(suite.browser);
    const { page } = panel;
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: "Risico's" }).getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Risico's");

    // Tab past the language switch to the first factor, tick it with Space.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('factor-genetics');
    await page.keyboard.press('Space');
    expect(await page.getByRole('checkbox', { name: 'Genetica' }).isChecked()).toBe(true);

    // To the pain view: arrow keys move along the 0–10 row.
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Pijn' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('radio', { name: '0', exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: '2', exact: true }).isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Nee' }).isChecked()).toBe(true);
    await expect.poll(() => panel.verdict()).toMatch(/^Oordeel: voldoet aan de pijnregel/);

    // Copy with Enter on the focused button.
    await page.getByRole('button', { name: 'Kopieer pijncheck' }).focus();
    await page.keyboard.press('Enter');
    await panel.status().filter({ hasText: 'Gekopieerd' }).waitFor();
    // Compose: to the note view, pick a section with Space, copy the note with Enter.
    await page.getByRole('tab', { selected: true }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Notitie' }).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('given-what-is-it');
    await page.keyboard.press('Space');
    await expect
      .poll(() => page.getByTestId('note-preview').textContent())
      .toContain('aard van de aandoening');
    await page.getByRole('button', { name: 'Kopieer notitie' }).focus();
    await page.keyboard.press('Enter');
    await panel.status().filter({ hasText: 'Gekopieerd' }).waitFor();

    await page.getByRole('button', { name: 'Nieuwe patiënt' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('checkbox', { name: 'Wat is het en wie krijgt het?' }).isChecked()).toBe(
      false,
    );
    await page.close();
  });
});
