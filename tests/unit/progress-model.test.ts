// Reading the previous note through the consult model: values go into the consult (and
// the patient's activities are carried forward); bad input says why and changes nothing;
// "New patient" forgets it all.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { EMPTY_CONSULT } from '../../utils/consult/consult-state';
import { makeConsultModel } from './support/consult-model';

const NOTE = 'Metingen 12-11-2026:\n- Nachtpijn 8/10\n- PSK lang zitten: 7/10\n- PSK fietsen: 5/10';

describe('reading the previous note', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the values and carries the patient’s activities forward', () => {
    const model = makeConsultModel().model;
    model.setPsk(0, { activity: 'Fietsen', score: 4 });
    expect(model.readPreviousNote(NOTE).ok).toBe(true);
    expect(model.state.value.previousNote?.date).toBe('2026-11-12');
    expect(model.state.value.measures.psk).toEqual([
      { activity: 'Fietsen', score: 4 },
      { activity: 'lang zitten', score: null },
    ]);
    expect(model.lastReading.value).toMatchObject({ ok: true });
  });

  it.each([
    ['garbage', '%%% ??? 123', 'noValues'],
    ['another tool’s note', 'S: NRS nachtpijn 6. O: SLS 20 s. P: oefenen.', 'noValues'],
    ['an empty selection', '', 'empty'],
  ])('%s: a message, and nothing changes', (_name, text, reason) => {
    const model = makeConsultModel().model;
    model.readPreviousNote(NOTE);
    model.setMeasures({ nightPain: 5 });
    const before = model.state.value;
    expect(model.readPreviousNote(text)).toEqual({ ok: false, reason });
    expect(model.state.value).toBe(before);
    expect(model.lastReading.value).toMatchObject({ ok: false, reason });
  });

  it.each([
    ['worse', null, 'yes'],
    ['worse', 'no', 'yes'],
    // Better or the same does not say pain did not increase: the answer stays as it was.
    ['same', null, null],
    ['better', 'unknown', 'unknown'],
    ['better', 'no', 'no'],
    ['same', 'yes', 'yes'],
  ] as const)(
    'the morning after, %s, answers "increase over time" (was %s → %s)',
    (response, before, after) => {
      const model = makeConsultModel().model;
      if (before) model.setPainIncrease(before);
      model.setMeasures({ loadResponse: response });
      expect(model.state.value.painIncrease).toBe(after);
    },
  );

  it('"New patient" forgets the previous note, the measures and the message', () => {
    const model = makeConsultModel().model;
    model.readPreviousNote(NOTE);
    model.setSlsSecondsToPain(12);
    model.newPatient();
    expect(model.state.value).toEqual(EMPTY_CONSULT);
    expect(model.lastReading.value).toBeNull();
  });
});
