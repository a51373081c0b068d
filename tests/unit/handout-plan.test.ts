// What the handout shows for a consult: the plain title, key points only from what was
// chosen (3–5), the chosen sections and no others, drawings in place of their list items,
// the pain picture with the practice's threshold, and the "Dit ga ik doen" list.
import { describe, expect, it } from 'vitest';
import { glutealTendinopathy as condition } from '../../content/gluteal-tendinopathy';
import { glutealTendinopathyHandout as handout } from '../../content/gluteal-tendinopathy-handout';
import { type ConsultState, EMPTY_CONSULT } from '../../utils/consult/consult-state';
import { cssString } from '../../utils/handout/css-string';
import { type HandoutPart, handoutPlan } from '../../utils/handout/handout-plan';

const consult = (adviceSections: string[], adviceTips: string[] = []): ConsultState => ({
  ...EMPTY_CONSULT,
  adviceSections,
  adviceTips,
});
const typical = consult(
  ['what-to-do', 'pain-during-loading', 'loading-is-medication'],
  ['not-on-painful-side', 'no-crossed-legs'],
);
/** A practical tip's words, from the content (the wording may be refined there). */
const tip = (id: string, language: 'nl' | 'en' = 'nl') =>
  condition.sections
    .flatMap((s) => s.blocks)
    .flatMap((b) => (b.kind === 'list' ? b.items : []))
    .find((item) => item.id === id)?.text[language];
const figures = (parts: readonly HandoutPart[]) =>
  parts.flatMap((part) => (part.kind === 'figures' ? part.figures : []));

