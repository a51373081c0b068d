// The clinical content: complete in both languages, stable ids, true to the leaflet.
import { describe, expect, it } from 'vitest';
import { conditions } from '../../content';
import { glutealTendinopathy as condition } from '../../content/gluteal-tendinopathy';
import { CONTENT_LANGUAGES, type ListItem, type Localized, TEMPLATE_FIELDS } from '../../content/schema';
import { loadCondition } from '../../utils/consult/load-condition';

/** A text object: any object with a content-language key (complete or not). */
function isText(value: unknown): value is Partial<Localized> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    CONTENT_LANGUAGES.some((language) => language in value)
  );
}

/** Every text object in a value, with the path to it. */
function localizedTexts(value: unknown, path = ''): [string, Localized][] {
  if (isText(value)) return [[path, value as Localized]];
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, v]) => localizedTexts(v, `${path}.${key}`));
  }
  return [];
}

/**
 * Checked at runtime, not only by the type: the path of every text that lacks a content
 * language, has an empty one, or has a key that is not a content language.
 */
function incompleteTexts(value: unknown): string[] {
  return localizedTexts(value).flatMap(([path, text]) => [
    ...CONTENT_LANGUAGES.filter(
      (language) => typeof text[language] !== 'string' || text[language].trim() === '',
    ).map((language) => `${path}.${language}`),
    ...Object.keys(text)
      .filter((key) => !(CONTENT_LANGUAGES as readonly string[]).includes(key))
      .map((key) => `${path}.${key}`),
  ]);
}

const allItems = (items: readonly ListItem[]): ListItem[] =>
  items.flatMap((item) => [item, ...allItems(item.items ?? [])]);

// With their consult content (examination, measures), which loads on demand in the panel.
const loaded = await Promise.all(conditions.map(loadCondition));

