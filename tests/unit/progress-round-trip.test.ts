// The record is the memory: whatever values a note carries, reading the note back gives
// the same values — in both languages, and after what EHRs do to text (bullets, numbered
// lists, blank lines, non-breaking spaces, HTML flattened with or without line breaks,
// CRLF, dates with slashes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glutealTendinopathyMeasures as measures } from '../../content/gluteal-tendinopathy-measures';
import type { ContentLanguage } from '../../content/schema';
import type { Doc } from '../../utils/doc/doc';
import { renderDoc } from '../../utils/doc/render-doc';
import { readPreviousNote } from '../../utils/progress/parse-note';
import { progressBlocks } from '../../utils/progress/progress-doc';
import {
  type Dated,
  LOAD_RESPONSES,
  lineKey,
  type MeasureLine,
  type NoteRecord,
  type Reading,
  STRENGTH_UNITS,
  type TrackedMeasure,
} from '../../utils/progress/visit-measures';

const isoDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const score = fc.integer({ min: 0, max: 10 }).map((value): Reading => ({ value, unit: '/10' }));
const seconds = fc.integer({ min: 0, max: 30 }).map((value): Reading => ({ value, unit: 's' }));
const strength = fc
  .record({ tenths: fc.integer({ min: 0, max: 9999 }), unit: fc.constantFrom(...STRENGTH_UNITS) })
  .map(({ tenths, unit }): Reading => ({ value: tenths / 10, unit }));
const word = fc.stringMatching(/^[a-zëïé0-9]{1,9}$/);
const activity = fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));

function line(measure: TrackedMeasure, reading: fc.Arbitrary<Reading>, name?: fc.Arbitrary<string>) {
  const dated = fc.record({ date: isoDate, reading });
  return fc
    .record({
      current: fc.option(reading, { nil: null }),
      intake: fc.option(dated, { nil: null }),
      activity: name ?? fc.constant(undefined),
    })
    .filter((l) => l.current !== null || l.intake !== null)
    .map(
      ({ activity: a, ...rest }): MeasureLine =>
        a === undefined ? { measure, ...rest } : { measure, activity: a, ...rest },
    );
}
const optional = (arb: fc.Arbitrary<MeasureLine>) => fc.option(arb, { nil: null }).map((l) => (l ? [l] : []));

const record: fc.Arbitrary<NoteRecord> = fc
  .record({
    date: isoDate,
    pain: optional(line('painLoading', score)),
    night: optional(line('nightPain', score)),
    stairs: optional(line('stairsPain', score)),
    psk: fc.uniqueArray(line('psk', score, activity), { maxLength: 3, selector: lineKey }),
    sls: optional(line('slsSeconds', seconds)),
    strength: optional(line('abductionStrength', strength)),
    gpe: fc.option(fc.integer({ min: -5, max: 5 }), { nil: null }),
    loadResponse: fc.option(fc.constantFrom(...LOAD_RESPONSES), { nil: null }),
  })
  .map((r) => ({
    date: r.date,
    lines: [...r.pain, ...r.night, ...r.stairs, ...r.psk, ...r.sls, ...r.strength],
    gpe: r.gpe,
    loadResponse: r.loadResponse,
  }))
  .filter((r) => r.lines.length > 0 || r.gpe !== null || r.loadResponse !== null);

/** The previous visit's values, written in "(vorige …)" but not read back. */
const previousRefs = (r: NoteRecord) =>
  fc
    .array(fc.record({ date: isoDate, keep: fc.boolean() }), {
      minLength: r.lines.length,
      maxLength: r.lines.length,
    })
    .map((picks) => {
      const map = new Map<string, Dated>();
      r.lines.forEach((l, i) => {
        const pick = picks[i];
        if (pick?.keep && l.current) map.set(lineKey(l), { date: pick.date, reading: l.current });
      });
      return map;
    });

/** A note around the measures, the way the composer lays it out (SOEP). */
function note(r: NoteRecord, previous: Map<string, Dated>, language: ContentLanguage): Doc {
  const { subjective, objective } = progressBlocks({ record: r, previous }, measures, language);
  return [
    { type: 'heading', text: language === 'nl' ? 'Gluteale tendinopathie' : 'Gluteal tendinopathy' },
    { type: 'heading', text: 'S' },
    { type: 'paragraph', text: 'Risicofactoren: Hoge BMI. Factoren van buitenaf: Stress en spanning.' },
    ...subjective,
    { type: 'heading', text: 'O' },
    ...objective,
    { type: 'heading', text: 'P' },
    {
      type: 'list',
      items: [{ text: 'Niet op de pijnlijke zijde slapen.' }, { text: 'Kussen tussen de knieën.' }],
    },
  ];
}

