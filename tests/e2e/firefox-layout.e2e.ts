// The Firefox panel at 360 px, light and dark: no view the panel registers scrolls
// sideways, and screenshots in test-results/ to compare with Chromium's.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PanelPage } from '../../dev/panel-page';
import { ROOT } from '../../dev/paths';
import { forEveryView } from './support/every-view';
import { startBrowserSuite } from './support/suite';

const SHOTS = join(ROOT, 'test-results/screenshots');

// Firefox takes its colour scheme at launch: one browser per scheme.
describe.each(['light', 'dark'] as const)('in %s mode', (colorScheme) => {
  const suite = startBrowserSuite('firefox', 'production', { colorScheme, settings: { uiLanguage: 'nl' } });

  it('reads at 360 px in every view', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const panel = await PanelPage.open(suite.driver);
    expect(await panel.prefersDark()).toBe(colorScheme === 'dark');
    await panel.fillConsult({ painScore: 5, review: [], given: ['Wat te doen?'] });
    const overflow: Record<string, number> = {};
    const views = await forEveryView(panel, async (view) => {
      overflow[view.id] = await panel.horizontalOverflow();
      await panel.screenshot(join(SHOTS, `firefox-${view.id}-360-${colorScheme}.png`));
    });
    expect(views.length).toBeGreaterThanOrEqual(5);
    expect(overflow).toEqual(Object.fromEntries(views.map((id) => [id, 0])));
    await panel.close();
  });
});
