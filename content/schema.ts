// The shape of a condition's clinical content. Data only: words and their structure,
// with stable ids that notes and settings refer to. A second condition is a new data
// file of this shape, not new components.

import type { HandoutContent } from './handout-schema';

export const CONTENT_LANGUAGES = ['nl', 'en'] as const;
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number];

/** Every text exists in every content language, side by side, so none can go missing. */
export type Localized = Readonly<Record<ContentLanguage, string>>;

export interface ListItem {
  readonly id: string;
  readonly text: Localized;
  /** A short explanation that belongs to the item (e.g. the answer to a review question). */
  readonly detail?: Localized;
  /** The item in the record's voice (third person), where `text` speaks to the patient. */
  readonly record?: Localized;
  readonly items?: readonly ListItem[];
}

export type Block =
  | { readonly kind: 'paragraph'; readonly id: string; readonly text: Localized }
  | {
      readonly kind: 'list';
      readonly id: string;
      readonly title?: Localized;
      /** `tips` and `questions` render as lists too; the role lets a note pick them. */
      readonly role?: 'tips' | 'questions' | 'factors';
      readonly items: readonly ListItem[];
    };

export interface Section {
  readonly id: string;
  /** What the section is about, as a short phrase for the clinical record. */
  readonly topic: Localized;
  readonly heading: Localized;
  readonly blocks: readonly Block[];
}

export interface RiskFactorGroup {
  readonly id: string;
  readonly heading: Localized;
  readonly factors: readonly ListItem[];
}

export interface PainRule {
  /** Highest acceptable pain during loading on the 0–max scale (the leaflet's default). */
  readonly defaultThreshold: number;
  readonly scaleMax: number;
  /** The rule in one plain sentence; holds `{threshold}` and `{thresholdNote}`. */
  readonly statement: Localized;
  /** The section whose paragraphs explain the rule (shown beside it in the pain check). */
  readonly explainedBy?: string;
}

export interface ReviewQuestion {
  readonly id: string;
  /** A short name for the record ("Therapietrouw"). */
  readonly label: Localized;
  readonly question: Localized;
  readonly explanation?: Localized;
  /** That it was discussed, in the record's voice — never a finding: "Oefentechniek besproken." */
  readonly record: Localized;
}

/** What every view can use at once: the leaflet, its pain rule, risk factors and review. */
export interface ConditionBase {
  readonly id: string;
  readonly name: Localized;
  /** Where the words come from, shown to the clinician. */
  readonly source: Localized;
  readonly sections: readonly Section[];
  readonly riskFactorGroups: readonly RiskFactorGroup[];
  readonly painRule: PainRule;
  readonly review: readonly ReviewQuestion[];
  /** The section the review belongs to ("What if the symptoms do not go away?"): its heading titles the review. */
  readonly reviewSection: string;
  /**
   * The patient handout's own words and drawings, loaded on demand (the panel's first view
   * does not need them); without it the handout shows the sections only.
   */
  readonly handout?: () => Promise<HandoutContent>;
}

/** What only the consult views and the note need; loaded when the first of them opens. */
export interface ConsultContent {
  /** The clinical test battery of the Examination view (an addition to the leaflet, cited). */
  readonly examination?: ExaminationBattery;
  /** Outcome measures tracked from visit to visit; a condition without them shows no progress. */
  readonly measures?: OutcomeMeasures;
}

/** A condition as listed in content/index.ts: its consult content comes in a chunk of its own. */
export interface ConditionEntry extends ConditionBase {
  readonly consultContent?: () => Promise<ConsultContent>;
}

/**
 * A condition with its consult content loaded (utils/consult/load-condition.ts). Both keys
 * are present, if undefined, so that an entry cannot be passed where this is needed.
 */
export interface Condition extends ConditionBase {
  readonly examination: ExaminationBattery | undefined;
  readonly measures: OutcomeMeasures | undefined;
}

/** A published source, with the exact sentences the figures shown come from. */
export interface Citation {
  readonly id: string;
  /** As cited in a note: "Kinsella 2024". */
  readonly short: string;
  readonly reference: string;
  /** Exact sentences of the source; every figure shown with this citation appears in one. */
  readonly quotes: readonly Quote[];
}

