// The Firefox panel at 360 px, light and dark: no view the panel registers scrolls
// sideways, and screenshots in test-results/ to compare with Chromium's.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from '../../dev/driver';
import { launchDriver } from '../../dev/launch-driver';
import { PanelPage } from '../../dev/panel-page';
import { ROOT } from '../../dev/paths';
import { forEveryView } from './support/every-view';

const SHOTS = join(ROOT, 'test-results/screenshots');
const SCHEMES = ['light', 'dark'] as const;
// Firefox takes its colour scheme at launch: one browser per scheme, started side by side.
const drivers = new Map<string, Driver>();

beforeAll(async () => {
  const launched = await Promise.all(
    SCHEMES.map((colorScheme) => launchDriver('firefox', 'production', { colorScheme })),
  );
  SCHEMES.forEach((scheme, i) => {
    const driver = launched[i];
    if (driver) drivers.set(scheme, driver);
  });
});

afterAll(async () => {
  await Promise.all([...drivers.values()].map((driver) => driver.close()));
});

describe.each(SCHEMES)('in %s mode', (scheme) => {
  it('reads at 360 px in every view', async () => {
    const driver = drivers.get(scheme);
    if (!driver) throw new Error(`no Firefox in ${scheme} mode`);
    await driver.resetState({ uiLanguage: 'nl' });
    mkdirSync(SHOTS, { recursive: true });
    const panel = await PanelPage.open(driver);
    expect(await panel.prefersDark()).toBe(scheme === 'dark');
    await panel.fillConsult({ painScore: 5, review: [], given: ['Wat te doen?'] });
    const overflow: Record<string, number> = {};
    const views = await forEveryView(panel, async (view) => {
      overflow[view.id] = await panel.horizontalOverflow();
      await panel.screenshot(join(SHOTS, `firefox-${view.id}-360-${scheme}.png`));
    });
    expect(views.length).toBeGreaterThanOrEqual(5);
    expect(overflow).toEqual(Object.fromEntries(views.map((id) => [id, 0])));
    await panel.close();
  });
});
