// The promise of content/index.ts, kept in the built extension: a second condition is a
// data file and a line. The `e2e-conditions` build (wxt.config.ts) knows the leaflet and
// a test-only condition (tests/fixtures/conditions/); with that condition chosen for the
// session, every view, the note, Insert into an EHR field and the handout show its words
// and none of the leaflet's. No build that ships knows it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glutealTendinopathy as leaflet } from '../../content/gluteal-tendinopathy';
import { EhrPage } from '../../dev/ehr-page';
import { PanelPage } from '../../dev/panel-page';
import { ROOT } from '../../dev/paths';
import { testCondition } from '../fixtures/conditions/test-condition';
import { startExtensionSuite } from './support/suite';

const BUILD = join(ROOT, '.output/chrome-mv3-e2e-conditions');
if (!existsSync(join(BUILD, 'manifest.json'))) {
  throw new Error(
    `No build with the test condition in ${BUILD}: run \`npx wxt build --mode e2e-conditions\` first.`,
  );
}
const suite = startExtensionSuite(BUILD);

/** The leaflet's own words (Dutch, as the panel shows them here): none may show for the test condition. */
const LEAFLET_WORDS = [
  leaflet.name,
  ...leaflet.sections.flatMap((section) => [section.heading, section.topic]),
  ...leaflet.riskFactorGroups.flatMap((group) => [group.heading, ...group.factors.map((f) => f.text)]),
  ...leaflet.review.flatMap((question) => [question.question, question.label]),
].map((text) => text.nl);
/** Where everything shown comes from the condition (note, handout), not even a word of hips. */
const LEAFLET_TOPIC = /heup|hip|glute|tendinop|trochanter/i;

const leafletWordsIn = (text: string) => LEAFLET_WORDS.filter((words) => text.includes(words));
const missingFrom = (text: string, words: readonly string[]) => words.filter((w) => !text.includes(w));

/** What each view shows of the test condition (a view not listed must still show none of the leaflet). */
const SHOWS: Record<string, readonly string[]> = {
  advice: ['Testadvies (nl)', 'Testadvies tekst (nl)', 'Testuitleg (nl)', 'Testherbeoordeling (nl)'],
  'risk-factors': ['Testgroep (nl)', 'Testfactor (nl)'],
  // The test condition has no test battery: the view says so instead of showing the leaflet's.
  examination: ['Voor deze aandoening zijn geen testen vastgelegd.'],
  pain: ['Testregel tot 2 (nl)', 'Testuitleg tekst (nl)', 'Testherbeoordeling (nl)', 'Testvraag (nl)'],
  note: ['Testaandoening (nl)'],
};

/** The clinician's choice of condition for this browser session, as the panel keeps it. */
async function openPanelOnTestCondition(beside = false): Promise<PanelPage> {
  await suite.driver.inExtension(
    (condition) => chrome.storage.session.set({ panel: { view: 'advice', language: 'nl', condition } }),
    testCondition.id,
  );
  const panel = beside ? await PanelPage.openBeside(suite.driver) : await PanelPage.open(suite.driver);
  await expect.poll(() => panel.sectionHeadings()).toEqual(testCondition.sections.map((s) => s.heading.nl));
  return panel;
}

const viewText = (panel: PanelPage) =>
  // biome-ignore lint/performance/useDomNodeTextContent: innerText is what is on screen
  panel.tab.evaluate(() => document.querySelector('main')?.innerText ?? '', null);

