// Reads a previous Heupwijzer note back: the dated heading ("Metingen 19-11-2026:") and
// the measure lines after it, in Dutch or English. Tolerant of what EHRs do: bullets,
// numbering, blank lines gained or lost, lines glued together by flattened HTML — each
// line is found by its label, not by line breaks. Text without our values is refused.
import type { OutcomeMeasures } from '../../content/schema';
import { DATE_PATTERN, parseNumber, toIsoDate } from './note-dates';
import { plainNoteText } from './note-text';
import type { Dated, LoadResponse, MeasureLine, NoteRecord, Reading, TrackedMeasure } from './visit-measures';
import { GPE_MAX, GPE_MIN, LOAD_RESPONSES, lineKey, SLS_MAX_SECONDS } from './visit-measures';

export type ReadFailure = 'empty' | 'noValues';
export type ReadResult =
  | { readonly ok: true; readonly record: NoteRecord }
  | { readonly ok: false; readonly reason: ReadFailure };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const either = (texts: readonly string[]) => [...new Set(texts)].map(escapeRegExp).join('|');
// No word boundary after the unit: flattened HTML may glue the next line straight on.
const READING = String.raw`(\d+(?:[.,]\d+)?)\s*(\/\s*10|Nm\/kg|Nm|N|kg|s)`;

function reading(value: string, unit: string): Reading {
  const compact = unit.replace(/\s/g, '') as Reading['unit'];
  return { value: parseNumber(value), unit: compact };
}

function fits(measure: TrackedMeasure, r: Reading): boolean {
  if (r.unit === '/10')
    return (
      ['painLoading', 'nightPain', 'stairsPain', 'psk'].includes(measure) &&
      Number.isInteger(r.value) &&
      r.value <= 10
    );
  if (r.unit === 's') return measure === 'slsSeconds' && r.value <= SLS_MAX_SECONDS;
  return measure === 'abductionStrength';
}

export function readPreviousNote(raw: string, measures: OutcomeMeasures): ReadResult {
  const text = plainNoteText(raw);
  if (!text.trim()) return { ok: false, reason: 'empty' };
  const words = measures.words;
  const both = (w: { nl: string; en: string }) => [w.nl, w.en];
  // A selection may hold several notes (an EHR's history): the latest dated one counts,
  // up to the next dated heading.
  const headingPattern = new RegExp(`(?:${either(both(words.heading))})\\s*[:(]?\\s*${DATE_PATTERN}`, 'g');
  const headings = [...text.matchAll(headingPattern)].flatMap((m) => {
    const date = toIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? [{ date, start: (m.index ?? 0) + m[0].length, index: m.index ?? 0 }] : [];
  });
  const latest = headings.reduce<(typeof headings)[number] | undefined>(
    (best, h) => (!best || h.date > best.date ? h : best),
    undefined,
  );
  if (!latest) return { ok: false, reason: 'noValues' };
  const date = latest.date;
  const next = headings.find((h) => h.index > latest.index);
  const body = text.slice(latest.start, next?.index ?? text.length);
  const byLabel = new Map(
    measures.items.flatMap((m) => both(m.label).map((label) => [label, m.id] as const)),
  );
  const labels = [...byLabel.keys()].sort((a, b) => b.length - a.length);
  const anchors = [...body.matchAll(new RegExp(either(labels), 'g'))];

  const notMeasured = either(both(words.notMeasured));
  const lines = new Map<string, MeasureLine>();
  let gpe: number | null = null;
  let loadResponse: LoadResponse | null = null;
  anchors.forEach((anchor, i) => {
    const id = byLabel.get(anchor[0]);
    const segment = body.slice((anchor.index ?? 0) + anchor[0].length, anchors[i + 1]?.index ?? body.length);
    if (id === 'gpe') {
      const m = /^\s*:?\s*([+-]?\d{1,2})(?!\s*\/|\d)/.exec(segment);
      const value = m ? Number(m[1]) : Number.NaN;
      if (gpe === null && value >= GPE_MIN && value <= GPE_MAX) gpe = value;
      return;
    }
    if (id === 'loadResponse') {
      const answers = LOAD_RESPONSES.flatMap((r) => both(words[r]).map((w) => [w, r] as const));
      answers.sort(([a], [b]) => b.length - a.length);
      const m = new RegExp(`^\\s*:?\\s*(${either(answers.map(([w]) => w))})`).exec(segment);
      const found = m && answers.find(([w]) => w === m[1]);
      if (loadResponse === null && found) loadResponse = found[1];
      return;
    }
    if (!id) return;
    const line = readLine(id, segment, notMeasured);
    if (line && !lines.has(lineKey(line))) lines.set(lineKey(line), line);
  });
  if (!lines.size && gpe === null && loadResponse === null) return { ok: false, reason: 'noValues' };
  return { ok: true, record: { date, lines: [...lines.values()], gpe, loadResponse } };
}

function readLine(measure: TrackedMeasure, segment: string, notMeasured: string): MeasureLine | null {
  const value = `(?:${READING}|(${notMeasured}))`;
  const pattern = measure === 'psk' ? `^\\s+([^:]+?)\\s*:\\s*${value}` : `^\\s*:?\\s*()${value}`;
  const m = new RegExp(pattern).exec(segment);
  if (!m) return null;
  const [, activity, number, unit, none] = m;
  const current = none ? null : reading(number ?? '', unit ?? '');
  if (current && !fits(measure, current)) return null;
  const intake = readIntake(segment.slice(m[0].length), measure);
  if (!current && !intake) return null;
  const line: MeasureLine = { measure, current, intake };
  return measure === 'psk' ? { ...line, activity: (activity ?? '').trim() } : line;
}

/** "(vorige 19-11-2026: 6/10; intake 12-11-2026: 8/10)": only the intake travels on. */
function readIntake(rest: string, measure: TrackedMeasure): Dated | null {
  const refs = /^\s*\(([^)]*)\)/.exec(rest)?.[1] ?? '';
  const m = new RegExp(`intake\\s+${DATE_PATTERN}\\s*:\\s*${READING}`).exec(refs);
  if (!m) return null;
  const date = toIsoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  const r = reading(m[4] ?? '', m[5] ?? '');
  return date && fits(measure, r) ? { date, reading: r } : null;
}
