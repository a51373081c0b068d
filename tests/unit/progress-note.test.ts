// The measures in the record note, visit after visit: the first visit writes plain
// values, the next one the change since intake, later ones since last time and since
// intake; S gets what the patient reports, O what was measured; a worse morning after
// loading breaks the pain rule and proposes a P line the therapist may reword.
import { describe, expect, it } from 'vitest';
import type { ContentLanguage } from '../../content/schema';
import { type ConsultState, EMPTY_CONSULT } from '../../utils/consult/consult-state';
import { renderDoc } from '../../utils/doc/render-doc';
import { composeNote } from '../../utils/note/compose-note';
import { noteInput } from '../../utils/note/note-input';
import { readPreviousNote } from '../../utils/progress/parse-note';
import { EMPTY_MEASURES, type VisitMeasures } from '../../utils/progress/visit-measures';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings-schema';
import { glutealTendinopathy as condition } from './support/loaded-condition';

const measures = condition.measures ?? (undefined as never);

function visit(
  date: string,
  patch: Partial<VisitMeasures>,
  previous: string | null,
  language: ContentLanguage = 'nl',
  extra: Partial<ConsultState> = {},
) {
  const read = previous === null ? null : readPreviousNote(previous, measures);
  if (read && !read.ok) throw new Error(`could not read: ${read.reason}`);
  const consult: ConsultState = {
    ...EMPTY_CONSULT,
    measures: { ...EMPTY_MEASURES, ...patch },
    previousNote: read?.record ?? null,
    ...extra,
  };
  return renderDoc(
    composeNote(
      noteInput({
        condition,
        consult,
        settings: DEFAULT_SETTINGS,
        date: new Date(`${date}T10:00:00`),
        chosenOptions: { audience: 'record', language, layout: 'soep', dateLine: false },
      }),
    ),
  ).text;
}

describe('visit after visit', () => {
  const intake = visit(
    '2026-11-12',
    { nightPain: 8, psk: [{ activity: 'Traplopen', score: 8 }] },
    null,
    'nl',
    { slsSecondsToPain: 9 },
  );
  const second = visit('2026-11-19', { nightPain: 6, psk: [{ activity: 'traplopen', score: 6 }] }, intake);
  const third = visit('2026-11-26', { nightPain: 3 }, second);

  it('writes plain values at the first visit, measured values under O', () => {
    expect(intake).toContain(
      'S (subjectief)\nMetingen 12-11-2026:\n\n- Nachtpijn 8/10\n- PSK Traplopen: 8/10',
    );
    expect(intake).toContain('O (objectief)\n- Single-leg stance tot pijn 9 s');
  });

  it('writes the change since intake at the second visit', () => {
    expect(second).toContain('- Nachtpijn 6/10 (intake 12-11-2026: 8/10)');
    expect(second).toContain('- PSK traplopen: 6/10 (intake 12-11-2026: 8/10)');
    // Not measured this time: the intake still travels on, said as such.
    expect(second).toContain('- Single-leg stance tot pijn niet gemeten (intake 12-11-2026: 9 s)');
  });

  it('writes the change since last time and since intake later on', () => {
    expect(third).toContain('- Nachtpijn 3/10 (vorige 19-11-2026: 6/10; intake 12-11-2026: 8/10)');
    expect(third).toContain(
      '- PSK traplopen: niet gemeten (vorige 19-11-2026: 6/10; intake 12-11-2026: 8/10)',
    );
    expect(third).toContain('- Single-leg stance tot pijn niet gemeten (intake 12-11-2026: 9 s)');
  });

  it('reads a Dutch note into an English one', () => {
    const english = visit('2026-11-26', { nightPain: 3 }, second, 'en');
    expect(english).toContain('- Night pain 3/10 (previous 19/11/2026: 6/10; intake 12/11/2026: 8/10)');
    expect(english).toContain('Measures 26/11/2026:');
  });

  it('writes nothing of progress when nothing was measured and nothing read', () => {
    expect(visit('2026-11-12', {}, null)).not.toMatch(/Metingen|intake/);
  });
});

describe('the morning after loading', () => {
  const painCheck = { painScore: 3, painIncrease: 'no' as const };

  it('worse: the pain check says reduce, and P proposes to reduce the load', () => {
    const text = visit('2026-11-19', { loadResponse: 'worse' }, null, 'nl', painCheck);
    expect(text).toContain('- Ochtend na belasten: slechter');
    expect(text).toMatch(/Pijnregel \(grens 4\/10\): voldoet niet\./);
    expect(text).toMatch(
      /P \(plan\)\nBelasting verminderen: pijn of stijfheid was de ochtend na belasten erger\./,
    );
  });

  it('worse, with the therapist’s own P line instead of the proposal', () => {
    const text = visit(
      '2026-11-19',
      { loadResponse: 'worse', plan: 'Hardlopen halveren.' },
      null,
      'nl',
      painCheck,
    );
    expect(text).toContain('P (plan)\nHardlopen halveren.');
    expect(text).not.toContain('Belasting verminderen: pijn');
  });

  it('the same: not yet "met" by itself (the increase question stays open), no proposal', () => {
    const text = visit('2026-11-19', { loadResponse: 'same' }, null, 'nl', {
      painScore: 3,
      painIncrease: null,
    });
    expect(text).toMatch(/Pijnregel \(grens 4\/10\): nog niet te beoordelen\./);
    expect(text).not.toMatch(/Pijnregel \(grens 4\/10\): voldoet\./);
    expect(text).not.toContain('Belasting verminderen');
  });
});
