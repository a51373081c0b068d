// The record is the memory: the therapist reads the previous note back into the panel,
// enters this visit's measures, and the copied note — pasted into a textarea or any of
// the suite's editors, and read back from there — gives the same values at the next visit.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { EDITOR_TARGETS } from './support/editors';
import { openEditor } from './support/insert-steps';
import { PanelPage } from './support/panel-page';
import { ROOT } from './support/paths';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();
const SHOTS = join(ROOT, 'test-results/screenshots');

/** The intake note, as it came out of the EHR: bullets as "•", a CRLF, a non-breaking space. */
const INTAKE_NOTE = [
  'Gluteale tendinopathie',
  'S (subjectief)',
  'Metingen 12-11-2026:',
  '• Pijn tijdens belasten 7/10',
  '• Nachtpijn\u00A08/10',
  '• PSK traplopen: 8/10\r',
  'O (objectief)',
  '• Single-leg stance tot pijn 9 s',
].join('\n');

async function enterVisit(panel: PanelPage): Promise<void> {
  const page = panel.page;
  await panel.showView('Pijn');
  await panel.choosePainScore(3);
  await page.locator('label:has(input[name="night-pain"][value="6"])').click();
  await page.locator('label:has(input[name="stairs-pain"][value="4"])').click();
  await page.locator('label:has(input[name="psk-0"][value="5"])').click();
  await page.getByLabel('Single-leg stance: seconden tot pijn (0–30)').fill('18');
  await page.getByLabel(/Kracht heupabductie/).fill('120,5');
  await page.getByRole('radio', { name: 'slechter' }).check();
  await page.locator('label:has(input[name="gpe"][value="2"])').click();
}

async function readPrevious(panel: PanelPage, text: string): Promise<void> {
  const box = panel.page.getByTestId('previous-note');
  if (!(await box.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)))
    await box.locator('summary').click();
  await box.getByRole('textbox').fill(text);
  await box.getByRole('button', { name: 'Lees vorige notitie' }).click();
}

const previousValues = (panel: PanelPage) =>
  panel.page.getByTestId('previous-values').locator('li').allTextContents();

/** A new panel for every test of the block: `panel()` inside a test. */
function panelPerTest(): () => PanelPage {
  let panel: PanelPage | undefined;
  beforeEach(async () => {
    panel = await PanelPage.open(suite.browser);
  });
  afterEach(async () => {
    await panel?.close();
  });
  return () => {
    if (!panel) throw new Error('no panel outside a test');
    return panel;
  };
}

/** The intake note read back, as the clinician starts a follow-up visit. */
async function readIntake(panel: PanelPage): Promise<void> {
  await panel.showView('Pijn');
  await readPrevious(panel, INTAKE_NOTE);
  await expect
    .poll(() => panel.page.getByTestId('previous-note').locator('h3').textContent())
    .toBe('Vorige notitie (12-11-2026)');
}

