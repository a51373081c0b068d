// The core flows, one set of steps, run in Chromium and in Firefox ESR through the
// driver layer: advice and filter, consult state in storage.session, copy → paste, and
// insertion (e2e builds, which may script the loopback fixture server).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glutealTendinopathy as condition } from '../../content/gluteal-tendinopathy';
import { type BrowserName, type Driver, launchDriver } from './support/driver';
import { type FixtureServer, startFixtureServer } from './support/fixture-server';
import {
  announcement,
  choosePainScore,
  clickText,
  headings,
  isChecked,
  setStorage,
  showView,
  storageArea,
} from './support/panel-steps';
import { FIXTURES } from './support/paths';

describe.each(['chromium', 'firefox'] as BrowserName[])('in %s', (name) => {
  let driver: Driver;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer(FIXTURES);
    driver = await launchDriver(name, 'e2e');
    // Dutch interface in both browsers, whatever their own language.
    const panel = await driver.openPanel();
    await setStorage(panel, 'sync', { settings: { uiLanguage: 'nl' } });
    await panel.close();
  });

  afterAll(async () => {
    await driver?.close();
    await server?.close();
  });

  it('shows every advice section of the leaflet, and the filter narrows them', async () => {
    const panel = await driver.openPanel();
    await showView(panel, 'Advies');
    expect(await headings(panel)).toEqual(condition.sections.map((s) => s.heading.nl));
    await panel.type('#advice-filter', 'kussen');
    await panel.waitFor(
      () => document.querySelectorAll('section h2 button[aria-expanded]').length === 1,
      null,
    );
    expect(await headings(panel)).toEqual(['Wat te doen?']);
    await panel.close();
  });

  it('keeps ticked risk factors and the pain check across reopening, in storage.session only', async () => {
    const panel = await driver.openPanel();
    await showView(panel, "Risico's");
    await panel.click('#factor-high-bmi');
    await showView(panel, 'Pijn');
    await choosePainScore(panel, 3);
    await panel.waitFor(() => document.querySelector('[data-verdict]') !== null, null);
    await panel.close();

    const again = await driver.openPanel();
    await again.waitFor(() => document.querySelector('input[name="pain-score"]:checked') !== null, null);
    expect(
      await again.evaluate(
        () => document.querySelector<HTMLInputElement>('input[name="pain-score"]:checked')?.value,
        null,
      ),
    ).toBe('3');
    await showView(again, "Risico's");
    expect(await isChecked(again, 'factor-high-bmi')).toBe(true);
    expect(await storageArea(again, 'local')).toEqual({});
    expect(Object.keys((await storageArea(again, 'sync')) ?? {})).toEqual(['settings']);
    expect(JSON.stringify(await storageArea(again, 'session'))).toContain('high-bmi');
    await clickText(again, 'button', 'Nieuwe patiënt');
    await again.close();
  });

  it('copies a note that pastes as clean text into a textarea and as a list into a contenteditable', async () => {
    const panel = await driver.openPanel();
    await showView(panel, 'Notitie');
    await panel.click('#given-what-to-do');
    await panel.click('#tip-not-on-painful-side');
    await clickText(panel, 'button', 'Kopieer notitie');
    expect(await announcement(panel, 'Gekopieerd')).toBe('Gekopieerd — plak met Ctrl+V');

    const ehr = await driver.openPage(server.url('editors/plain.html'));
    await ehr.click('#textarea');
    await ehr.paste();
    const plain = await ehr.evaluate(
      () => (document.getElementById('textarea') as HTMLTextAreaElement).value,
      null,
    );
    expect(plain).toContain('\n- Niet op de pijnlijke zijde slapen.');
    expect(plain).not.toMatch(/<\/?[a-z]|&[a-z]+;/);
    await ehr.click('#rich');
    await ehr.paste();
    await ehr.waitFor(() => document.querySelectorAll('#rich li').length > 0, null);
    expect(await ehr.evaluate(() => document.querySelector('#rich li')?.textContent, null)).toBe(
      'Niet op de pijnlijke zijde slapen.',
    );
    await ehr.close();
    await panel.close();
  });

  it('reads the previous note back from the paste box, keeping its values in storage.session only', async () => {
    const panel = await driver.openPanel();
    await showView(panel, 'Pijn');
    await panel.type(
      '#previous-note-text',
      'Metingen 19-11-2026:\n- Nachtpijn 6/10 (intake 12-11-2026: 8/10)',
    );
    await clickText(panel, 'button', 'Lees vorige notitie');
    await panel.waitFor(() => document.querySelector('[data-testid="previous-values"] li') !== null, null);
    expect(
      await panel.evaluate(() => document.querySelector('#previous-note-heading')?.textContent, null),
    ).toBe('Vorige notitie (19-11-2026)');
    expect(
      await panel.evaluate(
        () => document.querySelector('[data-testid="previous-values"] li')?.textContent,
        null,
      ),
    ).toBe('Nachtpijn 6/10 (intake 12-11-2026: 8/10)');
    expect(await storageArea(panel, 'local')).toEqual({});
    expect(Object.keys((await storageArea(panel, 'sync')) ?? {})).toEqual(['settings']);
    expect(JSON.stringify(await storageArea(panel, 'session'))).toContain(
      '"previousNote":{"date":"2026-11-19"',
    );
    await clickText(panel, 'button', 'Nieuwe patiënt');
    await panel.close();
  });

  it('inserts the note at the cursor of a textarea on the EHR page', async () => {
    const ehr = await driver.openPage(server.url('insert/fields.html'));
    await ehr.evaluate(() => {
      const field = document.getElementById('textarea') as HTMLTextAreaElement;
      field.focus();
      field.setSelectionRange(4, 4);
    }, null);
    const panel = await driver.openPanelBeside();
    // The EHR's window is the last focused normal window, as when the clinician types there.
    await ehr.bringToFront();
    await showView(panel, 'Notitie');
    await clickText(panel, 'button', 'Invoegen in pagina');
    expect(await announcement(panel, 'Ingevoegd')).toBe('Ingevoegd bij de cursor.');
    const value = await ehr.evaluate(
      () => (document.getElementById('textarea') as HTMLTextAreaElement).value,
      null,
    );
    expect(value.startsWith('VoorGluteale tendinopathie')).toBe(true);
    expect(value.endsWith('Na')).toBe(true);
    await panel.close();
    await ehr.close();
  });
});
