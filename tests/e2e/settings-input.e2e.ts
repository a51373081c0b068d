// The pain threshold offers only the values the schema allows (4 or 5); a stored setting
// that no longer fits is shown as a problem while the valid ones stay.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PanelPage } from './support/panel-page';
import { ROOT } from './support/paths';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();
const SHOTS = join(ROOT, 'test-results/screenshots');

it("offers only the leaflet's 4 and the pain-monitoring model's 5 as the threshold, and saves a choice", async () => {
  const panel = await PanelPage.open(suite.browser);
  await panel.showView('Instellingen');
  const threshold = panel.page.getByLabel(/Pijngrens/);
  expect(
    await threshold
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
  ).toEqual(['4', '5']);
  expect(await threshold.getAttribute('aria-describedby')).toBe('setting-pain-threshold-hint');
  await mkdir(SHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.page.emulateMedia({ colorScheme });
    await panel.screenshot(join(SHOTS, `settings-threshold-360-${colorScheme}.png`));
  }
  await threshold.selectOption('5');
  await expect
    .poll(() => panel.page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings))
    .toEqual({ painThreshold: 5 });
  expect(await panel.page.locator('#setting-pain-threshold-error').count()).toBe(0);
  await panel.page.close();
});

it('keeps the valid stored settings when one is invalid, and shows the invalid one', async () => {
  const panel = await PanelPage.open(suite.browser);
  await panel.page.evaluate(() =>
    chrome.storage.sync.set({ settings: { practiceName: 'Fysio Geldig', painThreshold: 'vier' } }),
  );
  await panel.page.reload();
  await panel.showView('Instellingen');
  expect(await panel.page.getByLabel('Naam van de praktijk').inputValue()).toBe('Fysio Geldig');
  expect(await panel.page.getByTestId('stored-problems').textContent()).toContain('painThreshold');
  await panel.page.close();
});
