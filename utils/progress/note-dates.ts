// Dates and numbers as a clinician writes them in a note: 19-11-2026 (nl), 19/11/2026
// (en), 12,5 (nl) / 12.5 (en). Read back in either form.
import type { ContentLanguage } from '../../content/schema';
import type { IsoDate } from './visit-measures';

export function isoDate(date: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function formatNoteDate(iso: IsoDate, language: ContentLanguage): string {
  const [year, month, day] = iso.split('-').map(Number);
  return [day, month, year].join(language === 'nl' ? '-' : '/');
}

/** A real calendar date from day, month and year, or null. */
export function toIsoDate(day: number, month: number, year: number): IsoDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/** "19-11-2026", "19/11/2026" or "19.11.2026" as a regular-expression source (3 groups). */
export const DATE_PATTERN = String.raw`(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})`;

export function formatNumber(value: number, language: ContentLanguage): string {
  const text = String(Math.round(value * 10) / 10);
  return language === 'nl' ? text.replace('.', ',') : text;
}

export function parseNumber(text: string): number {
  return Number(text.replace(',', '.'));
}
