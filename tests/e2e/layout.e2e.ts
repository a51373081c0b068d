// The panel must read well from 300 to 600 px, light and dark. This suite checks that no
// view the panel registers overflows sideways, and leaves screenshots in test-results/
// to look at.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PanelPage } from '../../dev/panel-page';
import { ROOT } from '../../dev/paths';
import { forEveryView } from './support/every-view';
import { startExtensionSuite } from './support/suite';

const SHOTS = join(ROOT, 'test-results/screenshots');
const suite = startExtensionSuite();

describe.each(['light', 'dark'] as const)('panel in %s mode', (scheme) => {
  // 300 CSS px is a 600 px panel at 200 % zoom.
  it.each([300, 320, 360, 600])('fits %i px without sideways scrolling, in every view', async (width) => {
    await mkdir(SHOTS, { recursive: true });
    const panel = await PanelPage.open(suite.driver, width);
    await panel.colorScheme(scheme);
    await panel.fillConsult({
      painScore: 5,
      review: [],
      given: ['Wat te doen?', 'Niet op de pijnlijke zijde slapen.'],
    });
    const overflow: Record<string, number> = {};
    const views = await forEveryView(panel, async (view) => {
      overflow[view.id] = await panel.horizontalOverflow();
      await panel.screenshot(join(SHOTS, `${view.id}-${width}-${scheme}.png`));
    });
    expect(views.length).toBeGreaterThanOrEqual(5);
    expect(overflow).toEqual(Object.fromEntries(views.map((id) => [id, 0])));
    await panel.close();
  });
});
