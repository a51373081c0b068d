// The practice sets Heupwijzer up: settings are kept, a bad file changes nothing, the
// interface follows the chosen language.
import { describe, expect, it } from 'vitest';
import { PanelPage } from './support/panel-page';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();

describe('settings', () => {
  it('are kept after reopening the panel, and only what differs is synced', async () => {
    const panel = await PanelPage.open(suite.browser);
    await panel.showView('Instellingen');
    await panel.page.getByLabel('Naam van de praktijk').fill('Fysio De Heup');
    await panel.page.getByLabel('Naam van de praktijk').press('Tab');
    const threshold = panel.page.getByLabel(/Pijngrens/);
    expect(await threshold.locator('option').allTextContents()).toEqual([
      '4/10 — folder van de praktijk',
      '5/10 — pijnmonitoringsmodel',
    ]);
    expect(await panel.page.locator('#setting-pain-threshold-hint').textContent()).toContain(
      'Silbernagel KG e.a., Am J Sports Med 2007;35(6):897–906',
    );
    await threshold.selectOption('5');
    await expect
      .poll(() => panel.page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings))
      .toEqual({ practiceName: 'Fysio De Heup', painThreshold: 5 });
    await panel.page.close();

    const again = await PanelPage.open(suite.browser);
    expect(await again.page.getByLabel('Naam van de praktijk').inputValue()).toBe('Fysio De Heup');
    await again.showView('Pijn');
    // A practice threshold names itself and the leaflet's, in the rule and in every note.
    expect(
      await again.page
        .getByText(/tot en met 5 op een schaal .*\(grens 5\/10, praktijkafspraak; folder: 4\/10\)/)
        .isVisible(),
    ).toBe(true);
    await again.showView('Notitie');
    expect(await again.page.getByTestId('note-preview').textContent()).toContain(
      'grens 5/10, praktijkafspraak; folder: 4/10',
    );
    await again.page.close();
  });

  it('a bad file changes nothing and says what is wrong', async () => {
    const panel = await PanelPage.open(suite.browser);
    await panel.showView('Instellingen');
    const before = await panel.page.evaluate(() => chrome.storage.sync.get(null));
    const bad = JSON.stringify({ kind: 'heupwijzer-settings', version: 1, settings: { painThreshold: 42 } });
    await panel.page
      .getByTestId('import-settings')
      .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
    const notice = panel.page.getByTestId('settings-notice');
    await expect.poll(() => notice.textContent()).toContain('ongeldige waarden');
    expect(await notice.textContent()).toContain('painThreshold');
    expect(await panel.page.evaluate(() => chrome.storage.sync.get(null))).toEqual(before);

    await panel.page.getByTestId('import-settings').setInputFiles({
      name: 'cut.json',
      mimeType: 'application/json',
      buffer: Buffer.from(bad.slice(0, 30)),
    });
    await expect.poll(() => notice.textContent()).toContain('geen geldige JSON');
    expect(await panel.page.evaluate(() => chrome.storage.sync.get(null))).toEqual(before);
    await panel.page.close();
  });

  it('switches the interface language', async () => {
    const panel = await PanelPage.open(suite.browser);
    await panel.showView('Instellingen');
    await panel.page.getByLabel('Taal van de bediening').selectOption('en');
    await panel.page.getByRole('tab', { name: 'Advice' }).waitFor();
    expect(await panel.page.getByRole('tab', { name: 'Risks' }).isVisible()).toBe(true);
    expect(await panel.page.evaluate(() => document.documentElement.lang)).toBe('en');
    await panel.page.getByLabel('Interface language').selectOption('browser');
    await panel.page.getByRole('tab', { name: 'Advies' }).waitFor();
    await panel.page.close();
  });
});
