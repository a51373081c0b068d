// The side panel as a clinician uses it: advice, the consult, the note, settings — on
// top of what every view shares (PanelShell: views, announcements, storage). Works in
// Chromium and Firefox through the driver.
import type { ExtensionBrowser } from './chromium';
import { chromiumDriver } from './chromium-driver';
import type { Driver } from './driver';
import type { Name } from './find-control';
import { HandoutPage } from './handout-page';
import { PanelShell } from './panel-shell';

/** A consult as the clinician enters it, in the words on screen. */
export interface Consult {
  readonly riskFactors: readonly Name[];
  readonly painScore: number;
  readonly painIncrease: 'Ja' | 'Nee';
  readonly review: readonly Name[];
  /** Advice sections (and tips) ticked as given in the Note view. */
  readonly given: readonly Name[];
}

export const EXAMPLE_CONSULT: Consult = {
  riskFactors: ['Hoge BMI', 'Toename van herhalingen'],
  painScore: 3,
  painIncrease: 'Nee',
  review: [/Oefent u genoeg en consequent/],
  given: [],
};

const driverOf = (on: Driver | ExtensionBrowser): Driver => ('context' in on ? chromiumDriver(on) : on);

export class PanelPage extends PanelShell {
  static async open(on: Driver | ExtensionBrowser, width = 360): Promise<PanelPage> {
    const driver = driverOf(on);
    return new PanelPage(await driver.openPanel(width), driver);
  }

  /**
   * Opens the panel in its own popup window, as a side panel sits beside the page: the
   * EHR page stays the active tab of the normal window, so Insert targets it.
   */
  static async openBeside(on: Driver | ExtensionBrowser): Promise<PanelPage> {
    const driver = driverOf(on);
    return new PanelPage(await driver.openPanelBeside(), driver);
  }

  // Advice

  sectionHeadings(): Promise<string[]> {
    return this.tab.evaluate(
      () =>
        [...document.querySelectorAll('section h2 button[aria-expanded]')].map(
          (el) => el.textContent?.trim() ?? '',
        ),
      null,
    );
  }

  async filter(query: string): Promise<void> {
    await this.tab.fill('#advice-filter', query);
  }

  async chooseLanguage(code: 'nl' | 'en'): Promise<void> {
    await this.press(code);
  }

  /** Opens or closes an advice section by its heading. */
  async toggleSection(heading: string): Promise<void> {
    await this.press(heading);
  }

  async openSection(heading: string): Promise<void> {
    if (!(await this.isSectionOpen(heading))) await this.press(heading);
  }

  async isSectionOpen(heading: string): Promise<boolean> {
    const toggle = (await this.control('button', heading)).selector;
    return this.tab.evaluate(
      (t) => document.querySelector(t)?.getAttribute('aria-expanded') === 'true',
      toggle,
    );
  }

  /** Copies one advice section; returns what the panel announces. */
  copySection(heading: string): Promise<string> {
    return this.nextAnnouncement(() =>
      this.press(new RegExp(`^(Kopieer|Copy): ${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)),
    );
  }

  // The consult

  /** Enters a consult view by view: risk factors, pain score and answer, review, advice given. */
  async fillConsult(changes: Partial<Consult> = {}): Promise<void> {
    const consult = { ...EXAMPLE_CONSULT, ...changes };
    await this.showView('risk-factors');
    for (const factor of consult.riskFactors) await this.tick(factor);
    await this.showView('pain');
    await this.choosePainScore(consult.painScore);
    await this.choose(consult.painIncrease);
    for (const question of consult.review) await this.tick(question);
    if (consult.given.length === 0) return;
    await this.showView('note');
    for (const advice of consult.given) await this.tick(advice);
  }

  /** Clicks a score on the 0–10 row, as a pointer user does. */
  async choosePainScore(score: number): Promise<void> {
    await this.tab.click(`label:has(input[name="pain-score"][value="${score}"])`);
    await this.tab.waitFor(
      (s) => document.querySelector<HTMLInputElement>('input[name="pain-score"]:checked')?.value === s,
      String(score),
    );
  }

  /** The chosen pain score, or null. */
  painScore(): Promise<number | null> {
    return this.tab.evaluate(() => {
      const value = document.querySelector<HTMLInputElement>('input[name="pain-score"]:checked')?.value;
      return value === undefined ? null : Number(value);
    }, null);
  }

  /** The pain check's verdict and reason, as read on screen. */
  verdict(): Promise<string> {
    return this.tab.evaluate(() => document.querySelector('[data-verdict]')?.textContent?.trim() ?? '', null);
  }

  /** The names of the ticked boxes in the open view. */
  ticked(): Promise<string[]> {
    return this.tab.evaluate(
      () =>
        [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')].map(
          (box) => box.labels?.[0]?.textContent?.trim() ?? box.id,
        ),
      null,
    );
  }

  newPatient(): Promise<void> {
    return this.press('Nieuwe patiënt');
  }

  // The note

  async openNoteOptions(): Promise<void> {
    const open = await this.tab.evaluate(
      () => document.querySelector('main details')?.hasAttribute('open'),
      null,
    );
    if (!open) await this.tab.click('main details > summary');
    await this.tab.waitFor(() => document.querySelector('main details[open]') !== null, null);
  }

  /** The note as previewed: its text, headings, bullets, and the character count shown. */
  notePreview(): Promise<{ text: string; headings: number; bullets: number; characters: number }> {
    return this.tab.evaluate(() => {
      const preview = document.querySelector('[data-testid="note-preview"]');
      const count = document.querySelector('[data-testid="char-count"]')?.textContent ?? '';
      return {
        text: preview?.textContent ?? '',
        headings: preview?.querySelectorAll('h3').length ?? 0,
        bullets: preview?.querySelectorAll('li').length ?? 0,
        characters: Number(count.replace(/\D/g, '')),
      };
    }, null);
  }

  /** Copy in the Note view; returns what the panel announces. */
  copyNote(): Promise<string> {
    return this.nextAnnouncement(() => this.press('Kopieer notitie'));
  }

  /** "Invoegen in pagina"; returns what the panel announces. */
  insertIntoPage(): Promise<string> {
    return this.nextAnnouncement(() => this.press('Invoegen in pagina'));
  }

  /** "Patiëntfolder": the handout, in the tab it opens. */
  async openHandout(): Promise<HandoutPage> {
    const tab = await this.driver.nextTab(() => this.press('Patiëntfolder'));
    const handout = new HandoutPage(tab);
    await handout.waitUntilShown();
    return handout;
  }

  // Settings

  async importSettings(file: { name: string; content: string }): Promise<void> {
    await this.tab.setFile('[data-testid="import-settings"]', file);
  }
}
