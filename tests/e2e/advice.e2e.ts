// A clinician opens the panel beside the EHR, reads the advice, narrows it with the
// filter, and copies one section into the patient's notes.
import { describe, expect, it } from 'vitest';
import { glutealTendinopathy as condition } from '../../content/gluteal-tendinopathy';
import { PanelPage } from './support/panel-page';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();

describe('advice in the side panel', () => {
  it('shows every section heading of the leaflet, in Dutch and in English', async () => {
    const panel = await PanelPage.open(suite.browser);
    expect(await panel.sectionHeadings()).toEqual(condition.sections.map((s) => s.heading.nl));
    await panel.chooseLanguage('en');
    expect(await panel.sectionHeadings()).toEqual(condition.sections.map((s) => s.heading.en));
    await panel.page.close();
  });

  it('narrows the sections as the clinician types in the filter', async () => {
    const panel = await PanelPage.open(suite.browser);
    await panel.chooseLanguage('nl');
    await panel.filter('kussen');
    await expect.poll(() => panel.sectionHeadings()).toEqual(['Wat te doen?']);
    await expect.poll(() => panel.page.getByText('1 van 12 onderwerpen').isVisible()).toBe(true);
    // A match opens its section, so the clinician sees why it matched.
    expect(await panel.page.getByText(/kussen tussen uw knieën/).isVisible()).toBe(true);
    await panel.filter('zzzz');
    await expect.poll(() => panel.sectionHeadings()).toEqual([]);
    expect(await panel.page.getByText('Geen onderwerp gevonden voor “zzzz”.').isVisible()).toBe(true);
    await panel.filter('');
    await expect.poll(async () => (await panel.sectionHeadings()).length).toBe(condition.sections.length);
    await panel.page.close();
  });

  it('opens and closes a section from the keyboard', async () => {
    const panel = await PanelPage.open(suite.browser);
    const toggle = panel.page.getByRole('button', { name: 'Anatomie', exact: true });
    await toggle.focus();
    await panel.page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await panel.page.getByText(/gluteus medius en minimus/).isVisible()).toBe(true);
    await panel.page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await panel.page.close();
  });
});

describe('copying a section into the notes', () => {
  it('pastes clean text into a textarea and a real list into a contenteditable', async () => {
    const panel = await PanelPage.open(suite.browser);
    await panel.chooseLanguage('nl');
    await panel.copySection('Wat te doen?');
    expect(await panel.status().textContent()).toBe('Gekopieerd — plak met Ctrl+V');

    const ehr = await suite.browser.context.newPage();
    await ehr.goto(suite.server.url('paste-targets.html'));
    await ehr.locator('#plain').focus();
    await ehr.keyboard.press('Control+V');
    const plain = await ehr.locator('#plain').inputValue();
    expect(plain.startsWith('Wat te doen?\nDenk eerst goed na')).toBe(true);
    expect(plain).toContain('\n- Niet op de pijnlijke zijde slapen.\n');
    expect(plain).toContain('- naar binnen draait\n');
    expect(plain).toContain('kussen tussen uw knieën');
    expect(plain).not.toMatch(/<[a-z/]|&[a-z]+;/);

    await ehr.locator('#rich').focus();
    await ehr.keyboard.press('Control+V');
    const rich = ehr.locator('#rich');
    await expect.poll(() => rich.locator('ul > li').count()).toBe(8);
    expect(await rich.locator('h3').textContent()).toBe('Wat te doen?');
    expect(await rich.locator('li').nth(4).textContent()).toBe('Niet op de pijnlijke zijde slapen.');
    expect(await rich.textContent()).not.toContain('<li>');
    await ehr.close();
    await panel.page.close();
  });
});