describe('handoutPlan', () => {
  it('fills every {field}: no "{" is left in any text, at either threshold, in either language', () => {
    const everything = consult(
      condition.sections.map((s) => s.id),
      ['no-hip-hanging', 'not-on-painful-side', 'pillow-between-knees', 'no-crossed-legs', 'no-deep-chair'],
    );
    const texts = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : Array.isArray(value)
          ? value.flatMap(texts)
          : typeof value === 'object' && value !== null
            ? Object.values(value).flatMap(texts)
            : [];
    for (const threshold of [4, 5])
      for (const language of ['nl', 'en'] as const) {
        const all = texts(handoutPlan(condition, handout, everything, language, threshold));
        expect(all.length).toBeGreaterThan(20);
        for (const text of all) expect(text).not.toContain('{');
        if (threshold === 5)
          expect(all.join('\n')).toContain(language === 'nl' ? 'folder: 4/10' : 'leaflet: 4/10');
      }
  });

  it('has the plain title with the medical term under it, in both languages', () => {
    expect(handoutPlan(condition, handout, typical, 'nl', 4)).toMatchObject({
      title: 'Pijn aan de zijkant van de heup',
      subtitle: '(gluteale tendinopathie)',
    });
    expect(handoutPlan(condition, handout, typical, 'en', 4)).toMatchObject({
      title: 'Pain on the side of the hip',
      subtitle: '(gluteal tendinopathy)',
    });
  });

  it('shows the chosen sections in leaflet order and no others', () => {
    const plan = handoutPlan(condition, handout, consult(['loading-is-medication', 'anatomy']), 'nl', 4);
    expect(plan.sections.map((s) => s.id)).toEqual(['anatomy', 'loading-is-medication']);
    expect(handoutPlan(condition, handout, EMPTY_CONSULT, 'nl', 4).sections).toEqual([]);
  });

  it('takes its key points from the chosen sections, the pain rule first, with the threshold', () => {
    const plan = handoutPlan(condition, handout, typical, 'nl', 4);
    expect(plan.keyPoints).toHaveLength(3);
    expect(plan.keyPoints[0]).toContain('tot en met 4 op een schaal van 0 tot 10');
    expect(plan.keyPoints[2]).toMatch(/^Belasten is als medicatie/);
    expect(handoutPlan(condition, handout, typical, 'nl', 5).keyPoints[0]).toContain(
      'tot en met 5 op een schaal van 0 tot 10',
    );
  });

  it('fills every {field}, and a practice threshold names the leaflet’s beside it', () => {
    const all = consult(
      condition.sections.map((s) => s.id),
      [],
    );
    for (const threshold of [4, 5]) {
      for (const language of ['nl', 'en'] as const) {
        expect(JSON.stringify(handoutPlan(condition, handout, all, language, threshold))).not.toMatch(
          /\{\w+\}/,
        );
      }
    }
    expect(handoutPlan(condition, handout, typical, 'nl', 4).keyPoints[0]).not.toContain('folder');
    expect(handoutPlan(condition, handout, typical, 'nl', 5).keyPoints[0]).toContain('folder: 4/10');
  });

  it('never shows more than five key points, and tops up to three with the tips given', () => {
    const all = consult(condition.sections.map((s) => s.id));
    expect(handoutPlan(condition, handout, all, 'nl', 4).keyPoints).toHaveLength(5);
    const few = handoutPlan(
      condition,
      handout,
      consult(['anatomy'], ['no-crossed-legs', 'no-deep-chair']),
      'nl',
      4,
    );
    expect(few.keyPoints).toEqual([tip('no-crossed-legs'), tip('no-deep-chair')]);
    expect(handoutPlan(condition, handout, consult(['anatomy']), 'nl', 4).keyPoints).toEqual([]);
  });

  it('shows the drawings of the three positions and of the chosen tips only', () => {
    const [whatToDo] = handoutPlan(condition, handout, typical, 'en', 4).sections;
    expect(figures(whatToDo?.parts ?? []).map((f) => f.file)).toEqual([
      'position-adduction',
      'position-flexion',
      'position-internal-rotation',
      'tip-not-on-painful-side',
      'tip-no-crossed-legs',
    ]);
    expect(figures(whatToDo?.parts ?? [])[3]).toMatchObject({
      text: tip('not-on-painful-side', 'en'),
      alt: 'Do not: sleep on your side with the painful hip underneath.',
    });
  });

  it('shows all five tips when their section was chosen without picking tips', () => {
    const [whatToDo] = handoutPlan(condition, handout, consult(['what-to-do']), 'nl', 4).sections;
    expect(figures(whatToDo?.parts ?? [])).toHaveLength(8);
  });

  it('puts tips given without their section under their own heading, without the lead-in', () => {
    const plan = handoutPlan(condition, handout, consult(['anatomy'], ['no-deep-chair']), 'nl', 4);
    expect(plan.sections.map((s) => s.heading)).toEqual(['Anatomie', 'Praktische tips']);
    expect(plan.sections[1]?.parts).toEqual([
      {
        kind: 'figures',
        figures: [expect.objectContaining({ file: 'tip-no-deep-chair', text: tip('no-deep-chair') })],
      },
    ]);
    expect(plan.homeList).toEqual([tip('no-deep-chair')]);
  });

  it('lists for home what the chosen sections ask and the tips given, in leaflet order', () => {
    expect(handoutPlan(condition, handout, typical, 'nl', 4).homeList).toEqual([
      'Nadenken over de momenten met de meeste pijn, en die zo goed mogelijk voorkomen.',
      tip('not-on-painful-side'),
      tip('no-crossed-legs'),
      'Bij oefenen en belasten op de pijn letten: pijn tot en met 4 op een schaal van 0 tot 10 mag, en niet meer pijn of stijfheid in de loop van de tijd.',
      'Belasten als medicatie: niet te weinig en niet te veel.',
    ]);
  });

  it('draws the pain scale up to the practice threshold, and says when that is not the leaflet’s 4', () => {
    const at4 = handoutPlan(condition, handout, typical, 'nl', 4);
    expect(at4.painScale).toEqual({
      threshold: 4,
      max: 10,
      zone: '0 tot en met 4: deze pijn mag',
      condition: 'Voorwaarde: de pijn en stijfheid nemen niet toe in de loop van de tijd.',
      label: 'Pijnschaal van 0 tot 10. Pijn van 0 tot en met 4 mag.',
    });
    const pain = at4.sections.find((s) => s.id === 'pain-during-loading');
    expect(pain?.parts.at(-1)).toEqual({ kind: 'pain-scale' });
    expect(handoutPlan(condition, handout, typical, 'en', 5).painScale).toMatchObject({
      threshold: 5,
      zone: '0 up to and including 5: this pain is allowed',
      practiceNote: 'Your practice uses 5 as the limit; the leaflet says 4.',
    });
    expect(handoutPlan(condition, handout, consult(['anatomy']), 'nl', 4).painScale).toBeUndefined();
  });

  it('without handout content shows the medical name and the sections only', () => {
    const plan = handoutPlan(condition, undefined, typical, 'nl', 4);
    expect(plan).toMatchObject({ title: 'Gluteale tendinopathie', keyPoints: [], homeList: [] });
    expect(plan.sections.map((s) => s.id)).toEqual([
      'what-to-do',
      'pain-during-loading',
      'loading-is-medication',
    ]);
    expect(plan.painScale).toBeUndefined();
  });
});

describe('handout content', () => {
  it('is what the condition loads on demand', async () => {
    expect(await condition.handout?.()).toBe(handout);
  });

  it('has every text in both languages', () => {
    const texts = JSON.stringify(handout).match(/"nl":"[^"]*","en":"[^"]*"/g) ?? [];
    expect(texts.length).toBeGreaterThan(25);
    for (const text of texts) expect(text).not.toMatch(/"(nl|en)":""/);
  });

  it('ties every key point and home action to a section of the leaflet', () => {
    const ids = condition.sections.map((s) => s.id);
    expect(ids).toContain(handout.painRuleSection);
    for (const point of [...handout.keyPoints, ...handout.homeActions]) {
      expect(ids, point.id).toContain(point.section);
    }
  });
});

describe('cssString', () => {
  it('keeps a practice name inside its CSS string', () => {
    expect(cssString('Fysio "De Heup" \\ Zuid\nTel')).toBe('"Fysio \\"De Heup\\" \\\\ Zuid\\A Tel"');
  });
});
