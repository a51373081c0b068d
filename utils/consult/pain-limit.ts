// How a note names the pain threshold: "4/10" at the leaflet's threshold; a practice's
// other threshold always names itself and the leaflet's ("grens 5/10, praktijkafspraak;
// folder: 4/10"), so no reader takes it for the leaflet's.
import { painLimitText } from '../../content/pain-threshold';
import type { ConditionBase, ContentLanguage, TemplateValues } from '../../content/schema';
import { fillTemplate } from '../doc/template';

export interface PainLimit {
  readonly threshold: number;
  /** The leaflet's threshold (the condition's default). */
  readonly leaflet: number;
  /** The top of the condition's pain scale ("4/10", "2/5"). */
  readonly scaleMax: number;
}

export const painLimitOf = (condition: ConditionBase, threshold: number): PainLimit => ({
  threshold,
  leaflet: condition.painRule.defaultThreshold,
  scaleMax: condition.painRule.scaleMax,
});

export const isPracticeThreshold = ({ threshold, leaflet }: PainLimit) => threshold !== leaflet;

/** The template values `{threshold}`, `{thresholdNote}`, `{limit}`, `{rule}`, `{leaflet}`, `{scaleMax}`. */
export function painLimitValues(limit: PainLimit, language: ContentLanguage): TemplateValues {
  const which = isPracticeThreshold(limit) ? 'practice' : 'leaflet';
  const base = {
    threshold: String(limit.threshold),
    leaflet: String(limit.leaflet),
    scaleMax: String(limit.scaleMax),
  };
  return {
    ...base,
    thresholdNote: fillTemplate(painLimitText.thresholdNote[which][language], base),
    limit: fillTemplate(painLimitText.limit[which][language], base),
    rule: fillTemplate(painLimitText.rule[which][language], base),
  };
}
