// The pain threshold in effect: the practice's setting, or — while nobody set one — the
// condition's own default (settings keep only what differs from the defaults, so an
// unset threshold reads as the settings' default).
import type { ConditionBase } from '../../content/schema';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings-schema';

export function painThreshold(condition: ConditionBase, settings: Settings): number {
  const chosen = settings.painThreshold;
  const threshold = chosen === DEFAULT_SETTINGS.painThreshold ? condition.painRule.defaultThreshold : chosen;
  return Math.min(threshold, condition.painRule.scaleMax);
}
