// What the therapist found in the Examination view: a result per test (a test with no
// result was not done), the side examined, and the single-leg stance's seconds until
// pain. Part of the consult (storage.session); the seconds are shared with the progress
// measures, so they sit beside the results under a name that says what they are.

export type ExamResult = 'positive' | 'negative';
export type ExamSide = 'left' | 'right';

export interface ExaminationState {
  readonly side: ExamSide | null;
  /** Test id → result; a test that is absent was not done. */
  readonly results: Readonly<Record<string, ExamResult>>;
}

export const EMPTY_EXAMINATION: ExaminationState = { side: null, results: {} };

/** Everything the note lines are made from. */
export interface ExamFindings extends ExaminationState {
  /** Seconds of single-leg stance until the familiar pain came, 0–30. */
  readonly slsSecondsToPain: number | null;
}

/** The findings of a consult: its examination with the stance's seconds. */
export const examFindings = (consult: {
  readonly examination: ExaminationState;
  readonly slsSecondsToPain: number | null;
}): ExamFindings => ({ ...consult.examination, slsSecondsToPain: consult.slsSecondsToPain });

export const SLS_MAX_SECONDS = 30;

/** Sets or clears (null = not done) one test's result. */
export function withResult(state: ExaminationState, id: string, result: ExamResult | null): ExaminationState {
  const { [id]: _old, ...rest } = state.results;
  return { ...state, results: result ? { ...rest, [id]: result } : rest };
}

export type SecondsInput = { ok: true; seconds: number | null } | { ok: false };

/** Reads the seconds field: empty clears it; otherwise a whole number 0–30, else refused. */
export function parseSlsSeconds(text: string): SecondsInput {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, seconds: null };
  if (!/^\d{1,2}$/.test(trimmed)) return { ok: false };
  const seconds = Number(trimmed);
  return seconds <= SLS_MAX_SECONDS ? { ok: true, seconds } : { ok: false };
}

/** A stopwatch reading in whole seconds, never past the test's 30 s. */
export function stopwatchSeconds(elapsedMs: number): number {
  return Math.min(SLS_MAX_SECONDS, Math.max(0, Math.round(elapsedMs / 1000)));
}
