// The consult model: ticks, pain answers and review, with counts and the pain verdict
// derived from them, persisted by one effect. "New patient" clears everything and keeps
// a snapshot for a few seconds so that a slip can be undone.
import { action, computed, createModel, effect, type ReadonlySignal, signal } from '@preact/signals';
import type { Condition, ContentLanguage } from '../../content/schema';
import type { Doc } from '../doc/doc';
import { examinationDoc } from '../examination/examination-lines';
import { type ExamResult, type ExamSide, examFindings, withResult } from '../examination/examination-state';
import { effectiveIncrease } from '../progress/load-response';
import { type ReadResult, readPreviousNote } from '../progress/parse-note';
import { withMeasures, withPreviousNote, withPsk } from '../progress/progress-actions';
import type { PskEntry, VisitMeasures } from '../progress/visit-measures';
import type { ConsultState } from './consult-state';
import { EMPTY_CONSULT } from './consult-state';
import { painCheckSummary, reviewSummary, riskFactorSummary } from './consult-summary';
import { painLimitOf } from './pain-limit';
import { type Increase, judgePain } from './pain-rule';

export const UNDO_MS = 8000;

export interface ConsultServices {
  readonly condition: ReadonlySignal<Condition>;
  readonly threshold: ReadonlySignal<number>;
  readonly language: ReadonlySignal<ContentLanguage>;
  readonly save: (state: ConsultState) => void;
  readonly copyDoc: (doc: Doc) => Promise<void>;
  /** Where the time of the last change is kept (storage.session), and the clock. */
  readonly saveChangedAt?: (at: number) => void;
  readonly now?: () => number;
}

const toggled = (list: readonly string[], id: string) =>
  list.includes(id) ? list.filter((x) => x !== id) : [...list, id];

