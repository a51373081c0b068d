// A clinician opens the panel beside the EHR, reads the advice, narrows it with the
// filter, and copies one section into the patient's notes.
import { describe, expect, it } from 'vitest';
import { glutealTendinopathy as condition } from '../../content/gluteal-tendinopathy';
import { EhrPage } from '../../dev/ehr-page';
import { PanelPage } from '../../dev/panel-page';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();

describe('advice in the side panel', () => {
  it('shows every section heading of the leaflet, in Dutch and in English', async () => {
    const panel = await PanelPage.open(suite.driver);
    expect(await panel.sectionHeadings()).toEqual(condition.sections.map((s) => s.heading.nl));
    await panel.chooseLanguage('en');
    await expect.poll(() => panel.sectionHeadings()).toEqual(condition.sections.map((s) => s.heading.en));
    await panel.close();
  });

  it('narrows the sections as the clinician types in the filter', async () => {
    const panel = await PanelPage.open(suite.driver);
    await panel.filter('kussen');
    await expect.poll(() => panel.sectionHeadings()).toEqual(['Wat te doen?']);
    await expect.poll(() => panel.shows('1 van 12 onderwerpen')).toBe(true);
    // A match opens its section, so the clinician sees why it matched.
    expect(await panel.shows(/kussen tussen uw knieën/)).toBe(true);
    await panel.filter('zzzz');
    await expect.poll(() => panel.sectionHeadings()).toEqual([]);
    expect(await panel.shows('Geen onderwerp gevonden voor “zzzz”.')).toBe(true);
    await panel.filter('');
    await expect.poll(async () => (await panel.sectionHeadings()).length).toBe(condition.sections.length);
    await panel.close();
  });

  it('opens and closes a section from the keyboard', async () => {
    const panel = await PanelPage.open(suite.driver);
    await panel.focus('button', 'Anatomie');
    await panel.pressKey('Enter');
    expect(await panel.isSectionOpen('Anatomie')).toBe(true);
    expect(await panel.shows(/gluteus medius en minimus/)).toBe(true);
    await panel.pressKey('Space');
    expect(await panel.isSectionOpen('Anatomie')).toBe(false);
    await panel.close();
  });
});

describe('copying a section into the notes', () => {
  it('pastes clean text into a textarea and a real list into a contenteditable', async () => {
    const panel = await PanelPage.open(suite.driver);
    expect(await panel.copySection('Wat te doen?')).toBe('Gekopieerd — plak met Ctrl+V');

    const ehr = await EhrPage.open(suite.driver, suite.server.url('paste-targets.html'));
    await ehr.clickInto('#plain');
    await ehr.paste();
    const plain = await ehr.value('#plain');
    expect(plain.startsWith('Wat te doen?\nDenk eerst goed na')).toBe(true);
    expect(plain).toContain('\n- Niet op de pijnlijke zijde slapen.\n');
    expect(plain).toContain('- naar binnen draait\n');
    expect(plain).toContain('kussen tussen uw knieën');
    expect(plain).not.toMatch(/<[a-z/]|&[a-z]+;/);

    await ehr.clickInto('#rich');
    await ehr.paste();
    await expect.poll(() => ehr.count('#rich ul > li')).toBe(8);
    expect(await ehr.text('#rich h3')).toBe('Wat te doen?');
    expect((await ehr.texts('#rich li'))[4]).toBe('Niet op de pijnlijke zijde slapen.');
    expect(await ehr.text('#rich')).not.toContain('<li>');
    await ehr.close();
    await panel.close();
  });
});
