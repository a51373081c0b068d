// The outcome measures of this visit, as the therapist enters them (each optional), and
// what a note carries from visit to visit. Consult state: storage.session only.

export type LoadResponse = 'better' | 'same' | 'worse';
export const LOAD_RESPONSES: readonly LoadResponse[] = ['better', 'same', 'worse'];

export const STRENGTH_UNITS = ['N', 'kg', 'Nm', 'Nm/kg'] as const;
export type StrengthUnit = (typeof STRENGTH_UNITS)[number];

/** At most this many patient-named activities (PSK). */
export const PSK_MAX = 3;
export const SLS_MAX_SECONDS = 30;
export const GPE_MIN = -5;
export const GPE_MAX = 5;

export interface PskEntry {
  /** The activity in the patient's own words. */
  readonly activity: string;
  readonly score: number | null;
}

export interface VisitMeasures {
  readonly nightPain: number | null;
  readonly stairsPain: number | null;
  readonly strength: number | null;
  readonly strengthUnit: StrengthUnit;
  /** Global perceived effect since the start of treatment, −5…+5; follow-ups only. */
  readonly gpe: number | null;
  readonly psk: readonly PskEntry[];
  readonly loadResponse: LoadResponse | null;
  /** The therapist's own wording of the proposed P line; null: the proposal stands. */
  readonly plan: string | null;
}

export const EMPTY_MEASURES: VisitMeasures = {
  nightPain: null,
  stairsPain: null,
  strength: null,
  strengthUnit: 'N',
  gpe: null,
  psk: [],
  loadResponse: null,
  plan: null,
};

// ——— What a note carries (written by the composer, read back by the parser) ———

/** A calendar date as yyyy-mm-dd. */
export type IsoDate = string;

export type ReadingUnit = '/10' | 's' | StrengthUnit;

export interface Reading {
  readonly value: number;
  readonly unit: ReadingUnit;
}

export interface Dated {
  readonly date: IsoDate;
  readonly reading: Reading;
}

/** The measures that compare from visit to visit. */
export type TrackedMeasure =
  | 'painLoading'
  | 'nightPain'
  | 'stairsPain'
  | 'psk'
  | 'slsSeconds'
  | 'abductionStrength';

export interface MeasureLine {
  readonly measure: TrackedMeasure;
  /** PSK only: the activity. */
  readonly activity?: string;
  /** This visit's value; null: not measured this time (the line then carries the intake). */
  readonly current: Reading | null;
  /** The first value, carried forward so that one previous note is enough. */
  readonly intake: Dated | null;
}

export interface NoteRecord {
  readonly date: IsoDate;
  readonly lines: readonly MeasureLine[];
  readonly gpe: number | null;
  readonly loadResponse: LoadResponse | null;
}

/** PSK activities match across visits whatever the case or spacing. */
export function lineKey(line: Pick<MeasureLine, 'measure' | 'activity'>): string {
  return line.activity === undefined
    ? line.measure
    : `${line.measure}:${line.activity.replace(/\s+/g, ' ').trim().toLocaleLowerCase('nl')}`;
}

/** Patient words go into a note line; characters the line's own syntax uses are left out. */
export function cleanActivity(activity: string): string {
  return activity
    .replace(/[():;\n\r\t]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