describe.each(loaded.map((c) => [c.id, c] as const))('condition %s', (_id, c) => {
  const texts = localizedTexts(c);

  it('has text in every content language for every item', () => {
    expect(texts.length).toBeGreaterThan(50);
    expect(incompleteTexts(c)).toEqual([]);
  });

  it('would notice a text with its English removed or emptied', () => {
    // The handout loader is a function (loaded on demand), which structuredClone cannot copy.
    const { handout: _handout, ...data } = c;
    const copy = structuredClone(data) as unknown as { sections: { heading: { en?: string } }[] };
    const [first, second] = copy.sections;
    if (!first || !second) throw new Error('needs two sections');
    delete first.heading.en;
    second.heading.en = ' ';
    expect(incompleteTexts(copy)).toEqual(
      expect.arrayContaining(['.sections[0].heading.en', '.sections[1].heading.en']),
    );
  });

  it('has unique, url-safe ids for sections, blocks and items', () => {
    const sectionIds = c.sections.map((s) => s.id);
    expect(new Set(sectionIds).size).toBe(sectionIds.length);
    for (const section of c.sections) {
      const blockIds = section.blocks.map((b) => b.id);
      expect(new Set(blockIds).size, section.id).toBe(blockIds.length);
    }
    const factorIds = c.riskFactorGroups.flatMap((g) => allItems(g.factors)).map((f) => f.id);
    expect(new Set(factorIds).size).toBe(factorIds.length);
    for (const id of [...sectionIds, ...factorIds]) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('uses only known template fields', () => {
    for (const [path, text] of texts) {
      for (const language of CONTENT_LANGUAGES) {
        for (const [, field] of (text[language] ?? '').matchAll(/\{(\w+)\}/g)) {
          expect(TEMPLATE_FIELDS as readonly string[], path).toContain(field);
        }
      }
    }
  });
});

describe('gluteal tendinopathy, against the leaflet', () => {
  const dutch = localizedTexts(condition).map(([, text]) => text.nl);

  it('has every section of the leaflet, in its order', () => {
    expect(condition.sections.map((s) => s.id)).toEqual([
      'what-is-it',
      'symptoms',
      'bursitis',
      'anatomy',
      'what-is-going-on',
      'what-to-do',
      'therapist',
      'causes',
      'load-capacity',
      'pain-during-loading',
      'not-improving',
      'loading-is-medication',
    ]);
  });

  it('lists the 11 intrinsic and 8 extrinsic factors, overload with its 3 sub-items', () => {
    const [intrinsic, extrinsic] = condition.riskFactorGroups;
    expect(intrinsic?.factors).toHaveLength(11);
    expect(extrinsic?.factors).toHaveLength(8);
    const overload = extrinsic?.factors.find((f) => f.id === 'overload');
    expect(overload?.items?.map((i) => i.id)).toEqual([
      'overload-repetitions',
      'overload-intensity',
      'overload-duration',
    ]);
  });

  it('gives the five practical tips and the three compression movements', () => {
    const whatToDo = condition.sections.find((s) => s.id === 'what-to-do');
    const lists = whatToDo?.blocks.filter((b) => b.kind === 'list') ?? [];
    expect(lists.find((b) => b.id === 'tips')?.items).toHaveLength(5);
    expect(lists.find((b) => b.id === 'compression')?.items.map((i) => i.id)).toEqual([
      'adduction',
      'flexion',
      'internal-rotation',
    ]);
  });

  it('keeps the pain rule of the leaflet: up to 4 on 0–10', () => {
    expect(condition.painRule).toMatchObject({ defaultThreshold: 4, scaleMax: 10 });
    expect(condition.review.map((q) => q.id)).toEqual(['expectations', 'technique', 'adherence', 'load']);
  });

  it('corrects the extraction artefacts and typing slips', () => {
    const all = dutch.join('\n');
    for (const slip of [
      'Diabetis',
      'Psoaris',
      'kanje',
      'verhoogd de kans',
      'zo goed als te voorkomen',
      'van toevoegde waarde',
      'zie afb',
      'ü ',
    ]) {
      expect(all).not.toContain(slip);
    }
    expect(all).toContain('Diabetes');
    expect(all).toContain('Psoriasis');
    expect(all).toContain('zo goed mogelijk te voorkomen');
  });

  it("keeps the leaflet's own words where the product had slipped", () => {
    const all = dutch.join('\n');
    expect(all).toContain('Regelmatig verward met slijmbeursontsteking');
    expect(all).not.toMatch(/Vaak verward/);
    expect(all).toContain('belasten als een soort medicatie is');
    expect(all).toContain('De gluteale musculatuur is ');
    expect(all).not.toContain('musculatuur zijn');
  });

  it('speaks plain Dutch (B1) to the patient: no Latin in brackets, no sentence over 25 words', () => {
    const patientTexts = condition.sections.flatMap((section) =>
      section.blocks.flatMap((block) =>
        block.kind === 'paragraph'
          ? [block.text.nl]
          : [block.title?.nl ?? '', ...block.items.flatMap((item) => [item.text.nl, item.detail?.nl ?? ''])],
      ),
    );
    for (const text of patientTexts) {
      expect(text).not.toMatch(/\((adductie|flexie|endorotatie)\)/);
      for (const sentence of text.split(/(?<=[.?!:])\s+/))
        expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(25);
    }
  });

  it('says in English what the Dutch means', () => {
    const english = localizedTexts(condition)
      .map(([, text]) => text.en)
      .join('\n');
    for (const slip of ['hang on your hip', 'too deep', 'Imbalance in energy balance']) {
      expect(english).not.toContain(slip);
    }
    expect(english).toContain(
      'Do not stand with your weight on one leg and that hip pushed out to the side.',
    );
    expect(english).toContain('Do not sit in a low, sunken chair.');
  });

  it('gives every tip a record text that speaks of the patient, not to them', () => {
    const tips = condition.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'list' && b.role === 'tips' ? b.items : [])),
    );
    for (const tip of tips) {
      expect(tip.record, tip.id).toBeDefined();
      expect(tip.record?.nl, tip.id).not.toMatch(/\b(u|uw|U|Uw)\b/);
      expect(tip.record?.en, tip.id).not.toMatch(/\b(you|your)\b|^Do not/i);
    }
  });

  it('explains "in de heup hangen" in Dutch as the English does, and includes the limit in the pain rule', () => {
    const dutch = localizedTexts(condition).map(([, text]) => text.nl);
    expect(dutch).toContain(
      'Niet ‘in de heup hangen’ bij het staan (op één been staan met die heup naar opzij geduwd).',
    );
    expect(dutch.join('\n')).toContain(
      'U mag pijn voelen tot en met {threshold}, op een schaal van 0 tot 10',
    );
    expect(dutch.join('\n')).toContain('Meestal zijn mensen met deze klachten ouder dan 40 jaar.');
  });

  it('names a practice threshold wherever a text holds the threshold', () => {
    for (const [path, text] of localizedTexts(condition)) {
      for (const language of CONTENT_LANGUAGES) {
        if (text[language].includes('{threshold}')) expect(text[language], path).toContain('{thresholdNote}');
      }
    }
  });

  it('has a third-person record wording for every review point and for tips that say "u"', () => {
    for (const question of condition.review) expect(question.record.nl).not.toMatch(/\b(u|uw|U)\b/);
    const tips = condition.sections.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'list' && b.role === 'tips' ? b.items : [])),
    );
    for (const tip of tips) {
      expect((tip.record ?? tip.text).nl, tip.id).not.toMatch(/\b(u|uw|U)\b/);
      expect((tip.record ?? tip.text).en, tip.id).not.toMatch(/\b(you|your)\b/i);
    }
  });

  it('speaks to the patient as "u", never "je"', () => {
    for (const text of dutch) expect(text).not.toMatch(/\b(je|jij|jou|jouw)\b/i);
  });
});
