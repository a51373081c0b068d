// The note composer in every combination of audience × layout × language.
import { describe, expect, it } from 'vitest';
import { type ConsultState, EMPTY_CONSULT } from '../../utils/consult/consult-state';
import { renderDoc } from '../../utils/doc/render-doc';
import { composeNote } from '../../utils/note/compose-note';
import { noteInput } from '../../utils/note/note-input';
import type { NoteOptions } from '../../utils/note/note-options';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings-schema';
import { glutealTendinopathy as condition } from './support/loaded-condition';

const consult: ConsultState = {
  ...EMPTY_CONSULT,
  riskFactors: ['high-bmi', 'overload-repetitions', 'stress'],
  painScore: 3,
  painIncrease: 'no',
  review: ['adherence'],
  adviceSections: ['what-to-do', 'pain-during-loading'],
  adviceTips: ['not-on-painful-side', 'pillow-between-knees'],
};
const date = new Date('2026-11-27T10:00:00Z');
const note = (
  options: Partial<NoteOptions>,
  extra: { consult?: ConsultState; settings?: Partial<Settings> } = {},
) =>
  renderDoc(
    composeNote(
      noteInput({
        condition,
        consult: extra.consult ?? consult,
        date,
        settings: { ...DEFAULT_SETTINGS, ...extra.settings },
        chosenOptions: {
          audience: 'record',
          language: 'nl',
          layout: 'paragraph',
          dateLine: true,
          ...options,
        },
      }),
    ),
  );

describe('record note (concise, third person)', () => {
  it('in Dutch paragraphs: what was discussed, reported, judged, given', () => {
    expect(note({}).text).toBe(
      [
        'Gluteale tendinopathie',
        'Datum: 27 november 2026',
        '',
        'Besproken als mogelijk bijdragende factoren: hoge BMI; overbelasting (toename van herhalingen); stress en spanning.',
        '',
        'Patiënt meldt geen toename van pijn of stijfheid in de loop van de tijd.',
        '',
        'Metingen 27-11-2026:',
        '',
        '- Pijn tijdens belasten 3/10',
        '',
        'Pijnregel (grens 4/10): voldoet.',
        '',
        'Voorlichting gegeven over: compressie vermijden (adductie, flexie, endorotatie) en praktische tips, pijn tijdens belasten (pijnregel).',
        '',
        'Adviezen meegegeven:',
        '',
        '- Niet op de pijnlijke zijde slapen.',
        '- Bij liggen op de andere zijde: bijvoorbeeld een kussen tussen de knieën (anders beweegt de heup weer naar binnen).',
        '',
        'Besproken: therapietrouw.',
        '',
        'Belasting voortzetten binnen de pijnregel.',
      ].join('\n'),
    );
  });

  it.each([
    ['soep', 'E (evaluation)'],
    ['soap', 'A (assessment)'],
  ] as const)('in English %s, each part under its letter, O left out when empty', (layout, assessment) => {
    const { text, html } = note({ language: 'en', layout });
    const lines = text.split('\n');
    const at = (heading: string) => lines.indexOf(heading);
    expect(at('S (subjective)')).toBeGreaterThan(0);
    expect(at('O (objective)')).toBe(-1);
    expect(at(assessment)).toBeGreaterThan(at('S (subjective)'));
    expect(at('P (plan)')).toBeGreaterThan(at(assessment));
    expect(lines[at(assessment) + 1]).toBe('Pain rule (limit 4/10): met.');
    expect(lines[at('P (plan)') + 1]).toMatch(/^Information given on: avoiding compression/);
    expect(html).toContain('<h3>P (plan)</h3><p>Information given on:');
  });

  it('uses the Dutch SOAP label "A (analyse)"', () => {
    expect(note({ layout: 'soap' }).text).toContain('\nA (analyse)\nPijnregel (grens 4/10): voldoet.');
  });

  it('leaves out what was not done, and the date line when switched off', () => {
    const { text } = note(
      { dateLine: false },
      { consult: { ...EMPTY_CONSULT, adviceSections: ['anatomy'] } },
    );
    expect(text).toBe(
      'Gluteale tendinopathie\nVoorlichting gegeven over: anatomie (gluteus medius en minimus).',
    );
  });

  it('keeps S and P in SOEP when only advice was recorded; an empty S is left to complete', () => {
    expect(
      note(
        { layout: 'soep', dateLine: false },
        { consult: { ...EMPTY_CONSULT, adviceSections: ['anatomy'] } },
      ).text,
    ).toBe(
      [
        'Gluteale tendinopathie',
        'S (subjectief)',
        '[aanvullen]',
        '',
        'P (plan)',
        'Voorlichting gegeven over: anatomie (gluteus medius en minimus).',
      ].join('\n'),
    );
  });

  // Only a pain check that breaks the rule: S says what was reported, whichever it was.
  it.each([
    [
      'a score above the limit',
      { painScore: 6, painIncrease: 'no' },
      [
        'Patiënt meldt geen toename van pijn of stijfheid in de loop van de tijd.',
        '',
        // The score is one of the outcome measures, dated so the next visit can read it back.
        'Metingen 27-11-2026:',
        '',
        '- Pijn tijdens belasten 6/10',
      ],
    ],
    [
      'an increase reported without a score',
      { painIncrease: 'yes' },
      ['Patiënt meldt toename van pijn of stijfheid in de loop van de tijd.'],
    ],
  ] as const)('records %s in S, the rule not met in E and less load in P', (_case, pain, reported) => {
    expect(note({ layout: 'soep', dateLine: false }, { consult: { ...EMPTY_CONSULT, ...pain } }).text).toBe(
      [
        'Gluteale tendinopathie',
        'S (subjectief)',
        ...reported,
        '',
        'E (evaluatie)',
        'Pijnregel (grens 4/10): voldoet niet.',
        '',
        'P (plan)',
        'Belasting verminderen tot binnen de pijnregel.',
      ].join('\n'),
    );
  });

  it("names a practice threshold of 5 with the leaflet's 4", () => {
    const { text } = note({ layout: 'soep' }, { settings: { painThreshold: 5 } });
    expect(text).toContain('E (evaluatie)\nPijnregel (grens 5/10, praktijkafspraak; folder: 4/10): voldoet.');
    const advice = note(
      { layout: 'soep' },
      { settings: { painThreshold: 5 }, consult: { ...EMPTY_CONSULT, adviceSections: ['anatomy'] } },
    );
    expect(advice.text).toMatch(/\nPijngrens volgens praktijkafspraak: 5\/10 \(folder: 4\/10\)\.$/);
    expect(advice.text).not.toContain('belasten tot');
    const rule = note(
      { layout: 'soep' },
      {
        settings: { painThreshold: 5 },
        consult: { ...EMPTY_CONSULT, adviceSections: ['pain-during-loading'] },
      },
    );
    expect(rule.text).toMatch(
      /\nPijnregel \(grens 5\/10, praktijkafspraak; folder: 4\/10\): belasten tot en met 5\/10, mits pijn en stijfheid niet toenemen in de loop van de tijd\.$/,
    );
  });

  it('writes the pain rule into P only when its section was given', () => {
    const empty = note({ layout: 'soep', dateLine: false }, { consult: EMPTY_CONSULT }).text;
    expect(empty).toBe(
      ['Gluteale tendinopathie', 'S (subjectief)', '[aanvullen]', '', 'P (plan)', '[aanvullen]'].join('\n'),
    );
    const given = note(
      { layout: 'soap', language: 'en', dateLine: false },
      { consult: { ...EMPTY_CONSULT, adviceSections: ['pain-during-loading'] } },
    ).text;
    expect(given).toContain(
      '\nPain rule (limit 4/10): load up to and including 4/10, provided pain and stiffness do not increase over time.',
    );
  });

  it('adds the practice text at the end', () => {
    expect(
      note({ layout: 'soep' }, { settings: { practiceText: '  Fysio De Heup — bel bij vragen  ' } }).text,
    ).toMatch(/\n\nFysio De Heup — bel bij vragen$/);
  });
});

