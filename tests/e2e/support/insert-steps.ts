// Steps for the insertion stories: a fresh panel beside the EHR page with the note the
// stories insert, press Insert and read the announcement it causes — waiting for that
// new announcement, never for an old one to expire — open an EHR page, read the
// clipboard from a page (extension pages may not).
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { PanelPage } from './panel-page';
import { CHROME_E2E_BUILD } from './paths';
import { type Suite, startExtensionSuite } from './suite';

/** The advice ticked in the Note view for every insertion story: a section and one tip. */
const GIVEN = ['Wat te doen?', 'Niet op de pijnlijke zijde slapen.'];

async function openNotePanel(suite: Suite): Promise<PanelPage> {
  const panel = await PanelPage.openBeside(suite.browser);
  await panel.showView('Notitie');
  for (const name of GIVEN) await panel.page.getByRole('checkbox', { name }).check();
  return panel;
}

/**
 * Before each test a new panel (in its own window, so the EHR page stays the active tab)
 * with the Note view open and the same advice ticked; `note()` is that note's plain text,
 * copied once for the file.
 */
export function notePanelPerTest(suite: Suite): { panel: () => PanelPage; note: () => string } {
  let panel: PanelPage | undefined;
  let note = '';
  beforeAll(async () => {
    const first = await openNotePanel(suite);
    await first.page.getByRole('button', { name: 'Kopieer notitie' }).click();
    note = await readClipboard(suite);
    await first.close();
  });
  beforeEach(async () => {
    panel = await openNotePanel(suite);
  });
  afterEach(async () => {
    await panel?.close();
  });
  return {
    panel: () => {
      if (!panel) throw new Error('no panel outside a test');
      return panel;
    },
    note: () => note,
  };
}

/**
 * The insertion stories' suite: the e2e build (it may script the fixture server without
 * a prompt), a fresh note panel for every test, and `insert()` to press Insert in it.
 */
export function insertionSuite() {
  const suite = startExtensionSuite(CHROME_E2E_BUILD);
  const fresh = notePanelPerTest(suite);
  return { suite, ...fresh, insert: () => pressInsert(fresh.panel()) };
}

/** Clicks "Invoegen in pagina" and returns the announcement that click caused. */
export async function pressInsert(panel: PanelPage): Promise<string> {
  await markAnnouncementsSeen(panel.page);
  await panel.page.getByRole('button', { name: 'Invoegen in pagina' }).click();
  return nextAnnouncement(panel.page);
}

/** Every announcement on screen now is old; the next one is a new element (keyed by its count). */
export async function markAnnouncementsSeen(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const span of document.querySelectorAll('[role="status"] span')) span.setAttribute('data-seen', '');
  });
}

export async function nextAnnouncement(page: Page, timeout = 15_000): Promise<string> {
  const fresh = page.locator('[role="status"] span:not([data-seen])');
  await fresh.waitFor({ timeout });
  return (await fresh.textContent()) ?? '';
}

export async function openEhr(suite: Suite, path: string): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await page.goto(suite.server.url(path));
  await page.bringToFront();
  return page;
}

/** An editor fixture (any page of tests/fixtures/editors), once its script says it is ready. */
export async function openEditor(suite: Suite, path: string): Promise<Page> {
  const page = await openEhr(suite, path);
  await page.waitForFunction(() => (window as unknown as { editorReady?: boolean }).editorReady === true);
  return page;
}

/** The clipboard's plain text, read from a fixture page (extension pages may not read it). */
export async function readClipboard(suite: Suite): Promise<string> {
  await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: suite.server.origin,
  });
  const reader = await suite.browser.context.newPage();
  await reader.goto(suite.server.url('insert/fields.html'));
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await reader.close();
  return text;
}

/** Puts other text on the clipboard, so a test sees whether the note was copied. */
export async function clearClipboard(panel: PanelPage): Promise<void> {
  await panel.page.evaluate(() => navigator.clipboard.writeText('iets anders'));
}
