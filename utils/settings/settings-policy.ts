// Clinic-wide policy from storage.managed: `defaults` the therapist may change, and
// `locked` values they may not. Firefox does not check values against managed_schema,
// so every value is validated here; an invalid one is ignored and reported.
import {
  DEFAULT_SETTINGS,
  type PartialSettings,
  type Problem,
  parsePartialSettings,
  problemsOf,
  type SettingKey,
  type Settings,
} from './settings-schema';

export interface Policy {
  readonly defaults: PartialSettings;
  readonly locked: PartialSettings;
  readonly problems: readonly Problem[];
}

export const NO_POLICY: Policy = { defaults: {}, locked: {}, problems: [] };

/** Keeps the valid entries of one policy object, and says what was dropped. */
function validEntries(value: unknown, where: string): { settings: PartialSettings; problems: Problem[] } {
  if (value === undefined) return { settings: {}, problems: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { settings: {}, problems: [{ path: where, message: 'not an object' }] };
  }
  const settings: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const [key, entry] of Object.entries(value)) {
    const parsed = parsePartialSettings({ [key]: entry });
    if (parsed.success) Object.assign(settings, parsed.output);
    else
      problems.push(...problemsOf(parsed.issues).map((p) => ({ ...p, path: `${where}.${p.path || key}` })));
  }
  return { settings: settings as PartialSettings, problems };
}

export function parsePolicy(managed: Record<string, unknown>): Policy {
  const defaults = validEntries(managed.defaults, 'defaults');
  const locked = validEntries(managed.locked, 'locked');
  return {
    defaults: defaults.settings,
    locked: locked.settings,
    problems: [...defaults.problems, ...locked.problems],
  };
}

/** Defaults ← policy defaults ← the therapist's choices ← policy locks. */
export function effectiveSettings(user: PartialSettings, policy: Policy): Settings {
  return { ...DEFAULT_SETTINGS, ...policy.defaults, ...user, ...policy.locked };
}

export function lockedKeys(policy: Policy): SettingKey[] {
  return Object.keys(policy.locked) as SettingKey[];
}

/** Only what differs from the defaults is saved, to stay inside the sync quota. */
export function withoutDefaults(settings: Settings, policy: Policy): PartialSettings {
  const base = { ...DEFAULT_SETTINGS, ...policy.defaults };
  return Object.fromEntries(
    Object.entries(settings).filter(
      ([key, value]) => base[key as SettingKey] !== value && !(key in policy.locked),
    ),
  ) as PartialSettings;
}
