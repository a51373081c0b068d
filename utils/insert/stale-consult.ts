// A consult left open from an earlier patient ("Nieuwe patiënt" forgotten) must not slip
// into the next record through the menu or shortcut, where the panel is out of sight.
// Pure: how old the consult is, and whether to ask first.
import { type ConsultState, EMPTY_CONSULT } from '../consult/consult-state';

export function consultAgeMinutes(changedAt: number | null, now: number): number | null {
  return changedAt === null ? null : Math.max(0, Math.floor((now - changedAt) / 60_000));
}

const isEmpty = (consult: ConsultState) => JSON.stringify(consult) === JSON.stringify(EMPTY_CONSULT);

/** Minutes to name in the question, or null when no question is needed. */
export function staleMinutes(
  consult: ConsultState,
  changedAt: number | null,
  now: number,
  /** The practice setting `staleConsultMinutes`. */
  limitMinutes: number,
): number | null {
  const age = consultAgeMinutes(changedAt, now);
  if (age === null || isEmpty(consult)) return null;
  return age > limitMinutes ? age : null;
}
