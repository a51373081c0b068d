// The examination battery is an addition to the leaflet: every test says how, what counts
// as positive and where it comes from, in both languages, and every figure shown appears
// in a quoted sentence of the source it is shown with.
import { describe, expect, it } from 'vitest';
import { lateralHipExamination as battery } from '../../content/examination';
import { CONTENT_LANGUAGES, type Localized } from '../../content/schema';
import { noteNameOf } from '../../utils/examination/examination-lines';
import { glutealTendinopathy } from './support/loaded-condition';

const citationIds = battery.citations.map((c) => c.id);

/** Numbers as written in the text, with decimal commas read as points. */
function figures(text: string): string[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)?/g)].map(([n]) => n.replace(',', '.'));
}

// The sources spell some numbers out ("Seventeen patients completed the study").
const spelled: Record<string, string> = { seventeen: '17' };

function quotedFigures(ids: readonly string[]): Set<string> {
  const quotes = battery.citations.filter((c) => ids.includes(c.id)).flatMap((c) => c.quotes);
  return new Set(
    quotes.flatMap(({ text }) => [
      ...figures(text),
      ...Object.entries(spelled).flatMap(([word, n]) => (text.toLowerCase().includes(word) ? [n] : [])),
    ]),
  );
}

/** A text without its short citations ("(Kinsella 2024)"): a year is not a figure. */
const withoutCitations = (text: string) =>
  battery.citations.reduce((rest, c) => rest.replaceAll(c.short, ''), text);

/** Every text shown, with the citations it is shown with. */
const shown: [string, Localized, readonly string[]][] = [
  ...battery.tests.flatMap((test) =>
    (['name', 'noteName', 'how', 'positive', 'evidence'] as const).flatMap((field) => {
      // The note shows the name where a test has no note name of its own.
      const text = field === 'noteName' ? noteNameOf(test) : test[field];
      return text
        ? [[`${test.id}.${field}`, text, test.sources] as [string, Localized, readonly string[]]]
        : [];
    }),
  ),
  ...battery.patterns.flatMap((pattern) =>
    (['statement'] as const).flatMap((field) => {
      const text = pattern[field];
      return text
        ? [[`${pattern.id}.${field}`, text, [pattern.source]] as [string, Localized, readonly string[]]]
        : [];
    }),
  ),
  ...Object.entries(battery.noteWords).flatMap(([key, value]) =>
    'nl' in value
      ? [[`noteWords.${key}`, value as Localized, citationIds] as [string, Localized, readonly string[]]]
      : Object.entries(value).map(
          ([sub, text]) =>
            [`noteWords.${key}.${sub}`, text as Localized, citationIds] as [
              string,
              Localized,
              readonly string[],
            ],
        ),
  ),
];

describe('examination battery', () => {
  it('belongs to the gluteal tendinopathy condition and is marked as an addition to the leaflet', () => {
    expect(glutealTendinopathy.examination).toBe(battery);
    expect(battery.addition.nl).toMatch(/^Aanvulling op de folder/);
    expect(battery.addition.en).toMatch(/^An addition to the leaflet/);
  });

  it('has the tests of the lateral-hip battery, with unique, url-safe ids, one of them timed', () => {
    expect(battery.tests.map((t) => t.id)).toEqual([
      'palpation',
      'single-leg-stance',
      'resisted-abduction',
      'faber',
      'fader',
      'fader-r',
      'add',
      'add-r',
      'resisted-external-derotation',
    ]);
    for (const test of battery.tests) expect(test.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(battery.tests.filter((t) => t.timed).map((t) => t.id)).toEqual(['single-leg-stance']);
  });

  it.each(battery.tests.map((t) => [t.id, t] as const))(
    '%s: name, a one-line how, a positive criterion in nl and en, and a known source',
    (_id, test) => {
      for (const language of CONTENT_LANGUAGES) {
        for (const text of [test.name, noteNameOf(test), test.how, test.positive]) {
          expect(text[language].trim()).not.toBe('');
        }
        expect(test.how[language]).not.toContain('\n');
      }
      expect(test.sources.length).toBeGreaterThan(0);
      for (const source of test.sources) expect(citationIds).toContain(source);
    },
  );

  it('has citations with a reference and exact quotes, each with where it was read', () => {
    for (const citation of battery.citations) {
      expect(citation.reference).toContain(citation.short.split(' ')[0]);
      expect(citation.reference).toContain(citation.short.split(' ')[1]);
      expect(citation.quotes.length).toBeGreaterThan(0);
      for (const quote of citation.quotes) expect(quote.url).toMatch(/^https?:\/\//);
    }
  });

  it('states patterns over known tests, each with a known source', () => {
    const testIds = battery.tests.map((t) => t.id);
    for (const pattern of battery.patterns) {
      expect(citationIds).toContain(pattern.source);
      expect(Object.keys(pattern.when).length).toBeGreaterThan(1);
      for (const id of Object.keys(pattern.when)) expect(testIds).toContain(id);
    }
  });

  it.each(shown)('%s: every figure shown appears in a quoted source sentence', (_path, text, sources) => {
    const quoted = quotedFigures(sources);
    for (const language of CONTENT_LANGUAGES) {
      for (const figure of figures(withoutCitations(text[language]))) {
        expect(quoted, `${figure} in "${text[language]}"`).toContain(figure);
      }
    }
  });

  it.each(shown)('%s: cites only the sources it is shown with', (_path, text, sources) => {
    const cited = battery.citations.filter((c) => sources.includes(c.id)).map((c) => c.short);
    for (const language of CONTENT_LANGUAGES) {
      for (const [short] of text[language].matchAll(/[A-Z][a-z]+ (19|20)\d\d/g)) {
        expect(cited, text[language]).toContain(short);
      }
    }
  });

  it('can fail: a figure missing from the quotes is caught', () => {
    expect(quotedFigures(['kinsella-2024'])).not.toContain('97');
    expect(figures(withoutCitations('van 59% naar 97% (Kinsella 2024)'))).toEqual(['59', '97']);
  });
});