describe('reading the previous note and measuring this visit', () => {
  const current = panelPerTest();

  it('shows what was read, carries the patient’s activity forward, and writes the change', async () => {
    const panel = current();
    await readIntake(panel);
    expect(await previousValues(panel)).toEqual([
      'Pijn tijdens belasten 7/10',
      'Nachtpijn 8/10',
      'PSK traplopen: 8/10',
      'Single-leg stance tot pijn 9 s',
    ]);
    expect(await panel.page.getByLabel('Activiteit 1 (woorden van de patiënt)').inputValue()).toBe(
      'traplopen',
    );

    await enterVisit(panel);
    expect(await panel.verdict()).toContain('Ochtend na belasten: slechter');
    await panel.showView('Notitie');
    const preview = (await panel.page.getByTestId('note-preview').textContent()) ?? '';
    expect(preview).toContain('Nachtpijn 6/10 (intake 12-11-2026: 8/10)');
    expect(preview).toContain('PSK traplopen: 5/10 (intake 12-11-2026: 8/10)');
    expect(preview).toContain('Single-leg stance tot pijn 18 s (intake 12-11-2026: 9 s)');
    expect(preview).toContain('Kracht heupabductie 120,5 N');
    expect(preview).toContain('Belasting verminderen: pijn of stijfheid was de ochtend na belasten erger.');
  });

  it('refuses another tool’s note with a message and changes nothing', async () => {
    const panel = current();
    await readIntake(panel);
    const before = await panel.page.evaluate(() => chrome.storage.session.get('consult'));
    await readPrevious(panel, 'S: pijn li heup NRS 6. O: SLS 20 sec. P: oefenen.');
    await expect
      .poll(() => panel.page.getByTestId('previous-note').getByRole('status').textContent())
      .toMatch(/^Geen Heupwijzer-metingen gevonden/);
    expect(await panel.page.evaluate(() => chrome.storage.session.get('consult'))).toEqual(before);
    expect(await panel.page.getByTestId('previous-note').locator('h3').textContent()).toBe(
      'Vorige notitie (12-11-2026)',
    );
  });

  it('reads a note dropped on the panel', async () => {
    const panel = current();
    await panel.showView('Advies');
    await panel.page.evaluate(
      (text) => {
        const data = new DataTransfer();
        data.setData('text/plain', text);
        document
          .querySelector('main')
          ?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      INTAKE_NOTE.replace('12-11-2026', '5/11/2026'),
    );
    await panel.page.getByRole('tabpanel', { name: 'Pijn' }).waitFor();
    await expect
      .poll(() => panel.page.getByTestId('previous-note').locator('h3').textContent())
      .toBe('Vorige notitie (5-11-2026)');
  });

  it('"Nieuwe patiënt" forgets the previous note and the measures', async () => {
    const panel = current();
    await readIntake(panel);
    await enterVisit(panel);
    expect(await panel.page.getByLabel('Single-leg stance: seconden tot pijn (0–30)').inputValue()).toBe(
      '18',
    );
    await panel.page.getByRole('button', { name: 'Nieuwe patiënt' }).click();
    expect(await panel.page.getByTestId('previous-note').locator('h3').textContent()).toBe('Vorige notitie');
    expect(await panel.page.getByLabel('Single-leg stance: seconden tot pijn (0–30)').inputValue()).toBe('');
    const stored = await panel.page.evaluate(() => chrome.storage.session.get('consult'));
    expect(JSON.stringify(stored)).not.toMatch(/traplopen|previousNote":\{/);
  });
});

describe('the note survives the EHR and reads back the same', () => {
  let expected: string[];
  const current = panelPerTest();

  /** Reads `text` back into this test's own panel, as at the next visit. */
  async function readBack(text: string): Promise<string[]> {
    const panel = current();
    // The clinician turns to the panel (a tab behind the editor's gets no frames: slow clicks).
    await panel.page.bringToFront();
    await panel.showView('Pijn');
    await readPrevious(panel, text);
    await expect
      .poll(() => panel.page.getByTestId('previous-note').getByRole('status').textContent())
      .toMatch(/^Vorige notitie \(\d/);
    return previousValues(panel);
  }

  // The note of this visit, copied once: every test pastes it from the clipboard.
  beforeAll(async () => {
    const panel = await PanelPage.open(suite.browser);
    await panel.showView('Pijn');
    await readPrevious(panel, INTAKE_NOTE);
    await enterVisit(panel);
    await panel.showView('Notitie');
    await panel.page.getByText('Opties:').click();
    await panel.page.getByRole('radio', { name: 'SOEP' }).check();
    await panel.page.getByRole('button', { name: 'Kopieer notitie' }).click();
    await panel.status().filter({ hasText: 'Gekopieerd' }).waitFor();
    await panel.close();
    expected = [
      'Pijn tijdens belasten 3/10 (intake 12-11-2026: 7/10)',
      'Nachtpijn 6/10 (intake 12-11-2026: 8/10)',
      'Pijn bij traplopen 4/10',
      'PSK traplopen: 5/10 (intake 12-11-2026: 8/10)',
      'Single-leg stance tot pijn 18 s (intake 12-11-2026: 9 s)',
      'Kracht heupabductie 120,5 N',
      'Globaal ervaren effect sinds start behandeling: +2 (−5 tot +5)',
      'Ochtend na belasten: slechter',
    ];
  });

  // Every target of the editor suite (tests/e2e/support/editors.ts), read back through
  // the editor's own model, as the EHR would save it.
  it.each(EDITOR_TARGETS.map((target) => [target.name, target] as const))(
    'from %s',
    async (_name, target) => {
      const page = await openEditor(suite, target.path);
      await target.clear(page);
      await target.focus(page);
      await page.keyboard.press('Control+V');
      await expect.poll(async () => (await target.text(page)).includes('Metingen')).toBe(true);
      expect(await readBack(await target.text(page))).toEqual(expected);
      await page.close();
    },
  );
});

describe.each(['light', 'dark'] as const)('screenshots at 360 px, %s', (colorScheme) => {
  it('the measures and the previous-note box: no sideways scrolling, no axe violations', async () => {
    const panel = await PanelPage.open(suite.browser, 360);
    try {
      await panel.colorScheme(colorScheme);
      await panel.showView('Pijn');
      await readPrevious(panel, INTAKE_NOTE);
      await enterVisit(panel);
      await mkdir(SHOTS, { recursive: true });
      const overflow = await panel.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await panel.page.getByLabel('Single-leg stance: seconden tot pijn (0–30)').fill('31');
      expect(await panel.page.getByText('Geen geldig getal').textContent()).toMatch(/0 tot en met 30/);
      // From the top, as the panel opens: axe's target-size check depends on what the sticky footer covers.
      await panel.page.evaluate(() => window.scrollTo(0, 0));
      expect(await axeViolations(panel)).toEqual([]);
      await panel.page.getByLabel('Single-leg stance: seconden tot pijn (0–30)').fill('18');
      await panel.screenshot(join(SHOTS, `progress-360-${colorScheme}.png`));
    } finally {
      await panel.close();
    }
  });
});
