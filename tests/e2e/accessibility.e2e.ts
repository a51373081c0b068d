// axe-core on every view the panel registers, on its announcement and on the handout, in
// light and dark mode: no WCAG 2.2 A/AA violation (contrast included), no best-practice
// violation.
import { describe, expect, it } from 'vitest';
import { PanelPage } from '../../dev/panel-page';
import { axeViolations } from './support/axe';
import { forEveryView } from './support/every-view';
import { startExtensionSuite } from './support/suite';

const suite = startExtensionSuite();

describe.each(['light', 'dark'] as const)('in %s mode', (scheme) => {
  it('every panel view, an announcement and the handout have no accessibility violations', async () => {
    const panel = await PanelPage.open(suite.driver);
    await panel.colorScheme(scheme);
    await panel.fillConsult({ riskFactors: ['Hoge BMI'], painScore: 6, review: [], given: ['Anatomie'] });
    const found: Record<string, string[]> = {};

    const views = await forEveryView(panel, async (view) => {
      found[view.id] = await axeViolations(panel);
      if (view.id !== 'note') return;
      // The announcement, over the note view as the clinician left it (options open).
      await panel.copyNote();
      found.announcement = await axeViolations(panel);
    });
    await panel.showView('advice');
    await panel.filter('pijn');
    found['advice, filtered'] = await axeViolations(panel);
    await panel.showView('note');
    const handout = await panel.openHandout();
    await handout.colorScheme(scheme);
    found.handout = await axeViolations(handout);
    await handout.close();
    await panel.close();

    const checked = [...views, 'announcement', 'advice, filtered', 'handout'];
    expect(views).toEqual(expect.arrayContaining(['advice', 'risk-factors', 'pain', 'note', 'settings']));
    expect(found).toEqual(Object.fromEntries(checked.map((name) => [name, []])));
  });
});
