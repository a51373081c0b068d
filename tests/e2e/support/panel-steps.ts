// Steps on the panel that work through the cross-browser driver: what a clinician does,
// expressed with the panel's own ids and visible texts.
import type { Tab } from './driver';

// The extension API in an extension page is `browser` in Firefox and `chrome` in
// Chromium; evaluated functions are sent to the page, so each looks it up itself.
type StorageApi = {
  storage: Record<
    string,
    { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> }
  >;
};

/** Clicks the element matching `selector` whose text is `text` (a real click, so it counts as a user gesture). */
export async function clickText(tab: Tab, selector: string, text: string): Promise<void> {
  const found = await tab.evaluate(
    ({ selector, text }) => {
      const target = [...document.querySelectorAll(selector)].find((el) => el.textContent?.trim() === text);
      target?.setAttribute('data-driver-target', '');
      return target !== undefined;
    },
    { selector, text },
  );
  if (!found) throw new Error(`no ${selector} with text "${text}"`);
  await tab.click('[data-driver-target]');
  await tab.evaluate(
    () => document.querySelector('[data-driver-target]')?.removeAttribute('data-driver-target'),
    null,
  );
}

export const headings = (tab: Tab) =>
  tab.evaluate(
    () =>
      [...document.querySelectorAll('section h2 button[aria-expanded]')].map(
        (el) => el.textContent?.trim() ?? '',
      ),
    null,
  );

export async function showView(tab: Tab, label: string): Promise<void> {
  await clickText(tab, '[role="tab"]', label);
  await tab.waitFor(
    (l) => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === l,
    label,
  );
}

export const isChecked = (tab: Tab, id: string) =>
  tab.evaluate((i) => (document.getElementById(i) as HTMLInputElement | null)?.checked ?? false, id);

export const choosePainScore = (tab: Tab, score: number) =>
  tab.click(`label:has(input[name="pain-score"][value="${score}"])`);

export async function announcement(tab: Tab, startsWith: string): Promise<string> {
  await tab.waitFor(
    (s) => (document.querySelector('[role="status"]')?.textContent ?? '').startsWith(s),
    startsWith,
  );
  return tab.evaluate(() => document.querySelector('[role="status"]')?.textContent ?? '', null);
}

export const storageArea = (tab: Tab, area: 'local' | 'sync' | 'session') =>
  tab.evaluate(async (name) => {
    const { browser, chrome } = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
    return (browser ?? chrome)?.storage[name]?.get(null);
  }, area);

export const setStorage = (tab: Tab, area: 'sync' | 'session', items: object) =>
  tab.evaluate(
    async ({ name, values }) => {
      const { browser, chrome } = globalThis as unknown as { browser?: StorageApi; chrome?: StorageApi };
      await (browser ?? chrome)?.storage[name]?.set(values);
    },
    { name: area, values: items },
  );
