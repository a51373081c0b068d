// The examination's note lines, as a table: what was done and found → the O line, the
// A/E lines and the patient sentence, in both languages and both voices.
import { describe, expect, it } from 'vitest';
import { lateralHipExamination as battery } from '../../content/examination';
import type { ContentLanguage } from '../../content/schema';
import { type ConsultState, EMPTY_CONSULT } from '../../utils/consult/consult-state';
import { renderDoc } from '../../utils/doc/render-doc';
import { examinationLines, noteNameOf } from '../../utils/examination/examination-lines';
import type { ExamFindings } from '../../utils/examination/examination-state';
import { composeNote } from '../../utils/note/compose-note';
import { noteInput } from '../../utils/note/note-input';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings-schema';
import { glutealTendinopathy as condition } from './support/loaded-condition';

const none: ExamFindings = { side: null, results: {}, slsSecondsToPain: null };
const find = (patch: Partial<ExamFindings>): ExamFindings => ({ ...none, ...patch });

type Row = [string, ExamFindings, ContentLanguage, string | null, string[]];
const rows: Row[] = [
  ['nothing done', none, 'nl', null, []],
  ['a side but no test', find({ side: 'right' }), 'nl', null, []],
  [
    'one test',
    find({ side: 'right', results: { 'add-r': 'negative' } }),
    'nl',
    'Onderzoek (rechts): ADD-R negatief.',
    [],
  ],
  [
    'one test, no side, English',
    find({ results: { palpation: 'positive' } }),
    'en',
    'Examination: greater trochanter palpation tender.',
    [],
  ],
  [
    'the timed stance with its seconds, in battery order',
    find({
      side: 'right',
      results: { 'add-r': 'negative', 'single-leg-stance': 'positive', palpation: 'positive' },
      slsSecondsToPain: 12,
    }),
    'nl',
    'Onderzoek (rechts): palpatie trochanter major pijnlijk; single-leg stance pijn na 12 s; ADD-R negatief.',
    [],
  ],
  [
    'the stance painful without seconds',
    find({ results: { 'single-leg-stance': 'positive' } }),
    'en',
    'Examination: single-leg stance pain within 30 s.',
    [],
  ],
  [
    'the stance held 30 s without pain (its seconds not printed as pain)',
    find({ side: 'left', results: { 'single-leg-stance': 'negative' }, slsSecondsToPain: 30 }),
    'nl',
    'Onderzoek (links): single-leg stance geen pijn binnen 30 s.',
    [],
  ],
  [
    'palpation and resisted abduction both positive: the published cluster',
    find({ side: 'left', results: { palpation: 'positive', 'resisted-abduction': 'positive' } }),
    'nl',
    'Onderzoek (links): palpatie trochanter major pijnlijk; weerstand abductie positief.',
    [
      'Palpatie en weerstand abductie beide positief; bij deze combinatie steeg de kans op GTPS bij mensen met laterale heuppijn in onderzoek van 59% naar 96% (Kinsella 2024).',
    ],
  ],
  [
    'both negative: the published cluster, in English',
    find({ results: { palpation: 'negative', 'resisted-abduction': 'negative', faber: 'positive' } }),
    'en',
    'Examination: greater trochanter palpation not tender; resisted abduction negative; FABER positive.',
    [
      'Palpation and resisted abduction both negative; with this combination the probability of GTPS in people with lateral hip pain fell from 59% to 14% in research (Kinsella 2024).',
    ],
  ],
  [
    'mixed results: no published pattern, so no A line',
    find({ results: { palpation: 'positive', 'resisted-abduction': 'negative' } }),
    'nl',
    'Onderzoek: palpatie trochanter major pijnlijk; weerstand abductie negatief.',
    [],
  ],
  [
    'half a pattern (abduction not done): no A line',
    find({ results: { palpation: 'positive', 'single-leg-stance': 'positive' }, slsSecondsToPain: 8 }),
    'en',
    'Examination: greater trochanter palpation tender; single-leg stance pain after 8 s.',
    [],
  ],
];

describe('examination note lines', () => {
  it.each(rows)('%s', (_name, findings, language, observation, assessment) => {
    expect(examinationLines(battery, findings, language)).toEqual({ observation, assessment });
  });

  it('gives nothing for a condition without a battery', () => {
    const findings = find({ results: { palpation: 'positive', 'resisted-abduction': 'positive' } });
    expect(examinationLines(undefined, findings, 'nl')).toEqual({
      observation: null,
      assessment: [],
    });
  });

  it('never prints a test that was not done, nor the words "not done"', () => {
    const findings = find({ results: { fader: 'positive' }, slsSecondsToPain: 14 });
    const { observation } = examinationLines(battery, findings, 'nl');
    expect(observation).toBe('Onderzoek: FADER positief.');
    for (const test of battery.tests.filter((t) => t.id !== 'fader')) {
      expect(observation).not.toContain(noteNameOf(test).nl);
    }
    expect(observation).not.toMatch(/niet gedaan|not done|14/);
  });
});

describe('the examination in the composed note', () => {
  const consult: ConsultState = {
    ...EMPTY_CONSULT,
    painScore: 3,
    painIncrease: 'no' as const,
    examination: {
      side: 'right' as const,
      results: { palpation: 'positive' as const, 'resisted-abduction': 'positive' as const },
    },
  };
  const note = (
    audience: 'record' | 'patient',
    layout: 'paragraph' | 'soep',
    language: ContentLanguage,
    filled: ConsultState = consult,
  ) =>
    renderDoc(
      composeNote(
        noteInput({
          condition,
          consult: filled,
          date: new Date('2026-11-28T09:00:00Z'),
          settings: DEFAULT_SETTINGS,
          chosenOptions: { audience, layout, language, dateLine: false },
        }),
      ),
    ).text;

  it('puts O under its letter and the published figure under E, in the record voice', () => {
    const text = note('record', 'soep', 'nl');
    // The labels' wording ("O (objectief)", SOEP's E or SOAP's A) belongs to the composer.
    expect(text).toMatch(
      /\n+O\b[^\n]*\nOnderzoek \(rechts\): palpatie trochanter major pijnlijk; weerstand abductie positief\.\n+[EA]\b/,
    );
    expect(text).toMatch(
      /\n[EA]\b[^\n]*\nPalpatie en weerstand abductie beide positief; .* van 59% naar 96% \(Kinsella 2024\)\./,
    );
    expect(text).not.toMatch(/\b(u|uw|U)\b/);
  });

  it('tells the patient nothing automatic about the tests: no sentence, no results, no figures', () => {
    const text = note('patient', 'paragraph', 'nl');
    expect(text).not.toMatch(/testen van vandaag|peesprobleem|palpatie|Kinsella|59%|96%|Onderzoek \(/i);
    expect(note('patient', 'paragraph', 'en')).not.toMatch(/Today's tests|tendon problem|Kinsella|96%/i);
  });

  it('leaves O out of the note when no test was done', () => {
    const text = note('record', 'soep', 'en', { ...EMPTY_CONSULT, painScore: 3, painIncrease: 'no' });
    expect(text).not.toMatch(/\nO\b|Examination/);
  });
});
