// Wording rules that hold for every consult (random consults, fast-check): the record
// speaks in the third person and only of what was done, said or measured, with S and P
// in every SOEP/SOAP note; the patient note carries no record labels; a practice
// threshold is named in every note; pain and its increase appear once in the record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PAIN_THRESHOLDS } from '../../content/pain-threshold';
import { CONTENT_LANGUAGES, type ContentLanguage } from '../../content/schema';
import { type ConsultState, EMPTY_CONSULT } from '../../utils/consult/consult-state';
import { renderDoc } from '../../utils/doc/render-doc';
import { matchedPatterns } from '../../utils/examination/examination-lines';
import { examFindings } from '../../utils/examination/examination-state';
import { composeNote } from '../../utils/note/compose-note';
import { noteInput } from '../../utils/note/note-input';
import type { Audience, NoteLayout } from '../../utils/note/note-options';
import { EMPTY_MEASURES } from '../../utils/progress/visit-measures';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings-schema';
import { glutealTendinopathy as condition } from './support/loaded-condition';

const factorIds = condition.riskFactorGroups.flatMap((g) =>
  g.factors.flatMap((f) => [f.id, ...(f.items ?? []).map((s) => s.id)]),
);
const tipIds = condition.sections.flatMap((s) =>
  s.blocks.flatMap((b) => (b.kind === 'list' && b.role === 'tips' ? b.items.map((i) => i.id) : [])),
);
const consults: fc.Arbitrary<ConsultState> = fc
  .record({
    riskFactors: fc.subarray(factorIds),
    painScore: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    painIncrease: fc.constantFrom(null, 'yes', 'no', 'unknown'),
    review: fc.subarray(condition.review.map((q) => q.id)),
    adviceSections: fc.subarray(condition.sections.map((s) => s.id)),
    adviceTips: fc.subarray(tipIds),
    // The examination's lines must keep these rules too.
    examination: fc.record({
      side: fc.constantFrom(null, 'left', 'right'),
      results: fc.dictionary(
        fc.constantFrom(...(condition.examination?.tests ?? []).map((t) => t.id)),
        fc.constantFrom('positive', 'negative'),
      ),
    }),
    slsSecondsToPain: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
    // Outcome measures too, so their lines are held to the same wording rules.
    nightPain: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
    loadResponse: fc.constantFrom(null, 'better', 'same', 'worse'),
  })
  .map(({ nightPain, loadResponse, ...consult }) => ({
    ...EMPTY_CONSULT,
    ...consult,
    measures: { ...EMPTY_MEASURES, nightPain, loadResponse },
  }));
const battery = condition.examination;
const LAYOUTS: readonly NoteLayout[] = ['paragraph', 'soep', 'soap'];
const AUDIENCES: readonly Audience[] = ['record', 'patient'];

function note(
  consult: ConsultState,
  audience: Audience,
  layout: NoteLayout,
  language: ContentLanguage,
  threshold: Settings['painThreshold'],
) {
  return renderDoc(
    composeNote(
      noteInput({
        condition,
        consult,
        settings: { ...DEFAULT_SETTINGS, painThreshold: threshold },
        date: new Date('2026-11-27T10:00:00Z'),
        chosenOptions: { audience, layout, language, dateLine: true },
      }),
    ),
  ).text;
}

const options = fc.record({
  layout: fc.constantFrom(...LAYOUTS),
  language: fc.constantFrom(...CONTENT_LANGUAGES),
  threshold: fc.constantFrom(...PAIN_THRESHOLDS),
});

interface Sweep {
  readonly numRuns: number;
  /** The notes written for each consult; by default the record. */
  readonly audiences?: readonly Audience[];
  /** The layouts written for each consult; by default one drawn at random. */
  readonly layouts?: readonly NoteLayout[];
  /** A fixed threshold; by default one drawn at random. */
  readonly threshold?: Settings['painThreshold'];
}

/** Checks the notes of random consults in a random language (and layout and threshold, unless fixed). */
function everyNote(
  sweep: Sweep,
  check: (text: string, consult: ConsultState, language: ContentLanguage) => void,
) {
  fc.assert(
    fc.property(consults, options, (consult, drawn) => {
      for (const audience of sweep.audiences ?? ['record']) {
        for (const layout of sweep.layouts ?? [drawn.layout]) {
          const threshold = sweep.threshold ?? drawn.threshold;
          check(note(consult, audience, layout, drawn.language, threshold), consult, drawn.language);
        }
      }
    }),
    { numRuns: sweep.numRuns },
  );
}
const LABELLED = ['soep', 'soap'] as const;

