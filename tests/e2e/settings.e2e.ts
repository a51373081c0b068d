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
    expect((await panel.choices(/Pijngrens/)).map((choice) => choice.text)).toEqual([
      '4/10 — folder van de praktijk',
      '5/10 — pijnmonitoringsmodel',
    ]);
    expect((await panel.description(/Pijngrens/)).join(' ')).toContain(
      'Silbernagel KG e.a., Am J Sports Med 2007;35(6):897–906',
    );
    await panel.select(/Pijngrens/, '5');
    await expect
      .poll(async () => (await panel.storage('sync')).settings)
      .toEqual({ practiceName: 'Fysio De Heup', painThreshold: 5 });
    await panel.close();

    const again = await PanelPage.open(suite.driver);
    expect(await again.valueOf('Naam van de praktijk')).toBe('Fysio De Heup');
    await again.showView('Pijn');
    // A practice threshold names itself and the leaflet's, in the rule and in every note
    // (polled: the view's consult content arrives a moment after the tab, loaded on demand).
    await expect
      .poll(() =>
        again.shows(/tot en met 5 op een schaal .*\(grens 5\/10, praktijkafspraak; folder: 4\/10\)/),
      )
      .toBe(true);
    await again.showView('Notitie');
    expect((await again.notePreview()).text).toContain(
      'Pijngrens volgens praktijkafspraak: 5/10 (folder: 4/10).',
    );
    await again.close();
  });

  it('keeps what is being typed in one field while another setting is saved', async () => {
    const panel = await PanelPage.open(suite.driver);
    await panel.showView('Instellingen');
    const contact = '#setting-practice-contact';
    const typed = 'Vragen? Bel ons op 010 123 45 67.';
    await panel.tab.fill(contact, typed); // typed, not yet left (nothing saved)
    // The save of a field left a moment ago comes back from storage (or a second panel saves).
    await suite.driver.inExtension((settings) => chrome.storage.sync.set({ settings }), {
      practiceName: 'Fysio De Heup',
    });
    await expect.poll(() => panel.valueOf('Naam van de praktijk')).toBe('Fysio De Heup');
    expect(
      await panel.tab.evaluate((s) => document.querySelector<HTMLTextAreaElement>(s)?.value, contact),
    ).toBe(typed);
    await panel.tab.press('Tab');
    await expect
      .poll(async () => (await panel.storage('sync')).settings)
      .toEqual({ practiceName: 'Fysio De Heup', practiceContact: typed });
    await panel.close();
  });

  it('saves a number once, when the field is left, however often an arrow key steps it', async () => {
    const panel = await PanelPage.open(suite.driver);
    await panel.showView('Instellingen');
    const minutes = '#setting-stale-consult-minutes';
    await panel.tab.focus(minutes);
    for (let step = 0; step < 5; step++) await panel.tab.press('ArrowUp');
    expect(await panel.tab.evaluate((s) => document.querySelector<HTMLInputElement>(s)?.value, minutes)).toBe(
      '65',
    );
    expect(await panel.storage('sync')).toEqual({}); // nothing written while stepping
    await panel.tab.press('Tab');
    await expect
      .poll(async () => (await panel.storage('sync')).settings)
      .toEqual({ staleConsultMinutes: 65 });
    await panel.close();
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
