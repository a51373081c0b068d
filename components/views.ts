// The panel's views, in tab order. Adding a view is one line here: `load` it, so it
// becomes its own chunk, fetched the first time it is shown (or its tab is pointed at).
// Only the first view is bundled with the panel: it is prerendered into sidepanel.html
// and hydrated at once (tests/unit/views.test.ts keeps every other view lazy).
import type { ComponentType } from 'preact';
import type { MessageKey } from '../utils/browser/i18n';
import { AdviceView } from './advice/AdviceView';

export type PanelView = {
  readonly id: string;
  readonly label: MessageKey;
  /** Shown as an icon, with the label for screen readers only (keeps the bar narrow). */
  readonly iconOnly?: boolean;
  /**
   * Shows none of the consult: shown at once. Others wait until the consult's code is
   * loaded and the session's consult read (utils/panel/models.ts `loadConsult`).
   */
  readonly beforeSession?: boolean;
} & ({ readonly component: ComponentType } | { readonly load: () => Promise<ComponentType> });

export const views: readonly PanelView[] = [
  { id: 'advice', label: 'viewAdvice', component: AdviceView, beforeSession: true },
  {
    id: 'risk-factors',
    label: 'viewRiskFactors',
    load: () => import('./risk-factors/RiskFactorsView').then((m) => m.RiskFactorsView),
  },
  {
    id: 'examination',
    label: 'viewExamination',
    load: () => import('./examination/ExaminationView').then((m) => m.ExaminationView),
  },
  { id: 'pain', label: 'viewPain', load: () => import('./pain-check/PainView').then((m) => m.PainView) },
  { id: 'note', label: 'viewNote', load: () => import('./note/NoteView').then((m) => m.NoteView) },
  {
    id: 'settings',
    label: 'viewSettings',
    load: () => import('./settings/SettingsView').then((m) => m.SettingsView),
    iconOnly: true,
    beforeSession: true,
  },
];
