// A number typed into a setting that does not fit says what is wrong at the field, and
// changes nothing; a stored setting that no longer fits is shown as a problem while the
// valid ones stay.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PanelPage } from '../../dev/panel-page';
import { ROOT } from '../../dev/paths';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();
const SHOTS = join(ROOT, 'test-results/screenshots');
const REFUSED = 'Vul een heel getal van 0 tot en met 10 in. De instelling is niet veranderd.';

it('refuses 11, 2.5 and nothing for the pain threshold, says why, and keeps the old value', async () => {
  const panel = await PanelPage.open(suite.driver);
  await panel.showView('Instellingen');
  for (const typed of ['11', '2.5', '']) {
    await panel.fillIn(/Pijngrens/, typed);
    await expect.poll(() => panel.description(/Pijngrens/)).toContain(REFUSED);
  }
  expect((await panel.storage('sync')).settings).toBeUndefined();
  await mkdir(SHOTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.colorScheme(colorScheme);
    await panel.screenshot(join(SHOTS, `settings-refused-360-${colorScheme}.png`));
  }
  await panel.fillIn(/Pijngrens/, '5');
  await expect.poll(() => panel.description(/Pijngrens/)).not.toContain(REFUSED);
  await expect.poll(async () => (await panel.storage('sync')).settings).toEqual({ painThreshold: 5 });
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