type Transform = (text: string) => string;
const bullets: Transform[] = [
  (t) => t.replace(/^- /gm, '• '),
  (t) => t.replace(/^- /gm, '* '),
  (t) => {
    let n = 0;
    return t.replace(/^- /gm, () => `${++n}. `);
  },
];
const TEXT_TRANSFORMS: Record<string, Transform> = {
  noBlankLines: (t) => t.replace(/\n{2,}/g, '\n'),
  extraBlankLines: (t) => t.replace(/\n/g, '\n\n'),
  nbsp: (t) => t.replace(/ /g, '\u00A0'),
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  slashDates: (t) => t.replace(/\b(\d{1,2})-(\d{1,2})-(\d{4})\b/g, '$1/$2/$3'),
  dashDates: (t) => t.replace(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, '$1-$2-$3'),
};
const HTML_FLATTENINGS: Record<string, Transform> = {
  glued: (html) => html.replace(/<[^>]+>/g, ''),
  lines: (html) => html.replace(/<\/(p|li|h3)>/g, '\n').replace(/<[^>]+>/g, ''),
  raw: (html) => html.replace(/ /g, '&nbsp;'),
};

const source = fc.oneof(
  fc.record({ kind: fc.constant('text' as const), bullet: fc.constantFrom(...bullets, (t: string) => t) }),
  fc.record({
    kind: fc.constant('html' as const),
    flatten: fc.constantFrom(...Object.keys(HTML_FLATTENINGS)),
  }),
);

describe('parse ∘ compose', () => {
  it('gives back every value, in both languages, after what EHRs do to text', () => {
    fc.assert(
      fc.property(
        record.chain((r) => fc.tuple(fc.constant(r), previousRefs(r))),
        fc.constantFrom<ContentLanguage>('nl', 'en'),
        source,
        fc.subarray(Object.keys(TEXT_TRANSFORMS)),
        ([r, previous], language, from, transforms) => {
          const rendered = renderDoc(note(r, previous, language));
          let text =
            from.kind === 'text'
              ? from.bullet(rendered.text)
              : (HTML_FLATTENINGS[from.flatten] ?? String)(rendered.html);
          for (const name of transforms) text = (TEXT_TRANSFORMS[name] ?? String)(text);
          expect(readPreviousNote(text, measures)).toEqual({ ok: true, record: r });
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('a selection holding several notes (an EHR history)', () => {
  const older = 'Metingen 12-11-2026:\n- Nachtpijn 8/10\n- Pijn bij traplopen 7/10';
  const newer = 'Metingen 19-11-2026:\n- Nachtpijn 6/10 (intake 12-11-2026: 8/10)';
  it.each([
    ['oldest first', `${older}\n\n${newer}`],
    ['newest first', `${newer}\n\n${older}`],
  ])('reads the latest note only, %s', (_order, text) => {
    expect(readPreviousNote(text, measures)).toEqual({
      ok: true,
      record: {
        date: '2026-11-19',
        lines: [
          {
            measure: 'nightPain',
            current: { value: 6, unit: '/10' },
            intake: { date: '2026-11-12', reading: { value: 8, unit: '/10' } },
          },
        ],
        gpe: null,
        loadResponse: null,
      },
    });
  });
});

describe('the demo EHR’s previous note, as HTML', () => {
  it('reads every value from the page’s markup', () => {
    const html = readFileSync(join(__dirname, '../../demo/ehr.html'), 'utf8');
    const read = readPreviousNote(html, measures);
    expect(read.ok && read.record.date).toBe('2026-11-19');
    expect(read.ok && read.record.lines.map((l) => [l.measure, l.activity, l.current?.value])).toEqual([
      ['painLoading', undefined, 5],
      ['nightPain', undefined, 6],
      ['psk', 'traplopen', 6],
      ['psk', 'lang zitten', 5],
      ['slsSeconds', undefined, 14],
    ]);
  });
});

describe('text that holds no Heupwijzer values', () => {
  it.each([
    ['empty', '', 'empty'],
    ['white space only', ' \n\u00A0\r\n ', 'empty'],
    [
      'another tool’s note',
      'S: pijn li heup NRS 6, nachtpijn +. O: SLS 20 sec pijn. A: GTPS. P: oefenen.',
      'noValues',
    ],
    ['a dated heading but no values', 'Metingen 19-11-2026: patiënt niet verschenen.', 'noValues'],
    ['values without our dated heading', 'Nachtpijn 6/10\nPijn bij traplopen 4/10', 'noValues'],
    ['an impossible date', 'Metingen 31-02-2026: Nachtpijn 6/10', 'noValues'],
    ['a value out of range', 'Metingen 19-11-2026: Nachtpijn 12/10', 'noValues'],
  ])('%s → %s', (_name, text, reason) => {
    expect(readPreviousNote(text, measures)).toEqual({ ok: false, reason });
  });

  it('random text is refused', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        expect(readPreviousNote(text, measures).ok).toBe(false);
      }),
    );
  });
});
