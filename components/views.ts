// The panel's views, in tab order. Adding a view is one line here.
import type { ComponentType } from 'preact';
import type { MessageKey } from '../utils/browser/i18n';
import { AdviceView } from './advice/AdviceView';

export interface PanelView {
  readonly id: string;
  readonly label: MessageKey;
  readonly component: ComponentType;
}

export const views: readonly PanelView[] = [{ id: 'advice', label: 'viewAdvice', component: AdviceView }];
