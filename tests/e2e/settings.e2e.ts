// The practice sets Heupwijzer up: settings are kept, a bad file changes nothing, the
// interface follows the chosen language.
import { describe, expect, it } from 'vitest';
import { PanelPage } from '../../dev/panel-page';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();

describe('settings', () => {
  it('are kept after reopening the panel, and only what differs is synced', async () => {
    const panel = await PanelPage.open(suite.driver);
    await panel.showView('Instellingen');
    await panel.fillIn('Naam van de praktijk', 'Fysio De Heup');
    await panel.fillIn(/Pijngrens/, '3');
    await expect
      .poll(async () => (await panel.storage('sync')).settings)
      .toEqual({ practiceName: 'Fysio De Heup', painThreshold: 3 });
    await panel.close();

    const again = await PanelPage.open(suite.driver);
    expect(await again.valueOf('Naam van de praktijk')).toBe('Fysio De Heup');
    await again.showView('Pijn');
    expect(await again.shows(/tot en met 3 op een schaal/)).toBe(true);
    await again.close();
  });

  it('a bad file changes nothing and says what is wrong', async () => {
    const panel = await PanelPage.open(suite.driver);
    await panel.showView('Instellingen');
    const before = await panel.storage('sync');
    const bad = JSON.stringify({ kind: 'heupwijzer-settings', version: 1, settings: { painThreshold: 42 } });
    await panel.importSettings({ name: 'bad.json', content: bad });
    const notice = () => panel.testIdText('settings-notice');
    await expect.poll(notice).toContain('ongeldige waarden');
    expect(await notice()).toContain('painThreshold');
    expect(await panel.storage('sync')).toEqual(before);

    await panel.importSettings({ name: 'cut.json', content: bad.slice(0, 30) });
    await expect.poll(notice).toContain('geen geldige JSON');
    expect(await panel.storage('sync')).toEqual(before);
    await panel.close();
  });

  it('switches the interface language', async () => {
    const panel = await PanelPage.open(suite.driver);
    await panel.showView('Instellingen');
    await panel.select('Taal van de bediening', 'en');
    await expect.poll(async () => (await panel.views()).map((view) => view.label)).toContain('Advice');
    expect((await panel.views()).map((view) => view.label)).toContain('Risks');
    expect(await panel.tab.evaluate(() => document.documentElement.lang, null)).toBe('en');
    await panel.select('Interface language', 'browser');
    await expect.poll(async () => (await panel.views()).map((view) => view.label)).toContain('Advies');
    await panel.close();
  });
});
