// The panel's views, in tab order. Adding a view is one line here.
import type { ComponentType } from 'preact';
import type { MessageKey } from '../utils/browser/i18n';
import { AdviceView } from './advice/AdviceView';
import { ExaminationView } from './examination/ExaminationView';
import { NoteView } from './note/NoteView';
import { PainView } from './pain-check/PainView';
import { RiskFactorsView } from './risk-factors/RiskFactorsView';
import { SettingsView } from './settings/SettingsView';

export interface PanelView {
  readonly id: string;
  readonly label: MessageKey;
  readonly component: ComponentType;
  /** Shown as an icon, with the label for screen readers only (keeps the bar narrow). */
  readonly iconOnly?: boolean;
  /** Shown before the session's consult is read (it shows none of it). Others wait those few ms. */
  readonly beforeSession?: boolean;
}

export const views: readonly PanelView[] = [
  { id: 'advice', label: 'viewAdvice', component: AdviceView, beforeSession: true },
  { id: 'risk-factors', label: 'viewRiskFactors', component: RiskFactorsView },
  { id: 'examination', label: 'viewExamination', component: ExaminationView },
  { id: 'pain', label: 'viewPain', component: PainView },
  { id: 'note', label: 'viewNote', component: NoteView },
  { id: 'settings', label: 'viewSettings', component: SettingsView, iconOnly: true, beforeSession: true },
];
