// The pain thresholds a practice may choose, and what the panel says beyond the leaflet's
// pain rule, each marked as an addition with its published source.
//
// The leaflet ("Mag ik pijn ervaren bij belasting?") allows pain during loading up to 4 on
// 0–10, provided pain and stiffness do not increase over time. A practice may choose 5
// instead: the pain-monitoring model of Silbernagel et al. (2007), in which pain during
// loading up to 5 on 0–10 is acceptable and an increase breaks the rule. That model was
// studied in Achilles tendinopathy, not in the hip: "Thirty-eight patients with Achilles
// tendinopathy were randomly allocated to 2 different treatment groups" (abstract); the
// 5/10 itself is in the paper's method, not its abstract. Settings say so. Whenever the
// threshold is not the leaflet's, every note, the handout and the Pain view say so.
import type { Localized } from './schema';

/** Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Am J Sports Med 2007;35(6):897–906. */
export const SILBERNAGEL_2007 =
  'Silbernagel KG, Thomeé R, Eriksson BI, Karlsson J. Continued sports activity, using a pain-monitoring model, during rehabilitation in patients with Achilles tendinopathy: a randomized controlled study. Am J Sports Med 2007;35(6):897–906.';

/** The thresholds a practice may set (settings, policy): the leaflet's 4, or the model's 5. */
export const PAIN_THRESHOLDS = [4, 5] as const;
export type PainThreshold = (typeof PAIN_THRESHOLDS)[number];

/**
 * Additions to the leaflet's pain rule. The leaflet says when pain is acceptable; it does
 * not say what to do when it is not. Reducing the load then is the pain-monitoring
 * model's advice (Silbernagel 2007: pain above the limit, or pain and stiffness that
 * increase, means the activity is reduced).
 */
export const painRuleAdditions = {
  reducePlan: {
    text: {
      nl: 'Belasting verminderen tot binnen de pijnregel.',
      en: 'Reduce the load to within the pain rule.',
    },
    source: SILBERNAGEL_2007,
  },
  reducePatient: {
    text: {
      nl: 'Belast daarom minder, tot de pijn weer binnen de pijnregel blijft.',
      en: 'So load less, until the pain stays within the pain rule again.',
    },
    source: SILBERNAGEL_2007,
  },
} as const satisfies Record<string, { readonly text: Localized; readonly source: string }>;

/**
 * The threshold in words, filled into the leaflet's texts and the notes ({rule}, {limit},
 * {thresholdNote}). A practice threshold names itself and the leaflet's. Here rather than
 * in note-text.ts: the first view's leaflet needs them, the notes' other words load later.
 */
export const painLimitText = {
  /** "Pijnregel (grens 4/10)"; a practice threshold names itself and the leaflet's. */
  rule: {
    leaflet: {
      nl: 'Pijnregel (grens {threshold}/{scaleMax})',
      en: 'Pain rule (limit {threshold}/{scaleMax})',
    },
    practice: {
      nl: 'Pijnregel (grens {threshold}/{scaleMax}, praktijkafspraak; folder: {leaflet}/{scaleMax})',
      en: 'Pain rule (limit {threshold}/{scaleMax}, practice agreement; leaflet: {leaflet}/{scaleMax})',
    },
  },
  limit: {
    leaflet: { nl: '{threshold}/{scaleMax}', en: '{threshold}/{scaleMax}' },
    practice: {
      nl: '{threshold}/{scaleMax} (praktijkafspraak; folder: {leaflet}/{scaleMax})',
      en: '{threshold}/{scaleMax} (practice agreement; leaflet: {leaflet}/{scaleMax})',
    },
  },
  /** Follows the threshold in the leaflet's texts; empty at the leaflet's threshold. */
  thresholdNote: {
    leaflet: { nl: '', en: '' },
    practice: {
      nl: ' (grens {threshold}/{scaleMax}, praktijkafspraak; folder: {leaflet}/{scaleMax})',
      en: ' (limit {threshold}/{scaleMax}, practice agreement; leaflet: {leaflet}/{scaleMax})',
    },
  },
} as const satisfies Record<string, Record<'leaflet' | 'practice', Localized>>;
