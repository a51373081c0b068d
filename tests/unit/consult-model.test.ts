// The consult model: ticks and answers persist to storage.session; "New patient"
// clears all of it and can be undone for a few seconds.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { consultStateItem } from '../../utils/browser/storage';
import { UNDO_MS } from '../../utils/consult/consult-model';
import { type ConsultState, EMPTY_CONSULT } from '../../utils/consult/consult-state';
import { EMPTY_MEASURES } from '../../utils/progress/visit-measures';
import { makeConsultModel } from './support/consult-model';

describe('ConsultModel', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('counts ticks per group, sub-items included', () => {
    const { model } = makeConsultModel();
    model.toggleFactor('age');
    model.toggleFactor('overload');
    model.toggleFactor('overload-duration');
    expect(model.tickedByGroup.value).toEqual({ intrinsic: 1, extrinsic: 2 });
    model.toggleFactor('age');
    expect(model.tickedByGroup.value).toEqual({ intrinsic: 0, extrinsic: 2 });
  });

  it('judges the pain check as answers come in', () => {
    const { model } = makeConsultModel();
    expect(model.judgement.value.verdict).toBe('insufficient');
    model.setPainScore(3);
    model.setPainIncrease('no');
    expect(model.judgement.value.verdict).toBe('acceptable');
    model.setPainIncrease('yes');
    expect(model.judgement.value.verdict).toBe('reduce');
  });

  it('persists to storage.session only', async () => {
    const { model } = makeConsultModel();
    model.toggleFactor('diabetes');
    model.setPainScore(2);
    await vi.waitFor(async () =>
      expect(await consultStateItem.getValue()).toEqual({
        ...EMPTY_CONSULT,
        riskFactors: ['diabetes'],
        painScore: 2,
      }),
    );
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('clears everything for a new patient, with an undo that expires', () => {
    const filled: ConsultState = {
      ...EMPTY_CONSULT,
      riskFactors: ['age'],
      painScore: 5,
      painIncrease: 'yes',
      review: ['technique'],
    };
    const { model } = makeConsultModel(filled);
    model.newPatient();
    expect(model.state.value).toEqual(EMPTY_CONSULT);
    model.undoNewPatient();
    expect(model.state.value).toEqual(filled);
    expect(model.undoable.value).toBeNull();

    model.newPatient();
    vi.advanceTimersByTime(UNDO_MS);
    expect(model.undoable.value).toBeNull();
    model.undoNewPatient();
    expect(model.state.value).toEqual(EMPTY_CONSULT);
  });

  it('copies the summaries in the content language', async () => {
    const { model, copied } = makeConsultModel({
      ...EMPTY_CONSULT,
      riskFactors: ['stress'],
      painScore: 4,
      painIncrease: 'no',
    });
    await model.copyRiskFactors();
    await model.copyPainCheck();
    expect(copied[0]?.[1]).toEqual({ type: 'paragraph', text: 'Factoren van buitenaf: Stress en spanning.' });
    expect(copied[1]?.[2]).toEqual({ type: 'paragraph', text: 'Pijnregel (grens 4/10): voldoet.' });
  });
});

describe('consult state migration', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads a version 1 consult (before advice was recorded) as the current version', async () => {
    const v1 = { riskFactors: ['age'], painScore: 2, painIncrease: 'no', review: [] };
    await fakeBrowser.storage.session.set({ consult: v1, consult$: { v: 1 } });
    await consultStateItem.migrate();
    expect(await consultStateItem.getValue()).toEqual({ ...EMPTY_CONSULT, ...v1 });
  });

  it('reads a version 2 consult (before the examination was recorded) as the current version', async () => {
    const v2 = {
      riskFactors: [],
      painScore: null,
      painIncrease: null,
      review: [],
      adviceSections: ['what-to-do'],
      adviceTips: [],
    };
    await fakeBrowser.storage.session.set({ consult: v2, consult$: { v: 2 } });
    await consultStateItem.migrate();
    expect(await consultStateItem.getValue()).toEqual({
      ...v2,
      examination: { side: null, results: {} },
      slsSecondsToPain: null,
      measures: EMPTY_MEASURES,
      previousNote: null,
    });
  });

  it('reads a version 3 consult (before outcome measures) with empty measures and no previous note', async () => {
    const v3 = { ...EMPTY_CONSULT, painScore: 5, slsSecondsToPain: 12 } as Record<string, unknown>;
    delete v3.measures;
    delete v3.previousNote;
    await fakeBrowser.storage.session.set({ consult: v3, consult$: { v: 3 } });
    await consultStateItem.migrate();
    expect(await consultStateItem.getValue()).toEqual({
      ...EMPTY_CONSULT,
      painScore: 5,
      slsSecondsToPain: 12,
    });
  });
});
