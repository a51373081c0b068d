// What every view of the side panel shares: the tab list of views, the live region
// that announces what happened, the extension's storage as the panel sees it, and how
// the page looks (screenshot, sideways overflow). PanelPage adds the views' own steps.
import type { Locator, Page } from 'playwright-core';
import type { Driver, Tab } from './driver';
import { PageObject } from './page-object';

type ExtensionApi = typeof chrome;

/** The panel's own announcements: the live region outside the open view. */
const ANNOUNCEMENT = '[role="status"]:not(main [role="status"])';

export class PanelShell extends PageObject {
  constructor(
    tab: Tab,
    readonly driver: Driver,
  ) {
    super(tab);
  }

  /** Chromium only: Playwright's page, for checks that have no step here yet. */
  get page(): Page {
    if (!this.tab.playwright) throw new Error('panel.page is Playwright (Chromium) only');
    return this.tab.playwright;
  }

  // Views

  /** The views the panel registers, in tab order: their ids and labels. */
  views(): Promise<{ id: string; label: string }[]> {
    return this.tab.evaluate(
      () =>
        [...document.querySelectorAll('[role="tab"]')].map((tab) => ({
          id: tab.id.replace(/^tab-/, ''),
          label: tab.textContent?.trim() ?? '',
        })),
      null,
    );
  }

  /** Opens a view by its label ("Pijn") or its id ("pain"). */
  async showView(view: string): Promise<void> {
    const tabId = (name: string) =>
      [...document.querySelectorAll('[role="tab"]')].find(
        (tab) => tab.id === `tab-${name}` || tab.textContent?.trim() === name,
      )?.id ?? '';
    let id = await this.tab.evaluate(tabId, view);
    if (!id) {
      await this.tab.waitFor(
        (name) =>
          [...document.querySelectorAll('[role="tab"]')].some(
            (tab) => tab.id === `tab-${name}` || tab.textContent?.trim() === name,
          ),
        view,
      );
      id = await this.tab.evaluate(tabId, view);
    }
    await this.tab.click(`#${id}`);
    // A view's code (and a consult view's models) load on first use: wait until it shows.
    // Settings say "loading" until the clinic's policy is known (~2 s after browser start).
    await this.tab.waitFor(
      (i) =>
        (document.querySelector(`[role="tabpanel"][aria-labelledby="${i}"]`)?.childElementCount ?? 0) > 0 &&
        document.querySelector('[data-testid="settings-loading"]') === null,
      id,
    );
  }

  /** Waits until the open view has rendered (its code loads on first use: keyboard users wait too). */
  async viewRendered(): Promise<void> {
    await this.tab.waitFor(
      () => (document.querySelector('[role="tabpanel"]')?.childElementCount ?? 0) > 0,
      null,
    );
  }

  /** The label of the open view. */
  selectedView(): Promise<string> {
    return this.tab.evaluate(
      () => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent?.trim() ?? '',
      null,
    );
  }

  /** The panel's width in CSS pixels (a side panel is as wide as the user drags it). */
  async resize(width: number): Promise<void> {
    await this.tab.setViewport(width);
  }

  /** Pixels the page would scroll sideways (0 when it fits). */
  horizontalOverflow(): Promise<number> {
    return this.tab.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      null,
    );
  }

  /** The consult footer's buttons that something else lies over (their labels): none, we hope. */
  coveredFooterButtons(): Promise<string[]> {
    return this.tab.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('[data-consult-footer] button')]
          .filter((button) => {
            const box = button.getBoundingClientRect();
            const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
            return !button.contains(hit);
          })
          .map((button) => button.textContent?.trim() ?? ''),
      null,
    );
  }

  /** The words the consult footer shows above its buttons (the last announcement), if any. */
  footerMessage(): Promise<string | null> {
    return this.tab.evaluate(
      () => document.querySelector('[data-consult-footer] > p[aria-hidden]')?.textContent ?? null,
      null,
    );
  }

  /** A full-page screenshot from the top, so the sticky bars sit where a user sees them. */
  async screenshot(path: string): Promise<void> {
    await this.tab.evaluate(() => window.scrollTo(0, 0), null);
    await this.tab.screenshot(path);
  }

  // What the panel says, and what it keeps

  /**
   * Runs `action` and returns the announcement it causes — the next one, never one that
   * was already shown (each announcement is a new element in the live region).
   */
  async nextAnnouncement(action: () => Promise<unknown>): Promise<string> {
    await this.tab.evaluate(
      (region) => document.querySelector(`${region} > span`)?.setAttribute('data-e2e-seen', ''),
      ANNOUNCEMENT,
    );
    await action();
    const fresh = `${ANNOUNCEMENT} > span:not([data-e2e-seen])`;
    try {
      await this.tab.waitFor((s) => (document.querySelector(s)?.textContent ?? '') !== '', fresh);
    } catch (error) {
      const last = await this.announcement().catch(() => '');
      throw new Error(`the panel announced nothing new (on screen: "${last}")`, { cause: error });
    }
    return this.tab.evaluate((s) => document.querySelector(s)?.textContent ?? '', fresh);
  }

  /** The announcement on screen now ('' when none). */
  announcement(): Promise<string> {
    return this.tab.evaluate((region) => document.querySelector(region)?.textContent ?? '', ANNOUNCEMENT);
  }

  /** Everything in one storage area of the extension, read from the panel. */
  storage(area: 'local' | 'sync' | 'session'): Promise<Record<string, unknown>> {
    return this.tab.evaluate(async (name) => {
      const { browser, chrome } = globalThis as unknown as Record<string, ExtensionApi | undefined>;
      return ((await (browser ?? chrome)?.storage[name].get(null)) ?? {}) as Record<string, unknown>;
    }, area);
  }

  /** Chromium only (older specs): the live region as a Playwright locator. */
  status(): Locator {
    return this.page.locator(ANNOUNCEMENT);
  }
}
