// IT sets clinic-wide policy through Chromium's managed policy folder: a locked value is
// shown as locked and used, a default can still be changed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type ExtensionBrowser, launchWithExtension } from './support/chromium';
import { PanelPage } from './support/panel-page';
import { CHROME_E2E_BUILD, CHROMIUM_POLICY_DIR, E2E_EXTENSION_ID } from './support/paths';

const POLICY_FILE = join(CHROMIUM_POLICY_DIR, 'heupwijzer-e2e-test.json');
let browser: ExtensionBrowser;

beforeAll(async () => {
  try {
    mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({
        '3rdparty': {
          extensions: {
            [E2E_EXTENSION_ID]: { locked: { painThreshold: 5 }, defaults: { practiceName: 'Fysio Beleid' } },
          },
        },
      }),
    );
  } catch (error) {
    throw new Error(`Writing ${POLICY_FILE} needs root (CI runs as root): ${error}`);
  }
  browser = await launchWithExtension(CHROME_E2E_BUILD);
  expect(browser.extensionId).toBe(E2E_EXTENSION_ID);
});

afterAll(async () => {
  await browser?.close();
  rmSync(POLICY_FILE, { force: true });
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
