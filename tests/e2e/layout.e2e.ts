// The panel must read well from 300 to 600 px, light and dark. This suite checks that no
// view the panel registers overflows sideways at any of those widths, and leaves
// screenshots at 360 px (the width we read it at) in test-results/ to look at.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PanelPage } from '../../dev/panel-page';
import { ROOT } from '../../dev/paths';
import { forEveryView } from './support/every-view';
import { startExtensionSuite } from './support/suite';

const SHOTS = join(ROOT, 'test-results/screenshots');
// 300 CSS px is a 600 px panel at 200 % zoom.
const WIDTHS = [300, 320, 360, 600];
// A full-page screenshot costs more than the rest of a width's check: one width is looked at.
const LOOKED_AT = 360;
const suite = startExtensionSuite();

describe.each(['light', 'dark'] as const)('panel in %s mode', (scheme) => {
  it(`fits ${WIDTHS.join(', ')} px without sideways scrolling, in every view`, async () => {
    await mkdir(SHOTS, { recursive: true });
    const panel = await PanelPage.open(suite.driver);
    await panel.colorScheme(scheme);
    await panel.fillConsult({
      painScore: 5,
      review: [],
      given: ['Wat te doen?', 'Niet op de pijnlijke zijde slapen.'],
    });
    // One consult, looked at in every view at every width: "view@width" → sideways pixels.
    const overflow: Record<string, number> = {};
    const views = await forEveryView(panel, async (view) => {
      for (const width of WIDTHS) {
        await panel.resize(width);
        overflow[`${view.id}@${width}`] = await panel.horizontalOverflow();
        if (width === LOOKED_AT) await panel.screenshot(join(SHOTS, `${view.id}-${width}-${scheme}.png`));
      }
    });
    expect(views.length).toBeGreaterThanOrEqual(5);
    expect(overflow).toEqual(
      Object.fromEntries(views.flatMap((id) => WIDTHS.map((width) => [`${id}@${width}`, 0]))),
    );
    await panel.close();
  });
});