describe('the record note', () => {
  it('never speaks to the patient and never says "aangevinkt" / "ticked"', () => {
    everyNote({ numRuns: 300 }, (text) => {
      expect(text).not.toMatch(/\b(u|uw|U|Uw)\b/);
      expect(text).not.toMatch(/\b(you|your)\b/i);
      expect(text).not.toMatch(/aangevinkt|ticked/i);
      expect(text).not.toMatch(/onvoldoende herstel|not improving/i);
    });
  });

  it('has S and P in every SOEP and SOAP note, E or A only with a pain check or a published test pattern', () => {
    everyNote({ numRuns: 200, layouts: LABELLED }, (text, consult) => {
      const lines = text.split('\n');
      expect(lines.some((l) => /^S \(/.test(l))).toBe(true);
      expect(lines.some((l) => /^P \(/.test(l))).toBe(true);
      // The morning after loading is a pain-check answer too (progress measures).
      const pattern = battery ? matchedPatterns(battery, examFindings(consult)).length > 0 : false;
      const assessed =
        consult.painScore !== null ||
        consult.painIncrease !== null ||
        consult.measures.loadResponse === 'worse' ||
        pattern;
      expect(lines.some((l) => /^[EA] \(/.test(l))).toBe(assessed);
    });
  });

  it('never states a complaint nobody recorded: an empty S says only "[aanvullen]"', () => {
    everyNote({ numRuns: 200, layouts: LABELLED }, (text, consult, language) => {
      const lines = text.split('\n');
      const s = lines.slice(lines.findIndex((l) => /^S \(/.test(l)) + 1);
      const subjective = s.slice(0, s.indexOf(''));
      const nothingReported =
        consult.riskFactors.length === 0 &&
        consult.painScore === null &&
        consult.painIncrease === null &&
        JSON.stringify(consult.measures) === JSON.stringify(EMPTY_CONSULT.measures) &&
        consult.previousNote === null;
      const placeholder = language === 'nl' ? '[aanvullen]' : '[to complete]';
      if (nothingReported) expect(subjective).toEqual([placeholder]);
      else if (subjective.includes(placeholder)) expect(subjective).toEqual([placeholder]);
      expect(text).not.toMatch(/buitenzijde van de heup|outside of the hip/);
    });
  });

  it('gives the pain rule as a plan only when its section was given or a pain check was done', () => {
    everyNote({ numRuns: 300 }, (text, consult) => {
      const checked =
        consult.painScore !== null ||
        consult.painIncrease !== null ||
        consult.measures.loadResponse === 'worse';
      const given = consult.adviceSections.includes('pain-during-loading');
      const instructed =
        /belasten tot en met \d+\/10|load up to and including \d+\/10|Belasting verminderen|Reduce the load|binnen de pijnregel|within the pain rule/;
      expect(instructed.test(text)).toBe(checked || given);
    });
  });

  it('states the pain and the increase once', () => {
    everyNote({ numRuns: 300 }, (text, consult, language) => {
      const reported = language === 'nl' ? 'belasten' : 'loading';
      if (consult.painScore !== null)
        expect(text.split(`${reported} ${consult.painScore}/10`).length - 1).toBe(1);
      const increase =
        /toeneemt|toenemen|neemt toe|toename van pijn|increases|increase over time|increase in pain/g;
      expect((text.match(increase) ?? []).length).toBeLessThanOrEqual(
        consult.painScore === null && consult.painIncrease === null ? 1 : 2,
      );
    });
  });
});

describe('the patient note', () => {
  it('never carries a record label (S/O/E/P/A), whatever layout is set', () => {
    everyNote({ numRuns: 300, audiences: ['patient'] }, (text) => {
      expect(text).not.toMatch(/^[SOEPA](\s*\(|:|$)/m);
      expect(text).not.toMatch(/\b(subjectief|objectief|evaluatie|subjective|objective|assessment)\b/i);
    });
  });

  it('gives the verdict with its reason, without contradiction', () => {
    const base: ConsultState = {
      ...EMPTY_CONSULT,
      riskFactors: [],
      painScore: 3,
      painIncrease: 'no',
      review: [],
      adviceSections: [],
      adviceTips: [],
    };
    expect(note(base, 'patient', 'paragraph', 'nl', 4)).toContain(
      'Uw pijn tijdens het belasten is 3 op een schaal van 0 tot 10. Pijn en stijfheid nemen niet toe. Dat past binnen de pijnregel.',
    );
    const worse = note({ ...base, painIncrease: 'yes' }, 'patient', 'paragraph', 'nl', 4);
    expect(worse).toContain(
      'Uw pijn tijdens het belasten is 3 op een schaal van 0 tot 10. Maar pijn of stijfheid neemt toe in de loop van de tijd. Daarom past dit niet binnen de pijnregel.',
    );
    expect(worse).toContain('Belast daarom minder, tot de pijn weer binnen de pijnregel blijft.');
    expect(note({ ...base, painScore: 6 }, 'patient', 'paragraph', 'en', 4)).toContain(
      'Your pain during loading is 6 on a scale of 0 to 10. That is more than 4. So it is not within the pain rule.',
    );
  });
});

describe("a practice threshold that is not the leaflet's", () => {
  it("is named, with the leaflet's, in every note", () => {
    everyNote({ numRuns: 200, audiences: AUDIENCES, threshold: 5 }, (text, _consult, language) => {
      expect(text).toMatch(
        language === 'nl'
          ? /5\/10, praktijkafspraak; folder: 4\/10|praktijkafspraak: 5\/10 \(folder: 4\/10\)/
          : /5\/10, practice agreement; leaflet: 4\/10|practice agreement: 5\/10 \(leaflet: 4\/10\)/,
      );
    });
  });

  it("is never mentioned at the leaflet's threshold", () => {
    everyNote({ numRuns: 100, audiences: AUDIENCES, threshold: 4 }, (text) => {
      expect(text).not.toMatch(/praktijkafspraak|practice agreement/);
    });
  });
});
