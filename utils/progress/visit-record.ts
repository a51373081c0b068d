// This visit's record: the values entered now, each with the intake value carried
// forward from the previous note (or, for a value first measured then, the previous
// note's own value), and the previous visit's value to compare with.
import { type ConsultProgress, currentReadings } from './current-readings';
import type { Dated, IsoDate, MeasureLine, NoteRecord } from './visit-measures';
import { lineKey } from './visit-measures';

const LINE_ORDER: readonly MeasureLine['measure'][] = [
  'painLoading',
  'nightPain',
  'stairsPain',
  'psk',
  'slsSeconds',
  'abductionStrength',
];

export interface VisitRecord {
  readonly record: NoteRecord;
  /** The previous visit's value per line key, for "(vorige …)". */
  readonly previous: ReadonlyMap<string, Dated>;
}

/** The first value of a line in a note: its intake, or its own value if it had none. */
export function baseline(line: MeasureLine, noteDate: IsoDate): Dated | null {
  if (line.intake) return line.intake;
  return line.current ? { date: noteDate, reading: line.current } : null;
}

export function visitRecord(
  consult: ConsultProgress,
  today: IsoDate,
  earlier: NoteRecord | null,
): VisitRecord {
  const previousLines = new Map((earlier?.lines ?? []).map((line) => [lineKey(line), line]));
  const previous = new Map<string, Dated>();
  const lines: MeasureLine[] = [];
  const add = (line: Omit<MeasureLine, 'intake'>) => {
    const key = lineKey(line);
    const before = previousLines.get(key);
    if (before?.current && earlier) previous.set(key, { date: earlier.date, reading: before.current });
    lines.push({ ...line, intake: before && earlier ? baseline(before, earlier.date) : null });
    previousLines.delete(key);
  };
  for (const line of currentReadings(consult)) add(line);
  // Measured before but not now: the line still carries the intake forward.
  for (const line of previousLines.values()) {
    if (baseline(line, earlier?.date ?? today)) add({ ...line, current: null });
  }
  lines.sort((a, b) => LINE_ORDER.indexOf(a.measure) - LINE_ORDER.indexOf(b.measure));
  return {
    record: {
      date: today,
      lines,
      gpe: consult.measures.gpe,
      loadResponse: consult.measures.loadResponse,
    },
    previous,
  };
}
