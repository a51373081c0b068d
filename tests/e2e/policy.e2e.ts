// IT sets clinic-wide policy through Chromium's managed policy folder: a locked value is
// shown as locked and used, a default can still be changed — also in a panel opened right
// after the browser starts, when policy arrives seconds after the first paint. The policy
// names a copy of the e2e build with an id of its own, so the suite's other browsers,
// started meanwhile, read none of it.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/chromium';
import { chromiumBuildWithOwnId, removeCopy } from './support/own-id-build';
import { PanelPage } from './support/panel-page';
import { CHROME_E2E_BUILD, CHROMIUM_POLICY_DIR } from './support/paths';

const POLICY_FILE = join(CHROMIUM_POLICY_DIR, 'heupwijzer-e2e-test.json');
const build = chromiumBuildWithOwnId(CHROME_E2E_BUILD);
let browser: ExtensionBrowser;

beforeAll(async () => {
  try {
    mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({
        '3rdparty': {
          extensions: {
            [build.id]: { locked: { painThreshold: 5 }, defaults: { practiceName: 'Fysio Beleid' } },
          },
        },
      }),
    );
  } catch (error) {
    throw new Error(`Writing ${POLICY_FILE} needs root (CI runs as root): ${error}`);
  }
  browser = await launchWithExtension(build.dir);
  expect(browser.extensionId).toBe(build.id);
});

afterAll(async () => {
  await browser?.close();
  rmSync(POLICY_FILE, { force: true });
  removeCopy(build.dir);
});

it('shows a locked setting as locked, uses it, and lets defaults be changed', async () => {
  const panel = await PanelPage.open(browser);
  await panel.showView('Instellingen');
  const threshold = panel.page.getByLabel(/Pijngrens/);
  await expect.poll(() => threshold.inputValue()).toBe('5');
  expect(await threshold.locator('option:checked').textContent()).toBe('5/10 — pijnmonitoringsmodel');
  expect(await threshold.isDisabled()).toBe(true);
  expect(await panel.page.locator('[data-setting="painThreshold"]').textContent()).toContain(
    'Vastgezet door de praktijk',
  );
  const name = panel.page.getByLabel('Naam van de praktijk');
  expect(await name.inputValue()).toBe('Fysio Beleid');
  expect(await name.isDisabled()).toBe(false);

  await panel.showView('Pijn');
  expect(await panel.page.getByText(/tot en met 5 op een schaal/).isVisible()).toBe(true);
  await panel.page.close();
});

/** Records, on every frame and DOM change, what the panel shows (runs before the panel's own code). */
function recordFrames() {
  type Sample = {
    at: number;
    tabs: boolean;
    loading: boolean;
    threshold: { value: string; disabled: boolean } | null;
  };
  const samples: Sample[] = [];
  (window as unknown as { samples: Sample[] }).samples = samples;
  const sample = () => {
    const input = document.getElementById('setting-pain-threshold') as HTMLInputElement | null;
    samples.push({
      at: performance.now(),
      tabs: document.querySelector('[role="tablist"]') !== null,
      loading: document.querySelector('[data-testid="settings-loading"]') !== null,
      threshold: input && { value: input.value, disabled: input.disabled },
    });
  };
  const frame = () => {
    sample();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  document.addEventListener('DOMContentLoaded', () =>
    new MutationObserver(sample).observe(document, { subtree: true, childList: true, attributes: true }),
  );
}

it('right after browser start, shows the panel at once and never lets the locked value be edited', async () => {
  const fresh = await launchWithExtension(build.dir);
  try {
    const worker = fresh.context.serviceWorkers()[0];
    if (!worker) throw new Error('no service worker');
    // The panel opens on Settings, where the locked threshold would be editable.
    await worker.evaluate(() => chrome.storage.session.set({ panel: { view: 'settings', language: 'nl' } }));
    await fresh.context.addInitScript(recordFrames);
    const panel = await PanelPage.open(fresh);
    const threshold = panel.page.getByLabel(/Pijngrens/);
    await expect.poll(() => threshold.inputValue(), { timeout: 15_000 }).toBe('5');
    expect(await threshold.isDisabled()).toBe(true);

    type Sample = { tabs: boolean; loading: boolean; threshold: { value: string; disabled: boolean } | null };
    const samples = await panel.page.evaluate(() => (window as unknown as { samples: Sample[] }).samples);
    const editable = samples.filter(
      (s) => s.threshold && (!s.threshold.disabled || s.threshold.value !== '5'),
    );
    expect(editable).toEqual([]);
    // The panel was up (tabs, "loading" settings) before policy arrived: it did not wait for it.
    expect(samples.some((s) => s.tabs && s.loading)).toBe(true);
    await panel.page.close();
  } finally {
    await fresh.close();
  }
});
