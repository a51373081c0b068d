// Clinic-wide policy from storage.managed: `defaults` the therapist may change, and
// `locked` values they may not. Firefox does not check values against managed_schema,
// so every value is validated here; an invalid one is ignored and reported.
import { capped, checkSettings, isRecord, type Problem } from './settings-problems';
import { DEFAULT_SETTINGS, type PartialSettings, type SettingKey, type Settings } from './settings-schema';

export interface Policy {
  readonly defaults: PartialSettings;
  readonly locked: PartialSettings;
  readonly problems: readonly Problem[];
}

export const NO_POLICY: Policy = { defaults: {}, locked: {}, problems: [] };

const POLICY_KEYS = ['defaults', 'locked'];

export function parsePolicy(managed: unknown): Policy {
  if (!isRecord(managed)) return { ...NO_POLICY, problems: [{ path: '(policy)', message: 'not an object' }] };
  const defaults = checkSettings(managed.defaults, 'defaults');
  const locked = checkSettings(managed.locked, 'locked');
  // A misspelt key ("lock") would otherwise leave IT believing a value is locked.
  const unknown = Object.keys(managed)
    .filter((key) => !POLICY_KEYS.includes(key))
    .map((key) => ({ path: capped(key), message: 'unknown key (expected "defaults" or "locked")' }));
  return {
    defaults: defaults.settings,
    locked: locked.settings,
    problems: [...unknown, ...defaults.problems, ...locked.problems],
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
