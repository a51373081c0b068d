// The consult in progress: ticked risk factors, the pain check, the "not improving"
// review, which advice was given, the examination, the outcome measures and the previous
// note read back. Patient-related, so storage.session only: it survives closing the panel
// within the browser session, and is never written to disk or synced.
import { EMPTY_EXAMINATION, type ExaminationState } from '../examination/examination-state';
import { EMPTY_MEASURES, type NoteRecord, type VisitMeasures } from '../progress/visit-measures';
import type { Increase } from './pain-rule';

export interface ConsultState {
  readonly riskFactors: readonly string[];
  readonly painScore: number | null;
  readonly painIncrease: Increase | null;
  readonly review: readonly string[];
  /** Advice sections given (section ids) and practical tips given (tip ids), for the note. */
  readonly adviceSections: readonly string[];
  readonly adviceTips: readonly string[];
  /** The Examination view's results and side. */
  readonly examination: ExaminationState;
  /** Single-leg stance: seconds until the familiar pain, 0–30 — one value for the examination and progress. */
  readonly slsSecondsToPain: number | null;
  /** This visit's outcome measures, and the previous note as read back (its values only). */
  readonly measures: VisitMeasures;
  readonly previousNote: NoteRecord | null;
}

export const EMPTY_CONSULT: ConsultState = {
  riskFactors: [],
  painScore: null,
  painIncrease: null,
  review: [],
  adviceSections: [],
  adviceTips: [],
  examination: EMPTY_EXAMINATION,
  slsSecondsToPain: null,
  measures: EMPTY_MEASURES,
  previousNote: null,
};
