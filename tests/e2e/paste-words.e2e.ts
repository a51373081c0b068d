// Paste never glues words: every copyable doc of the panel — each advice section, the
// risk-factor summary, the pain check, the review checklist, the record and the patient
// note — is copied once and pasted into every target of the editor suite. Each editor's
// own model must hold exactly the words of the plain text: no word run into the next
// ("OverbelastingToename van herhalingen"), none lost.
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { glutealTendinopathy } from '../../content/gluteal-tendinopathy';
import { EDITOR_TARGETS, type EditorTarget, wordsOf } from './support/editors';
import { openEditor } from './support/insert-steps';
import { PanelPage } from './support/panel-page';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();
let panel: PanelPage;
let reader: Page;
const pages: Page[] = [];

// The editor pages are loaded once for the file (each paste clears its target first); the
// panel is new for every test.
beforeAll(async () => {
  await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: suite.server.origin,
  });
  const opened = await Promise.all(
    ['editors/plain.html', ...EDITOR_TARGETS.map((target) => target.path)].map((path) =>
      openEditor(suite, path),
    ),
  );
  reader = opened[0] as Page;
  pages.push(...opened.slice(1));
});
beforeEach(async () => {
  panel = await PanelPage.open(suite.browser);
});
afterEach(async () => {
  await panel.close();
});

/** Empties the clipboard, clicks a copy button, waits until the clipboard holds the new text; its plain flavour. */
async function copy(click: () => Promise<unknown>): Promise<string> {
  await panel.page.evaluate(() => navigator.clipboard.writeText(''));
  await click();
  const clipboard = () => reader.evaluate(() => navigator.clipboard.readText());
  await expect.poll(clipboard, { timeout: 5000 }).not.toBe('');
  return clipboard();
}

/** Pastes what is on the clipboard into one target; returns what is wrong, or null. */
async function pasteInto(
  target: EditorTarget,
  page: Page,
  expected: readonly string[],
): Promise<string | null> {
  await target.clear(page);
  await target.focus(page);
  await page.keyboard.press('Control+V');
  await expect.poll(async () => (await target.text(page)).trim().length > 0, { timeout: 5000 }).toBe(true);
  const got = wordsOf(await target.text(page));
  if (JSON.stringify(got) === JSON.stringify(expected)) return null;
  const glued = got.filter((word) => !expected.includes(word)).slice(0, 5);
  return `${target.name}: ${glued.join(' | ') || `${got.length} words, expected ${expected.length}`}`;
}

/** Pastes into every target at once (each has its own page); returns the targets whose words differ. */
async function pasteEverywhere(plain: string): Promise<string[]> {
  const expected = wordsOf(plain);
  const results = await Promise.all(
    EDITOR_TARGETS.map((target, index) => {
      const page = pages[index];
      if (!page) throw new Error(target.name);
      return pasteInto(target, page, expected);
    }),
  );
  return results.filter((result) => result !== null);
}

describe('every copyable doc pastes into every editor with no words run together', () => {
  it.each(glutealTendinopathy.sections.map((section) => section.heading.nl))(
    'advice: %s',
    async (heading) => {
      await panel.showView('Advies');
      const plain = await copy(() => panel.copySection(heading));
      expect(await pasteEverywhere(plain)).toEqual([]);
    },
  );

  it('the risk-factor summary, with an overload sub-item', async () => {
    await panel.showView("Risico's");
    for (const name of ['Hoge BMI', 'Kracht, stabiliteit, uithoudingsvermogen', 'Toename van herhalingen'])
      await panel.page.getByRole('checkbox', { name }).check();
    const plain = await copy(() => panel.page.getByRole('button', { name: 'Kopieer samenvatting' }).click());
    expect(plain).toContain('Overbelasting (toename van herhalingen)');
    expect(await pasteEverywhere(plain)).toEqual([]);
  });

  it('the pain check and the review checklist', async () => {
    await panel.showView('Pijn');
    await panel.choosePainScore(3);
    await panel.page.getByRole('radio', { name: 'Ja' }).check();
    const pain = await copy(() => panel.page.getByRole('button', { name: 'Kopieer pijncheck' }).click());
    expect(pain).toContain('voldoet niet');
    expect(await pasteEverywhere(pain)).toEqual([]);
    await panel.page.getByRole('checkbox', { name: /Oefent u genoeg en consequent/ }).check();
    const review = await copy(() => panel.page.getByRole('button', { name: 'Kopieer checklist' }).click());
    expect(await pasteEverywhere(review)).toEqual([]);
  });

  it('the record note and the patient note, holding the risk factors with overload', async () => {
    await panel.showView('Notitie');
    for (const section of ['Wat te doen?', 'Oorzakelijke factoren', 'Mag ik pijn ervaren bij belasting?'])
      await panel.page.getByRole('checkbox', { name: section }).check();
    const record = await copy(() => panel.page.getByRole('button', { name: 'Kopieer notitie' }).click());
    expect(record).toContain('S (subjectief)');
    expect(await pasteEverywhere(record)).toEqual([]);
    await panel.page.getByText('Opties:').click();
    await panel.page.getByRole('radio', { name: 'Patiënt (volledig)' }).check();
    const patient = await copy(() => panel.page.getByRole('button', { name: 'Kopieer notitie' }).click());
    expect(patient).toContain('Overbelasting: toename van herhalingen; toename van trainingsintensiteit');
    expect(await pasteEverywhere(patient)).toEqual([]);
  });
});
