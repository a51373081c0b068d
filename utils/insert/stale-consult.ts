// A consult left open from an earlier patient ("Nieuwe patiënt" forgotten) must not slip
// into the next record through the menu or shortcut, where the panel is out of sight.
// Pure: how old the consult is, and whether to ask first.
import { type ConsultState, EMPTY_CONSULT } from '../consult-state';

/** Ask before inserting a consult untouched for longer than this (minutes); a setting. */
export const STALE_CONSULT_MINUTES = 60;

export function consultAgeMinutes(changedAt: number | null, now: number): number | null {
  return changedAt === null ? null : Math.max(0, Math.floor((now - changedAt) / 60_000));
}

const isEmpty = (consult: ConsultState) => JSON.stringify(consult) === JSON.stringify(EMPTY_CONSULT);

/** Minutes to name in the question, or null when no question is needed. */
export function staleMinutes(
  consult: ConsultState,
  changedAt: number | null,
  now: number,
  limitMinutes: number = STALE_CONSULT_MINUTES,
): number | null {
  const age = consultAgeMinutes(changedAt, now);
  if (age === null || isEmpty(consult)) return null;
  return age > limitMinutes ? age : null;
}
