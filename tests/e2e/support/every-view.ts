// Visits every view the panel registers — read from its tab list, so a new view is
// checked without touching the tests — each with its content unfolded.
import type { PanelPage } from '../../../dev/panel-page';

/** What to unfold in a view so its text, lists and options are on screen. */
const UNFOLD: Record<string, (panel: PanelPage) => Promise<void>> = {
  advice: async (panel) => {
    await panel.openSection('Wat te doen?');
    await panel.openSection('Oorzakelijke factoren');
  },
  note: (panel) => panel.openNoteOptions(),
};

export async function forEveryView(
  panel: PanelPage,
  visit: (view: { id: string; label: string }) => Promise<void>,
): Promise<string[]> {
  const views = await panel.views();
  for (const view of views) {
    await panel.showView(view.id);
    await UNFOLD[view.id]?.(panel);
    await visit(view);
  }
  return views.map((view) => view.id);
}
