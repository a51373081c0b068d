// The advice filter narrows sections as the clinician types.
import { describe, expect, it } from 'vitest';
import { glutealTendinopathy as condition } from '../../content/gluteal-tendinopathy';
import { filterSections, normalizeForSearch } from '../../utils/doc/section-filter';

const ids = (query: string, language: 'nl' | 'en' = 'nl') =>
  filterSections(condition.sections, query, { language, values: { threshold: '4' } }).map((s) => s.id);

describe('filterSections', () => {
  it('shows every section for an empty or blank query', () => {
    expect(ids('')).toHaveLength(condition.sections.length);
    expect(ids('   ')).toHaveLength(condition.sections.length);
  });

  it('finds text inside a section, not only in headings', () => {
    expect(ids('kussen')).toEqual(['what-to-do']);
    expect(ids('shockwave')).toEqual(['therapist']);
  });

  it('ignores case and accents', () => {
    expect(ids('KNIEEN')).toEqual(['what-to-do']);
    expect(normalizeForSearch('Knieën')).toBe('knieen');
  });

  it('needs every word to match', () => {
    expect(ids('pijn schaal')).toEqual(['pain-during-loading']);
    expect(ids('pijn zzz')).toEqual([]);
  });

  it('searches the chosen language', () => {
    expect(ids('pillow', 'en')).toEqual(['what-to-do']);
    expect(ids('pillow', 'nl')).toEqual([]);
  });
});
