// A number typed into a setting that does not fit says what is wrong at the field, and
// changes nothing; a stored setting that no longer fits is shown as a problem while the
// valid ones stay.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PanelPage } from './support/panel-page';
import { ROOT } from './support/paths';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();
const SHOTS = join(ROOT, 'test-results/screenshots');

it('refuses 11, 2.5 and nothing for the pain threshold, says why, and keeps the old value', async () => {
  const panel = await PanelPage.open(suite.browser);
  await panel.showView('Instellingen');
  const threshold = panel.page.getByLabel(/Pijngrens/);
  const error = panel.page.locator('#setting-pain-threshold-error');
  for (const typed of ['11', '2.5', '']) {
    await threshold.fill(typed);
    await threshold.press('Tab');
    await error.waitFor();
    expect(await error.textContent()).toBe(
      'Vul een heel getal van 0 tot en met 10 in. De instelling is niet veranderd.',
    );
  }
  expect(
    await panel.page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings),
  ).toBeUndefined();
  await mkdir(SHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.page.emulateMedia({ colorScheme });
    await panel.screenshot(join(SHOTS, `settings-refused-360-${colorScheme}.png`));
  }
  await threshold.fill('5');
  await threshold.press('Tab');
  await error.waitFor({ state: 'detached' });
  await expect
    .poll(() => panel.page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings))
    .toEqual({ painThreshold: 5 });
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
