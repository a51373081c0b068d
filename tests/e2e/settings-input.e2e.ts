// The pain threshold offers only the values the schema allows (4 or 5); a stored setting
// that no longer fits is shown as a problem while the valid ones stay.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PanelPage } from '../../dev/panel-page';
import { ROOT } from '../../dev/paths';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();
const SHOTS = join(ROOT, 'test-results/screenshots');

it("offers only the leaflet's 4 and the pain-monitoring model's 5 as the threshold, and saves a choice", async () => {
  const panel = await PanelPage.open(suite.driver);
  await panel.showView('Instellingen');
  expect((await panel.choices(/Pijngrens/)).map((choice) => choice.value)).toEqual(['4', '5']);
  // Only the hint describes the field: no error.
  expect(await panel.description(/Pijngrens/)).toHaveLength(1);
  await mkdir(SHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.colorScheme(colorScheme);
    await panel.screenshot(join(SHOTS, `settings-threshold-360-${colorScheme}.png`));
  }
  await panel.select(/Pijngrens/, '5');
  await expect.poll(async () => (await panel.storage('sync')).settings).toEqual({ painThreshold: 5 });
  expect(await panel.description(/Pijngrens/)).toHaveLength(1);
  await panel.close();
});

it('keeps the valid stored settings when one is invalid, and shows the invalid one', async () => {
  await suite.driver.resetState({ practiceName: 'Fysio Geldig', painThreshold: 'vier' });
  const panel = await PanelPage.open(suite.driver);
  await panel.showView('Instellingen');
  expect(await panel.valueOf('Naam van de praktijk')).toBe('Fysio Geldig');
  expect(await panel.testIdText('stored-problems')).toContain('painThreshold');
  await panel.close();
});