describe('a second condition, through the built extension', () => {
  it('is in this build only: neither a shipped build nor the e2e build contains it', () => {
    const contains = (dir: string) =>
      readdirSync(join(ROOT, '.output', dir), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .some((entry) => readFileSync(join(entry.parentPath, entry.name)).includes(testCondition.id));
    expect(contains('chrome-mv3-e2e-conditions')).toBe(true);
    for (const dir of ['chrome-mv3', 'chrome-mv3-e2e', 'firefox-mv3', 'firefox-mv3-e2e']) {
      expect(contains(dir), dir).toBe(false);
    }
  });

  it('shows its own words in every view the panel has, and none of the leaflet', async () => {
    const panel = await openPanelOnTestCondition();
    const views = await panel.views();
    for (const view of views) {
      await panel.showView(view.id);
      if (view.id === 'advice') await panel.openSection('Testadvies (nl)');
      await expect
        .poll(async () => (await viewText(panel)).trim().length, { message: view.id })
        .toBeGreaterThan(0);
      await expect
        .poll(async () => missingFrom(await viewText(panel), SHOWS[view.id] ?? []), { message: view.id })
        .toEqual([]);
      expect(leafletWordsIn(await viewText(panel)), view.id).toEqual([]);
    }
    expect(views.map((view) => view.id)).toEqual(expect.arrayContaining(Object.keys(SHOWS)));
    // Its own scale: 0 to 5, not the leaflet's 0 to 10.
    await panel.showView('pain');
    expect(
      await panel.tab.evaluate(() => document.querySelectorAll('input[name="pain-score"]').length, null),
    ).toBe(testCondition.painRule.scaleMax + 1);
    expect(await panel.shows('Pijn tijdens belasten (0–5)')).toBe(true);
    await panel.close();
  });

  it('writes its lines into the note, and Insert puts that note at the cursor of an EHR field', async () => {
    const panel = await openPanelOnTestCondition(true);
    await panel.fillConsult({
      riskFactors: ['Testfactor (nl)'],
      painScore: 1,
      painIncrease: 'Nee',
      review: ['Testvraag (nl)'],
      given: ['Testadvies (nl)', 'Testtip (nl)'],
    });
    const { text: preview } = await panel.notePreview();
    expect(
      missingFrom(preview, ['Testaandoening (nl)', 'testfactor (nl)', 'testonderwerp (nl)', 'Testtip (nl)']),
    ).toEqual([]);
    expect(preview).toContain('Besproken: testlabel (nl).');
    // The condition's own threshold (2), not the leaflet's 4.
    expect(preview).toMatch(/Pijnregel \(grens 2\/5\): voldoet/); // the condition's own 0–5 scale
    expect(leafletWordsIn(preview)).toEqual([]);
    expect(preview).not.toMatch(LEAFLET_TOPIC);

    // No Copy first: its toast lies over the note's buttons for 5 s (seen at 360 px).
    const ehr = await EhrPage.open(suite.driver, suite.server.url('insert/fields.html'));
    await ehr.placeCursor('#textarea', 'Voor'.length);
    expect(await panel.insertIntoPage()).toBe('Ingevoegd bij de cursor.');
    const field = await ehr.value('#textarea');
    expect(field).toMatch(/^VoorTestaandoening \(nl\)\n.*\nBelasting voortzetten binnen de pijnregel\.Na$/s);
    expect(field).toContain('\n- Testtip (nl)\n');
    // The very note previewed: the same words in the same order (the preview shows no dashes or line breaks).
    const words = (text: string) => text.replace(/^- /gm, '').replace(/\s+/g, '');
    expect(words(field.slice('Voor'.length, -'Na'.length))).toBe(words(preview));
    await ehr.close();
    await panel.close();
  });

  it('gives the patient a handout of its own sections', async () => {
    const panel = await openPanelOnTestCondition();
    await panel.showView('note');
    await panel.tick('Testadvies (nl)');
    await panel.tick('Testtip (nl)');
    const handout = await panel.openHandout();
    expect(await handout.path()).toBe('/handout.html');
    expect(await handout.title()).toBe('Testaandoening (nl)');
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is what is printed
    const text = await handout.tab.evaluate(() => document.body.innerText, null);
    expect(missingFrom(text, ['Testadvies (nl)', 'Testadvies tekst (nl)', 'Testtip (nl)'])).toEqual([]);
    expect(text).not.toContain('Testuitleg (nl)'); // not given, so not handed out
    expect(leafletWordsIn(text)).toEqual([]);
    expect(text).not.toMatch(LEAFLET_TOPIC);
    await handout.close();
    await panel.close();
  });
});
