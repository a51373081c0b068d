// The examination in the consult model: results, side and the stance's seconds persist to
// storage.session, seconds imply a painful stance, "New patient" clears them; and the
// seconds field refuses what is not 0–30 whole seconds.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { consultStateItem } from '../../utils/browser/storage';
import { parseSlsSeconds, stopwatchSeconds } from '../../utils/examination/examination-state';
import { makeConsultModel } from './support/consult-model';

describe('examination in the consult model', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sets and clears results and the side, persisted in storage.session only', async () => {
    const { model } = makeConsultModel();
    model.setExamSide('left');
    model.setExamResult('faber', 'positive');
    model.setExamResult('add', 'negative');
    model.setExamResult('faber', null);
    expect(model.state.value.examination).toEqual({ side: 'left', results: { add: 'negative' } });
    await expect
      .poll(async () => (await consultStateItem.getValue()).examination)
      .toEqual({ side: 'left', results: { add: 'negative' } });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('keeps seconds until pain only for a painful stance', () => {
    const { model } = makeConsultModel();
    model.setSlsSecondsToPain(9);
    expect(model.state.value.slsSecondsToPain).toBe(9);
    expect(model.state.value.examination.results['single-leg-stance']).toBe('positive');
    // Marking it negative drops the seconds: a stance without pain has no "seconds until pain".
    model.setExamResult('single-leg-stance', 'negative');
    expect(model.state.value.slsSecondsToPain).toBeNull();
    // Seconds entered afterwards say the pain came: positive again.
    model.setSlsSecondsToPain(11);
    expect(model.state.value.examination.results['single-leg-stance']).toBe('positive');
    model.setSlsSecondsToPain(null);
    expect(model.state.value).toMatchObject({
      slsSecondsToPain: null,
      examination: { results: { 'single-leg-stance': 'positive' } },
    });
    model.setSlsSecondsToPain(14);
    model.setExamResult('single-leg-stance', null);
    expect(model.state.value.slsSecondsToPain).toBeNull();
  });

  it('records 30 s without pain as negative, without seconds until pain', () => {
    const { model } = makeConsultModel();
    model.setExamResult('single-leg-stance', 'positive');
    model.slsHeldWithoutPain();
    expect(model.state.value).toMatchObject({
      slsSecondsToPain: null,
      examination: { results: { 'single-leg-stance': 'negative' } },
    });
  });

  it('copies the examination as its O and E lines', async () => {
    const { model, copied } = makeConsultModel();
    model.setExamSide('right');
    model.setExamResult('palpation', 'negative');
    model.setExamResult('resisted-abduction', 'negative');
    await model.copyExamination();
    expect(copied[0]).toEqual([
      { type: 'heading', text: 'Onderzoek' },
      {
        type: 'paragraph',
        text: 'Onderzoek (rechts): palpatie trochanter major niet pijnlijk; weerstand abductie negatief.',
      },
      { type: 'paragraph', text: expect.stringMatching(/van 59% naar 14% \(Kinsella 2024\)\.$/) },
    ]);
  });

  it('clears the examination for a new patient, and the undo brings it back', () => {
    const { model } = makeConsultModel();
    model.setExamSide('right');
    model.setExamResult('palpation', 'positive');
    model.setSlsSecondsToPain(7);
    const filled = model.state.value;
    model.newPatient();
    expect(model.state.value).toMatchObject({
      examination: { side: null, results: {} },
      slsSecondsToPain: null,
    });
    model.undoNewPatient();
    expect(model.state.value).toEqual(filled);
  });
});

describe('the seconds field and the stopwatch', () => {
  it.each([
    ['', { ok: true, seconds: null }],
    ['  ', { ok: true, seconds: null }],
    ['0', { ok: true, seconds: 0 }],
    [' 12 ', { ok: true, seconds: 12 }],
    ['30', { ok: true, seconds: 30 }],
    ['31', { ok: false }],
    ['-1', { ok: false }],
    ['2.5', { ok: false }],
    ['2,5', { ok: false }],
    ['abc', { ok: false }],
    ['100', { ok: false }],
  ])('reads %j as %j', (text, expected) => {
    expect(parseSlsSeconds(text)).toEqual(expected);
  });

  it.each([
    [0, 0],
    [499, 0],
    [500, 1],
    [12_400, 12],
    [29_600, 30],
    [45_000, 30],
    [-20, 0],
  ])('reads %i ms as %i s', (ms, seconds) => {
    expect(stopwatchSeconds(ms)).toBe(seconds);
  });
});
