// The clinician picks what the patient takes home, opens the handout, and prints it or
// saves it as PDF. The PDF reads top-down as a patient needs it: the plain title first, the
// key points before the first section, the chosen sections and no others, the home list,
// the practice's line; a typical choice fits on two A4 pages, the whole leaflet on four.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { glutealTendinopathy } from '../../content/gluteal-tendinopathy';
import { waitInPage } from '../../dev/firefox';
import { HandoutPage } from '../../dev/handout-page';
import { axeViolations } from './support/axe';
import { launchFirefoxWithExtension } from './support/firefox';
import { PanelPage } from './support/panel-page';
import { ROOT } from './support/paths';
import { startExtensionSuite } from './support/suite';

/** Stated in README (handout section): pages for a typical choice and for the whole leaflet. */
const MAX_PAGES_TYPICAL = 2;
const MAX_PAGES_FULL = 4;

const suite = startExtensionSuite();
const SHOTS = join(ROOT, 'test-results/screenshots');
const headings = (language: 'nl' | 'en') => glutealTendinopathy.sections.map((s) => s.heading[language]);
/** A practical tip's words, from the content (the wording may be refined there). */
const tip = (id: string) => {
  const items = glutealTendinopathy.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.kind === 'list' ? b.items : []));
  const text = items.find((item) => item.id === id)?.text.nl;
  if (!text) throw new Error(`no tip ${id}`);
  return text;
};

function pdfFile(pdf: Buffer): string {
  const file = join(mkdtempSync(join(tmpdir(), 'handout-')), 'handout.pdf');
  writeFileSync(file, pdf);
  return file;
}
/** The PDF's text in reading order (figure captions in columns stay whole), one line per line. */
const pdfLines = (file: string) =>
  execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const pdfPages = (file: string) =>
  Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);

interface Choice {
  readonly sections: readonly string[];
  readonly tips?: readonly string[];
  readonly english?: boolean;
}

async function openHandout(choice: Choice): Promise<{ panel: PanelPage; handout: Page; page: HandoutPage }> {
  const panel = await PanelPage.open(suite.browser);
  await panel.showView('Notitie');
  for (const name of [...choice.sections, ...(choice.tips ?? [])]) {
    await panel.page.getByRole('checkbox', { name, exact: true }).check();
  }
  if (choice.english) {
    await panel.page.getByText('Opties:').click();
    await panel.page.getByRole('radio', { name: 'Engels' }).check();
  }
  const tab = await suite.driver.nextTab(() =>
    panel.page.getByRole('button', { name: 'Patiëntfolder' }).click(),
  );
  const handout = tab.playwright;
  if (!handout) throw new Error('the handout tab is not a Chromium page');
  await handout.getByRole('heading', { level: 1 }).waitFor();
  // Every drawing has arrived before anything is measured or printed.
  await handout.waitForFunction(() =>
    [...document.images].every((img) => img.complete && img.naturalWidth > 0),
  );
  return { panel, handout, page: new HandoutPage(tab) };
}

interface Printed {
  /** All text with runs of white space as one space. */
  readonly text: string;
  readonly lines: readonly string[];
  readonly pages: number;
}

async function printed(handout: Page, name: string): Promise<Printed> {
  mkdirSync(SHOTS, { recursive: true });
  const pdf = await handout.pdf({ preferCSSPageSize: true, printBackground: true });
  writeFileSync(join(SHOTS, `${name}.pdf`), pdf);
  const file = pdfFile(pdf);
  const lines = pdfLines(file);
  return { text: lines.join(' '), lines, pages: pdfPages(file) };
}

const typical = {
  sections: ['Wat te doen?', 'Mag ik pijn ervaren bij belasting?', 'Belasten is als medicatie'],
  tips: [tip('not-on-painful-side'), tip('no-crossed-legs')],
};

