// The outcome measures as content: every measure of the schema once, in both languages,
// with its published source; labels the parser can tell apart (none inside another).
import { describe, expect, it } from 'vitest';
import { CONTENT_LANGUAGES, MEASURE_IDS } from '../../content/schema';
import { glutealTendinopathy } from './support/loaded-condition';

const measures = glutealTendinopathy.measures;

describe('gluteal tendinopathy outcome measures', () => {
  it('has every measure once, each with a source', () => {
    expect(measures?.items.map((m) => m.id).sort()).toEqual([...MEASURE_IDS].sort());
    for (const m of measures?.items ?? []) expect(m.source.trim(), m.id).not.toBe('');
  });

  it('cites the interim core outcome set for the measures it names', () => {
    const cos = measures?.items.filter((m) => m.source.includes('Br J Sports Med 2024;58(5):245–254'));
    expect(cos?.map((m) => m.id).sort()).toEqual(
      ['abductionStrength', 'gpe', 'nightPain', 'slsSeconds', 'stairsPain'].sort(),
    );
    expect(measures?.items.find((m) => m.id === 'loadResponse')?.source).toMatch(/Silbernagel .* 2007/);
  });

  it('has labels the parser can tell apart, in either language', () => {
    const labels = (measures?.items ?? []).flatMap((m) => CONTENT_LANGUAGES.map((l) => m.label[l]));
    const distinct = [...new Set(labels)];
    for (const a of distinct) {
      expect(a, 'a label starts with a capital (read case-sensitively)').toMatch(/^\p{Lu}/u);
      for (const b of distinct) if (a !== b) expect(b.includes(a), `${a} inside ${b}`).toBe(false);
    }
  });
});
