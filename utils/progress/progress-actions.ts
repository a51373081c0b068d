// How entering measures and reading the previous note change the consult (pure: state
// in, state out). Reading a note keeps its values only, never its text, and carries the
// patient's PSK activities forward so they can be scored again.
import type { ConsultState } from '../consult/consult-state';
import { effectiveIncrease } from './load-response';
import type { NoteRecord, PskEntry, VisitMeasures } from './visit-measures';
import { lineKey, PSK_MAX } from './visit-measures';

export function withMeasures(state: ConsultState, patch: Partial<VisitMeasures>): ConsultState {
  const next = { ...state, measures: { ...state.measures, ...patch } };
  // The morning after loading answers the pain check's "increase over time" question too,
  // so the two never contradict each other in the note.
  if (patch.loadResponse === undefined || patch.loadResponse === null) return next;
  return { ...next, painIncrease: effectiveIncrease(state.painIncrease, patch.loadResponse) };
}

export function withPsk(state: ConsultState, index: number, patch: Partial<PskEntry>): ConsultState {
  if (index < 0 || index >= PSK_MAX) return state;
  const psk = [...state.measures.psk];
  while (psk.length <= index) psk.push({ activity: '', score: null });
  psk[index] = { ...(psk[index] as PskEntry), ...patch };
  return withMeasures(state, { psk });
}

export function withPreviousNote(state: ConsultState, record: NoteRecord | null): ConsultState {
  if (!record) return { ...state, previousNote: null };
  const known = new Set(
    state.measures.psk.map((entry) => lineKey({ measure: 'psk', activity: entry.activity })),
  );
  const carried = record.lines
    .filter((line) => line.measure === 'psk' && line.activity && !known.has(lineKey(line)))
    .map((line): PskEntry => ({ activity: line.activity ?? '', score: null }));
  const psk = [...state.measures.psk.filter((entry) => entry.activity.trim()), ...carried].slice(0, PSK_MAX);
  return { ...withMeasures(state, { psk }), previousNote: record };
}
