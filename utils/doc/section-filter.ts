// Which advice sections match the filter box: every word of the query must occur in the
// section's heading or text, ignoring case and accents ("knieen" finds "knieën").
import type { Section } from '../../content/schema';
import { renderText } from './render-doc';
import type { SectionDocOptions } from './section-doc';
import { sectionDoc } from './section-doc';

export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();
}

export function filterSections(
  sections: readonly Section[],
  query: string,
  options: SectionDocOptions,
): Section[] {
  const words = normalizeForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...sections];
  return sections.filter((section) => {
    const haystack = normalizeForSearch(renderText(sectionDoc(section, options)));
    return words.every((word) => haystack.includes(word));
  });
}
