// The measures as note blocks: what the patient reports goes to S, what was measured to
// O, under one dated line ("Metingen 19-11-2026:") that the next visit reads back; and
// when the morning after loading was worse, a proposed P line the therapist may reword.
import type { ContentLanguage, OutcomeMeasures } from '../../content/schema';
import type { DocBlock } from '../doc/doc';
import { gpeText, headingText, loadResponseText, measureLineText } from './note-lines';
import { lineKey } from './visit-measures';
import type { VisitRecord } from './visit-record';

export interface ProgressBlocks {
  readonly subjective: DocBlock[];
  readonly objective: DocBlock[];
}

const OBJECTIVE = new Set(['slsSeconds', 'abductionStrength']);

export function progressBlocks(
  { record, previous }: VisitRecord,
  measures: OutcomeMeasures,
  language: ContentLanguage,
): ProgressBlocks {
  const text = (line: VisitRecord['record']['lines'][number]) =>
    measureLineText(line, previous.get(lineKey(line)) ?? null, measures, language);
  const reported = record.lines.filter((line) => !OBJECTIVE.has(line.measure)).map(text);
  if (record.gpe !== null) reported.push(gpeText(record.gpe, measures, language));
  if (record.loadResponse !== null) reported.push(loadResponseText(record.loadResponse, measures, language));
  const measured = record.lines.filter((line) => OBJECTIVE.has(line.measure)).map(text);
  if (!reported.length && !measured.length) return { subjective: [], objective: [] };

  const heading: DocBlock = { type: 'paragraph', text: headingText(record, measures, language) };
  const list = (texts: string[]): DocBlock[] =>
    texts.length ? [{ type: 'list', items: texts.map((t) => ({ text: t })) }] : [];
  // The dated line goes first, wherever the first measure is.
  return reported.length
    ? { subjective: [heading, ...list(reported)], objective: list(measured) }
    : { subjective: [], objective: [heading, ...list(measured)] };
}

/** When the morning after was worse: the proposed P line, or the therapist's rewording of it. */
export function progressPlan(
  plan: string | null,
  response: VisitRecord['record']['loadResponse'],
  measures: OutcomeMeasures,
  language: ContentLanguage,
): DocBlock[] {
  if (response !== 'worse') return [];
  const text = plan ?? measures.words.reduceLoadPlan[language];
  return text.trim() ? [{ type: 'paragraph', text: text.trim() }] : [];
}