describe('the printed handout', () => {
  it('a typical choice: plain title first, key points, chosen sections only, home list, practice line, footer; ≤ 2 pages', async () => {
    const setup = await PanelPage.open(suite.browser);
    await setup.showView('Instellingen');
    await setup.page.getByLabel('Naam van de praktijk').fill('Fysio De Heup');
    await setup.page.getByLabel('Naam van de praktijk').press('Tab');
    const contact = setup.page.getByLabel(/bel ons als…’-regel op de patiëntfolder/);
    await contact.fill('Vragen? Bel ons op 010 123 45 67.');
    await contact.press('Tab');
    await expect
      .poll(() => setup.page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings))
      .toMatchObject({ practiceContact: 'Vragen? Bel ons op 010 123 45 67.' });
    await setup.page.close();

    const { panel, handout } = await openHandout(typical);
    expect(new URL(handout.url()).pathname).toBe('/handout.html');
    const { text, lines, pages } = await printed(handout, 'handout-typical-nl');

    expect(lines[0]).toBe('Pijn aan de zijkant van de heup');
    expect(lines[1]).toBe('(gluteale tendinopathie)');
    const line = (heading: string) => lines.indexOf(heading);
    expect(line('Belangrijkste punten')).toBe(2);
    for (const heading of typical.sections) {
      expect(line(heading), heading).toBeGreaterThan(line('Belangrijkste punten') + 3);
    }
    for (const other of headings('nl').filter((h) => !typical.sections.includes(h))) {
      expect(text, other).not.toContain(other);
    }
    // The key points come from what was chosen: the pain rule with the threshold, loading as medication.
    expect(text).toContain('tot en met 4 op een schaal van 0 tot 10');
    expect(text).toMatch(/Belasten is als medicatie: te weinig werkt niet/);
    // Only the chosen tips, each once in its section and once on the home list.
    expect(text.split(tip('not-on-painful-side')).length - 1).toBe(2);
    expect(text).not.toContain(tip('no-deep-chair'));
    expect(line('Dit ga ik doen')).toBeGreaterThan(line('Belasten is als medicatie'));
    // The practice's own line, after the home list.
    expect(line('Vragen? Bel ons op 010 123 45 67.')).toBeGreaterThan(line('Dit ga ik doen'));
    // The pain picture: the scale and its condition in words.
    expect(text).toMatch(/0 1 2 3 4 5 6 7 8 9 .*\b10\b/);
    expect(text).toContain('0 tot en met 4: deze pijn mag');
    expect(text).toContain('Voorwaarde: de pijn en stijfheid nemen niet toe in de loop van de tijd.');
    // Footer on every page: practice, date, page n / N; the print button does not print.
    expect(text.match(/Fysio De Heup — \d{1,2} \w+ \d{4}/g)?.length).toBe(pages);
    expect(text).toMatch(new RegExp(`1 ?/ ?${pages}`));
    expect(text).not.toContain('Afdrukken / opslaan als PDF');
    expect(pages).toBeLessThanOrEqual(MAX_PAGES_TYPICAL);
    await handout.close();
    await panel.page.close();
  });

  it('the whole leaflet in English: every section, in order, within four pages', async () => {
    const { panel, handout } = await openHandout({ sections: headings('nl'), english: true });
    const { text, lines, pages } = await printed(handout, 'handout-full-en');
    expect(lines[0]).toBe('Pain on the side of the hip');
    expect(lines[1]).toBe('(gluteal tendinopathy)');
    expect(lines[2]).toBe('Key points');
    const positions = headings('en').map((heading) => lines.indexOf(heading));
    expect(positions.every((p) => p > 2)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('What I am going to do');
    expect(text).not.toContain('Wat te doen?');
    expect(pages).toBeLessThanOrEqual(MAX_PAGES_FULL);
    await handout.close();
    await panel.page.close();
  });

  it('tips given without their section stand under their own heading, with their drawings', async () => {
    const { panel, handout } = await openHandout({ sections: ['Anatomie'], tips: typical.tips });
    const { text } = await printed(handout, 'handout-tips-alone-nl');
    expect(text).toContain('Praktische tips');
    expect(text).toContain(tip('no-crossed-legs'));
    expect(text).not.toContain('Wat te doen?');
    expect(
      await handout.getByRole('img', { name: /^Niet doen: zitten met de benen over elkaar/ }).count(),
    ).toBe(1);
    await handout.close();
    await panel.page.close();
  });
});