describe('patient note (full "u" wording)', () => {
  it('gives the chosen sections in full, with only the chosen tips', () => {
    const { text } = note({ audience: 'patient' });
    expect(text).toContain('Wat te doen?\nDenk eerst goed na: op welke momenten heeft u de meeste pijn?');
    expect(text).toContain('- Niet op de pijnlijke zijde slapen.');
    expect(text).not.toContain('Niet met de benen over elkaar zitten.');
    expect(text).toContain('Factoren die bij u een rol kunnen spelen\n- Hoge BMI');
    expect(text).toContain('Uw pijn tijdens het belasten is 3 op een schaal van 0 tot 10.');
    expect(text).toContain('Dat past binnen de pijnregel.');
    expect(text).toContain('U mag pijn voelen tot en met 4, op een schaal van 0 tot 10.');
    expect(text).not.toMatch(/\b(je|jij|jouw)\b/);
  });

  it('lists chosen tips on their own when their section was not chosen', () => {
    const { text } = note(
      { audience: 'patient', language: 'en' },
      { consult: { ...EMPTY_CONSULT, adviceTips: ['no-crossed-legs'] } },
    );
    expect(text).toContain('Tips for you\n- Do not sit with your legs crossed.');
  });
});

describe.each(['record', 'patient'] as const)('%s', (audience) => {
  describe.each(['paragraph', 'soep', 'soap'] as const)('%s layout', (layout) => {
    it.each(['nl', 'en'] as const)('in %s: escaped HTML, clean plain text, nothing lost', (language) => {
      const { html, text } = note(
        { audience, layout, language },
        { settings: { practiceText: 'Praktijk <Heup> & co — ëï' } },
      );
      expect(html).toContain('Praktijk &lt;Heup&gt; &amp; co — ëï');
      expect(html).not.toMatch(/<(?!\/?(h3|p|ul|li)>)/);
      expect(text).toContain('Praktijk <Heup> & co — ëï');
      expect(text).not.toMatch(/<\/?(h3|p|ul|li)>|&[a-z]+;|\r/);
      for (const line of text.split('\n')) expect(line).toBe(line.trimEnd());
      expect(text).not.toMatch(/\n{3,}/);
      expect(text.startsWith(condition.name[language])).toBe(true);
      expect(text.includes(language === 'nl' ? 'Datum:' : 'Date:')).toBe(true);
    });
  });
});
