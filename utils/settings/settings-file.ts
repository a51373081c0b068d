// Settings export and import as a JSON file. An import is all or nothing: a file that
// is not JSON, not ours, from a newer version, or with any invalid value changes nothing
// and says precisely what is wrong. An older version is migrated first.
import { checkSettings, isRecord, type Problem } from './settings-problems';
import { DEFAULT_SETTINGS, type PartialSettings, SETTINGS_VERSION, type Settings } from './settings-schema';

export const SETTINGS_FILE_KIND = 'heupwijzer-settings';

/**
 * From version N to N+1, keyed by N. Empty while there is only version 1. Shared by the
 * file import and the storage item (utils/browser/storage.ts), so both migrate alike.
 */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, (settings: unknown) => unknown>> = {};

export type ImportError =
  | { readonly reason: 'notJson' }
  | { readonly reason: 'foreign' }
  | { readonly reason: 'future'; readonly version: number }
  | { readonly reason: 'invalid'; readonly problems: readonly Problem[] };

export type ImportResult =
  | { readonly ok: true; readonly settings: Settings }
  | ({ readonly ok: false } & ImportError);

export function exportSettingsFile(settings: PartialSettings): string {
  return `${JSON.stringify({ kind: SETTINGS_FILE_KIND, version: SETTINGS_VERSION, settings }, null, 2)}\n`;
}

export function parseSettingsFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'notJson' };
  }
  if (!isRecord(data) || data.kind !== SETTINGS_FILE_KIND || !Number.isInteger(data.version)) {
    return { ok: false, reason: 'foreign' };
  }
  const version = data.version as number;
  if (version > SETTINGS_VERSION) return { ok: false, reason: 'future', version };
  if (version < 1) return { ok: false, reason: 'foreign' };
  let settings = data.settings;
  for (let from = version; from < SETTINGS_VERSION; from++) {
    const migrate = SETTINGS_MIGRATIONS[from];
    if (!migrate) return { ok: false, reason: 'foreign' };
    settings = migrate(settings);
  }
  // `"settings": []` or a missing block is not an empty file: it is not ours.
  if (!isRecord(settings))
    return { ok: false, reason: 'invalid', problems: checkSettings(settings ?? 0, 'settings').problems };
  const checked = checkSettings(settings);
  if (checked.problems.length) return { ok: false, reason: 'invalid', problems: checked.problems };
  return { ok: true, settings: { ...DEFAULT_SETTINGS, ...checked.settings } };
}
