// Writes the measures as lines a clinician would write: "Nachtpijn 6/10 (vorige
// 19-11-2026: 7/10; intake 12-11-2026: 8/10)". No hidden codes: the parser reads these
// same words back (parse-note.ts), in either language.
import type { ContentLanguage, OutcomeMeasures } from '../../content/schema';
import { formatNoteDate, formatNumber } from './note-dates';
import type { Dated, LoadResponse, MeasureLine, NoteRecord, Reading } from './visit-measures';

export function readingText(reading: Reading, language: ContentLanguage): string {
  const value = formatNumber(reading.value, language);
  return reading.unit === '/10' ? `${value}/10` : `${value} ${reading.unit}`;
}

function labelOf(measures: OutcomeMeasures, id: string, language: ContentLanguage): string {
  return measures.items.find((m) => m.id === id)?.label[language] ?? id;
}

function refsText(
  previous: Dated | null,
  intake: Dated | null,
  measures: OutcomeMeasures,
  language: ContentLanguage,
): string {
  const words = measures.words;
  const ref = (word: string, dated: Dated) =>
    `${word} ${formatNoteDate(dated.date, language)}: ${readingText(dated.reading, language)}`;
  const refs: string[] = [];
  // The previous visit is named unless it was the intake itself.
  if (previous && previous.date !== intake?.date) refs.push(ref(words.previous[language], previous));
  if (intake) refs.push(ref(words.intake[language], intake));
  return refs.length ? ` (${refs.join('; ')})` : '';
}

export function measureLineText(
  line: MeasureLine,
  previous: Dated | null,
  measures: OutcomeMeasures,
  language: ContentLanguage,
): string {
  const label = labelOf(measures, line.measure, language);
  const value = line.current ? readingText(line.current, language) : measures.words.notMeasured[language];
  const head = line.measure === 'psk' ? `${label} ${line.activity}: ${value}` : `${label} ${value}`;
  return head + refsText(previous, line.intake, measures, language);
}

export function gpeText(gpe: number, measures: OutcomeMeasures, language: ContentLanguage): string {
  const signed = gpe > 0 ? `+${gpe}` : String(gpe);
  return `${labelOf(measures, 'gpe', language)}: ${signed} ${measures.words.gpeScale[language]}`;
}

export function loadResponseText(
  response: LoadResponse,
  measures: OutcomeMeasures,
  language: ContentLanguage,
): string {
  return `${labelOf(measures, 'loadResponse', language)}: ${measures.words[response][language]}`;
}

export function headingText(
  record: NoteRecord,
  measures: OutcomeMeasures,
  language: ContentLanguage,
): string {
  return `${measures.words.heading[language]} ${formatNoteDate(record.date, language)}:`;
}