export const ConsultModel = createModel(
  ({ condition, threshold, language, save, copyDoc, ...age }: ConsultServices) => {
    const now = age.now ?? Date.now;
    const state = signal<ConsultState>(EMPTY_CONSULT);
    /** When the consult last changed: an old one may belong to the previous patient. */
    const changedAt = signal<number | null>(null);
    const touch = () => {
      changedAt.value = now();
      age.saveChangedAt?.(changedAt.value);
    };
    const timedTest = computed(() => condition.value.examination?.tests.find((test) => test.timed)?.id);
    const undoable = signal<ConsultState | null>(null);
    let undoTimer: ReturnType<typeof setTimeout> | undefined;

    const tickedByGroup = computed(() =>
      Object.fromEntries(
        condition.value.riskFactorGroups.map((group) => {
          const ids = group.factors.flatMap((f) => [f.id, ...(f.items ?? []).map((s) => s.id)]);
          return [group.id, ids.filter((id) => state.value.riskFactors.includes(id)).length];
        }),
      ),
    );
    /** The last attempt to read a previous note, for the panel to say how it went. */
    const lastReading = signal<(ReadResult & { readonly count: number }) | null>(null);
    const pain = computed(() => ({
      score: state.value.painScore,
      increase: effectiveIncrease(state.value.painIncrease, state.value.measures.loadResponse),
    }));
    const judgement = computed(() => judgePain(pain.value, threshold.value));

    effect(() => save(state.value));

    const update = (patch: Partial<ConsultState>) => {
      state.value = { ...state.value, ...patch };
      touch();
    };

    const showReading = (result: ReadResult) => {
      lastReading.value = { ...result, count: (lastReading.peek()?.count ?? 0) + 1 };
      if (result.ok) state.value = withPreviousNote(state.value, result.record);
    };

    return {
      /** The condition with its examination and measures (the panel's is the leaflet only). */
      condition,
      state,
      changedAt,
      undoable,
      lastReading,
      tickedByGroup,
      pain,
      judgement,
      /** The consult kept in the session (read after the first paint). */
      restore: action((stored: ConsultState, storedChangedAt: number | null = null) => {
        state.value = stored;
        changedAt.value = storedChangedAt;
      }),
      toggleFactor: action((id: string) => update({ riskFactors: toggled(state.value.riskFactors, id) })),
      toggleReview: action((id: string) => update({ review: toggled(state.value.review, id) })),
      toggleAdviceSection: action((id: string) =>
        update({ adviceSections: toggled(state.value.adviceSections, id) }),
      ),
      toggleAdviceTip: action((id: string) => update({ adviceTips: toggled(state.value.adviceTips, id) })),
      setPainScore: action((score: number) => update({ painScore: score })),
      setPainIncrease: action((increase: Increase) => update({ painIncrease: increase })),
      setMeasures: action((patch: Partial<VisitMeasures>) => {
        state.value = withMeasures(state.value, patch);
      }),
      setPsk: action((index: number, patch: Partial<PskEntry>) => {
        state.value = withPsk(state.value, index, patch);
      }),
      /** Reads the previous note (pasted or dropped); bad input changes nothing. */
      readPreviousNote: action((text: string): ReadResult => {
        const measures = condition.value.measures;
        const result: ReadResult = measures
          ? readPreviousNote(text, measures)
          : { ok: false, reason: 'noValues' };
        showReading(result);
        return result;
      }),
      /** A note read elsewhere (the context menu, in the background). */
      showReading: action(showReading),
      forgetPreviousNote: action(() => {
        state.value = withPreviousNote(state.value, null);
        lastReading.value = null;
      }),
      // Seconds until pain exist only for a painful stance: a negative (or cleared) result
      // drops them, so no note ever says "tot pijn 30 s" for a stance without pain.
      setExamResult: action((id: string, result: ExamResult | null) =>
        update({
          examination: withResult(state.value.examination, id, result),
          ...(id === timedTest.value && result !== 'positive' && { slsSecondsToPain: null }),
        }),
      ),
      setExamSide: action((side: ExamSide | null) =>
        update({ examination: { ...state.value.examination, side } }),
      ),
      // Seconds until pain say the pain came: the stance becomes positive (clinical audit A4).
      setSlsSecondsToPain: action((seconds: number | null) => {
        const exam = state.value.examination;
        const timed = timedTest.value;
        update({
          slsSecondsToPain: seconds,
          examination: !timed || seconds === null ? exam : withResult(exam, timed, 'positive'),
        });
      }),
      /** The stopwatch ran the full 30 s without pain: negative, and no seconds until pain. */
      slsHeldWithoutPain: action(() => {
        const timed = timedTest.value;
        if (!timed) return;
        update({
          slsSecondsToPain: null,
          examination: withResult(state.value.examination, timed, 'negative'),
        });
      }),
      newPatient: action(() => {
        lastReading.value = null;
        undoable.value = state.value;
        state.value = EMPTY_CONSULT;
        touch();
        clearTimeout(undoTimer);
        undoTimer = setTimeout(() => {
          undoable.value = null;
        }, UNDO_MS);
      }),
      undoNewPatient: action(() => {
        if (!undoable.value) return;
        state.value = undoable.value;
        undoable.value = null;
        touch();
        clearTimeout(undoTimer);
      }),
      copyRiskFactors: action(() =>
        copyDoc(riskFactorSummary(condition.value, state.value.riskFactors, language.value)),
      ),
      copyPainCheck: action(() =>
        copyDoc(painCheckSummary(pain.value, painLimitOf(condition.value, threshold.value), language.value)),
      ),
      copyExamination: action(() => {
        const battery = condition.value.examination;
        return battery
          ? copyDoc(examinationDoc(battery, examFindings(state.value), language.value))
          : Promise.resolve();
      }),
      copyReview: action(() => copyDoc(reviewSummary(condition.value, state.value.review, language.value))),
    };
  },
);

export type ConsultModel = InstanceType<typeof ConsultModel>;