describe('the handout on screen', () => {
  it('has no accessibility violations in light and dark, nl and en; screenshots for looking', async () => {
    const found: Record<string, string[]> = {};
    await suite.browser.inExtension((settings) => chrome.storage.sync.set({ settings }), {
      practiceName: 'Fysio De Heup',
      practiceContact: 'Vragen? Bel ons op 010 123 45 67.',
    });
    for (const english of [false, true]) {
      const { panel, handout, page } = await openHandout({ ...typical, english });
      await handout.setViewportSize({ width: 800, height: 1100 });
      const language = english ? 'en' : 'nl';
      // Every drawing carries alt text in the handout's language.
      const alts = await handout
        .locator('img')
        .evaluateAll((imgs) => imgs.map((img) => img.getAttribute('alt')));
      expect(alts.length).toBe(5);
      expect(alts.every((alt) => alt && alt.length > 10)).toBe(true);
      expect(alts.some((alt) => alt?.startsWith(english ? 'Do not' : 'Niet doen'))).toBe(true);
      // The typical choice fits two pages in either language (English runs longer).
      expect((await printed(handout, `handout-typical-${language}-print`)).pages).toBeLessThanOrEqual(
        MAX_PAGES_TYPICAL,
      );
      for (const colorScheme of ['light', 'dark'] as const) {
        await handout.emulateMedia({ media: 'screen', colorScheme });
        found[`${language}-${colorScheme}`] = await axeViolations(page);
        await handout.screenshot({
          path: join(SHOTS, `handout-${language}-${colorScheme}.png`),
          fullPage: true,
        });
        await handout.emulateMedia({ media: 'print', colorScheme });
        await handout.screenshot({
          path: join(SHOTS, `handout-${language}-${colorScheme}-print.png`),
          fullPage: true,
        });
      }
      await handout.close();
      await panel.page.close();
    }
    expect(found).toEqual({ 'nl-light': [], 'nl-dark': [], 'en-light': [], 'en-dark': [] });
  });
});

describe('the drawings in the Advice view', () => {
  it('appear under "Wat te doen?" with alt text, loaded only once it is opened', async () => {
    const panel = await PanelPage.open(suite.browser);
    const fetched: string[] = [];
    panel.page.on('request', (request) => {
      if (request.url().endsWith('.svg')) fetched.push(request.url());
    });
    // Closed sections: neither the drawings nor their words are loaded yet.
    await panel.page.getByRole('button', { name: 'Belasten is als medicatie', exact: true }).click();
    await panel.page.getByText('Te weinig is ineffectief', { exact: false }).waitFor();
    expect(await panel.page.locator('img').count()).toBe(0);
    expect(fetched).toEqual([]);
    await panel.page.getByRole('button', { name: 'Wat te doen?', exact: true }).click();
    const drawings = panel.page.getByRole('region', { name: 'Wat te doen?' }).getByRole('img');
    await expect.poll(() => drawings.count()).toBe(8);
    await panel.page.waitForFunction(() =>
      [...document.images].filter((img) => img.checkVisibility()).every((img) => img.naturalWidth > 0),
    );
    expect(fetched).toHaveLength(8);
    expect(await drawings.first().getAttribute('alt')).toMatch(/^De heup beweegt naar binnen/);
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.page.emulateMedia({ colorScheme });
      await panel.screenshot(join(SHOTS, `advice-drawings-360-${colorScheme}.png`));
    }
    await panel.page.close();
  });
});

describe('the handout printed from Firefox', () => {
  it('has the plain title first and, without margin boxes, the practice line at its end', async () => {
    const firefox = await launchFirefoxWithExtension();
    try {
      const panel = await firefox.openPanel();
      await panel.evaluate(() => browser.storage.sync.set({ settings: { practiceName: 'Fysio De Heup' } }));
      await panel.click('#tab-note');
      // The Note view shows its boxes once the session is read (ms after the click).
      await waitInPage(panel, () => document.querySelector('#given-what-to-do') !== null, undefined);
      for (const id of ['given-what-to-do', 'given-pain-during-loading', 'tip-no-crossed-legs']) {
        await panel.$eval(`#${id}`, (box) => (box as HTMLInputElement).click());
        await panel.waitForFunction(
          (box) => document.querySelector<HTMLInputElement>(box)?.checked,
          {},
          `#${id}`,
        );
      }
      const origin = await panel.evaluate(() => location.origin);
      const handout = await firefox.browser.newPage();
      void handout.goto(`${origin}/handout.html`).catch(() => undefined);
      // waitInPage: BiDi's script.evaluate can fail while the page swaps from about:blank.
      await waitInPage(
        handout,
        () =>
          location.protocol === 'moz-extension:' &&
          document.querySelector('h1') !== null &&
          [...document.images].every((img) => img.complete && img.naturalWidth > 0),
        undefined,
      );
      const pdf = Buffer.from(await handout.pdf({ preferCSSPageSize: true }));
      writeFileSync(join(SHOTS, 'handout-firefox-nl.pdf'), pdf);
      const lines = pdfLines(pdfFile(pdf));
      expect(lines.slice(0, 3)).toEqual([
        'Pijn aan de zijkant van de heup',
        '(gluteale tendinopathie)',
        'Belangrijkste punten',
      ]);
      expect(lines).toContain('Mag ik pijn ervaren bij belasting?');
      expect(lines.at(-1)).toMatch(/^Fysio De Heup — \d{1,2} \w+ \d{4}$/);
      expect(lines).not.toContain('Afdrukken / opslaan als PDF');
    } finally {
      await firefox.close();
    }
  });
});