export interface Quote {
  readonly text: string;
  /** Where it was read: the paper, its abstract, or a summary of it (said in `about`). */
  readonly url: string;
  readonly about?: string;
}

export interface ExaminationTest {
  readonly id: string;
  readonly name: Localized;
  /** The name as it runs in the note's O line ("palpatie trochanter major"), where it is not `name`. */
  readonly noteName?: Localized;
  /** How to do it, in one line. */
  readonly how: Localized;
  /** What counts as positive. */
  readonly positive: Localized;
  /** What the literature reports about the test, for the clinician. */
  readonly evidence?: Localized;
  /** Citation ids. */
  readonly sources: readonly string[];
  /** The note's result words when they differ from the battery's ("pijnlijk"). */
  readonly resultWords?: Readonly<Record<'positive' | 'negative', Localized>>;
  /** The test is timed: the seconds until pain go with a positive result. */
  readonly timed?: boolean;
}

/** A published combination of results, and what the source reports for it. */
export interface ExaminationPattern {
  readonly id: string;
  readonly when: Readonly<Record<string, 'positive' | 'negative'>>;
  /** The A/E line: what the literature reports, with the short citation and figure. */
  readonly statement: Localized;
  readonly source: string;
}

export interface ExaminationBattery {
  /** Says the battery is an addition to the leaflet and where it comes from. */
  readonly addition: Localized;
  readonly tests: readonly ExaminationTest[];
  readonly patterns: readonly ExaminationPattern[];
  readonly citations: readonly Citation[];
  /** The words of the O line: its lead, the sides, the default results, a timed result. */
  readonly noteWords: {
    readonly lead: Localized;
    readonly side: Readonly<Record<'left' | 'right', Localized>>;
    readonly result: Readonly<Record<'positive' | 'negative', Localized>>;
    /** Timed test: pain after {seconds} s; positive without seconds; negative. */
    readonly timedPositive: Localized;
    readonly timedPositiveNoSeconds: Localized;
    readonly timedNegative: Localized;
  };
}

// Progress between visits (an addition to the leaflet: every measure cites its source).
export const MEASURE_IDS = [
  'painLoading',
  'nightPain',
  'stairsPain',
  'psk',
  'gpe',
  'loadResponse',
  'slsSeconds',
  'abductionStrength',
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

export interface OutcomeMeasure {
  readonly id: MeasureId;
  /** The words that start the measure's line in a note; read back in either language. */
  readonly label: Localized;
  /** The question in the panel. */
  readonly question: Localized;
  /** Where a record note puts it: S (reported by the patient) or O (measured). */
  readonly part: 'subjective' | 'objective';
  /** The published source (short citation). */
  readonly source: string;
}

export interface OutcomeMeasures {
  readonly items: readonly OutcomeMeasure[];
  /** Words of the note lines: the dated heading, comparisons, answers. */
  readonly words: {
    readonly heading: Localized;
    readonly previous: Localized;
    readonly intake: Localized;
    readonly notMeasured: Localized;
    readonly better: Localized;
    readonly same: Localized;
    readonly worse: Localized;
    readonly gpeScale: Localized;
    /** The plan proposed when the next morning was worse. */
    readonly reduceLoadPlan: Localized;
  };
}

/** Texts may hold these `{fields}`, filled in when a text is shown or copied. */
export const TEMPLATE_FIELDS = [
  'threshold',
  /** Empty at the leaflet's threshold; otherwise " (grens 5/10, praktijkafspraak; folder: 4/10)". */
  'thresholdNote',
  'leaflet',
  'limit',
  'rule',
  'score',
  'verdict',
  'topics',
  'date',
  /** The seconds of a timed examination test (the single-leg stance). */
  'seconds',
  /** The top of the condition's pain scale (10 for the leaflet's 0–10). */
  'scaleMax',
] as const;
export type TemplateValues = Readonly<Partial<Record<(typeof TEMPLATE_FIELDS)[number], string>>>;
