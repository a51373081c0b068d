// What is wrong with a settings value, said in a way that is safe to show: what an error
// quotes from the input is capped, and so is the number of problems listed.
import * as v from 'valibot';
import { type PartialSettings, SETTING_KEYS, SETTING_SCHEMAS, type SettingKey } from './settings-schema';

export type Problem = { readonly path: string; readonly message: string };

/** At most this many characters of the input are quoted in a message. */
export const QUOTE_MAX = 80;
/** At most this many problems are listed; the rest are counted in one more line. */
export const PROBLEMS_MAX = 10;

export function capped(text: string, max = QUOTE_MAX): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function problemOf(issue: v.BaseIssue<unknown>, where: string): Problem {
  const message = issue.message.replace(issue.received, capped(issue.received));
  return { path: capped(where), message: capped(message, 2 * QUOTE_MAX) };
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keeps at most PROBLEMS_MAX problems and says how many more there were. */
export function cappedProblems(problems: readonly Problem[]): Problem[] {
  if (problems.length <= PROBLEMS_MAX) return [...problems];
  const more = problems.length - PROBLEMS_MAX;
  return [...problems.slice(0, PROBLEMS_MAX), { path: '…', message: `${more} more` }];
}

export interface Checked {
  readonly settings: PartialSettings;
  readonly problems: readonly Problem[];
}

/**
 * Checks every entry of a settings object on its own: the valid ones are kept, every
 * invalid or unknown one is a problem. `where` prefixes the paths ("locked").
 */
export function checkSettings(value: unknown, where = ''): Checked {
  const prefix = where ? `${where}.` : '';
  if (value === undefined || value === null) return { settings: {}, problems: [] };
  if (!isRecord(value)) {
    return { settings: {}, problems: [{ path: where || '(settings)', message: 'not an object' }] };
  }
  const settings: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const [key, entry] of Object.entries(value)) {
    if (entry === undefined) continue;
    if (!SETTING_KEYS.includes(key as SettingKey)) {
      problems.push({ path: capped(prefix + key), message: 'unknown setting' });
      continue;
    }
    const parsed = v.safeParse(SETTING_SCHEMAS[key as SettingKey], entry);
    if (parsed.success) settings[key] = parsed.output;
    else problems.push(...parsed.issues.map((issue) => problemOf(issue, prefix + key)));
  }
  return { settings: settings as PartialSettings, problems: cappedProblems(problems) };
}
