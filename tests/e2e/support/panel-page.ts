// A page object for the side panel, opened as an extension page at a given width.
import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';

export class PanelPage {
  private constructor(readonly page: Page) {}

  static async open(browser: ExtensionBrowser, width = 360): Promise<PanelPage> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 900 });
    await page.goto(browser.extensionUrl('sidepanel.html'));
    await page.getByRole('tablist').waitFor();
    return new PanelPage(page);
  }

  /**
   * Opens the panel in its own popup window, as a side panel sits beside the page: the
   * EHR page stays the active tab of the normal window, so Insert targets it.
   */
  static async openBeside(browser: ExtensionBrowser): Promise<PanelPage> {
    const worker = browser.context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    const opened = browser.context.waitForEvent('page');
    await worker.evaluate(
      (url) => chrome.windows.create({ url, type: 'popup', width: 380, height: 900 }).then(() => undefined),
      browser.extensionUrl('sidepanel.html'),
    );
    const page = await opened;
    await page.getByRole('tablist').waitFor();
    return new PanelPage(page);
  }

  sectionToggles(): Locator {
    return this.page.locator('section h2 button[aria-expanded]');
  }

  async sectionHeadings(): Promise<string[]> {
    return (await this.sectionToggles().allInnerTexts()).map((text) => text.trim());
  }

  async filter(query: string): Promise<void> {
    await this.page.getByRole('searchbox').fill(query);
  }

  async chooseLanguage(code: 'nl' | 'en'): Promise<void> {
    await this.page.getByRole('button', { name: code, exact: true }).click();
  }

  async copySection(heading: string): Promise<void> {
    await this.page
      .getByRole('button', { name: new RegExp(`^(Kopieer|Copy): ${escapeRegExp(heading)}$`) })
      .click();
    await this.page
      .getByRole('status')
      .filter({ hasText: /Gekopieerd|Copied/ })
      .waitFor();
  }

  async showView(name: string): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
    await this.page.getByRole('tabpanel', { name }).waitFor();
    // Settings say "loading" until the clinic's policy is known (~2 s after browser start).
    await this.page.getByTestId('settings-loading').waitFor({ state: 'detached' });
  }

  /** A full-page screenshot from the top, so the sticky bars sit where a user sees them. */
  async screenshot(path: string): Promise<void> {
    await this.page.evaluate(() => window.scrollTo(0, 0));
    await this.page.screenshot({ path, fullPage: true });
  }

  /** Clicks a score on the 0–10 row, as a pointer user does (the radio itself is visually hidden). */
  async choosePainScore(score: number): Promise<void> {
    await this.page.locator(`label:has(input[name="pain-score"][value="${score}"])`).click();
  }

  /** The pain check's verdict and reason, as read on screen. */
  async verdict(): Promise<string> {
    return ((await this.page.locator('[data-verdict]').textContent()) ?? '').trim();
  }

  status(): Locator {
    return this.page.getByRole('status');
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
