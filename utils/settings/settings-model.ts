// The settings model: the therapist's choices over the clinic's policy, the effective
// settings and which of them the practice locked. Every change is validated; a change
// that cannot be saved (e.g. storage quota) is undone and reported. Until the policy is
// known (storage.managed answers ~2 s after browser start) nothing can be changed, so a
// value the practice locks is never editable, not even for a moment.
import { action, computed, createModel, signal } from '@preact/signals';
import type { MessageKey } from '../browser/i18n';
import { exportSettingsFile, type ImportError, parseSettingsFile } from './settings-file';
import { effectiveSettings, lockedKeys, NO_POLICY, type Policy, withoutDefaults } from './settings-policy';
import { type Checked, checkSettings, type Problem } from './settings-problems';
import type { PartialSettings, SettingKey, Settings } from './settings-schema';

export type SettingsNotice =
  | { readonly kind: 'info'; readonly key: MessageKey }
  | { readonly kind: 'error'; readonly key: MessageKey; readonly error?: ImportError };

export interface SettingsServices {
  /** The therapist's stored choices, until read: {}. */
  readonly user?: PartialSettings;
  /** null (or absent) until storage.managed has answered. */
  readonly policy?: Policy | null;
  readonly save: (user: PartialSettings) => Promise<void>;
}

const IMPORT_MESSAGES: Record<ImportError['reason'], MessageKey> = {
  notJson: 'importNotJson',
  foreign: 'importForeign',
  future: 'importFuture',
  invalid: 'importInvalid',
};

export const SettingsModel = createModel(
  ({ user: initialUser, policy: initialPolicy, save }: SettingsServices) => {
    const user = signal<PartialSettings>(initialUser ?? {});
    /** Stored entries that no longer fit the schema: dropped, and shown as a problem. */
    const storedProblems = signal<readonly Problem[]>([]);
    const policyOrNull = signal<Policy | null>(initialPolicy ?? null);
    const policyKnown = computed(() => policyOrNull.value !== null);
    const policy = computed(() => policyOrNull.value ?? NO_POLICY);
    const effective = computed(() => effectiveSettings(user.value, policy.value));
    const locked = computed(() => lockedKeys(policy.value));
    const notice = signal<SettingsNotice | null>(null);
    /** Settings whose last typed value was refused, shown at the field. */
    const refused = signal<readonly SettingKey[]>([]);

    // What storage holds, as far as this page knows: a failed save goes back to it. (Not
    // to the value before that change: saves overlap — quick changes one after another,
    // past sync's 120 writes a minute — and that value may be one whose save failed too.)
    // Only the latest change decides what the page shows and says.
    let stored: PartialSettings = user.value;
    let latest = 0;
    /** Saves `next` as the therapist's choices; on failure nothing changes. */
    const commit = async (next: Settings, success: SettingsNotice | null) => {
      const change = ++latest;
      const wanted = withoutDefaults(next, policy.value);
      user.value = wanted;
      try {
        await save(wanted);
        stored = wanted;
        if (change !== latest) return;
        user.value = wanted;
        notice.value = success;
      } catch {
        if (change !== latest) return;
        user.value = stored;
        notice.value = { kind: 'error', key: 'saveFailed' };
      }
    };

    return {
      user,
      policy,
      policyKnown,
      storedProblems,
      effective,
      refused,
      locked,
      notice,
      set: action(async <K extends SettingKey>(key: K, value: Settings[K]) => {
        if (!policyKnown.value || locked.value.includes(key)) return;
        const valid = checkSettings({ [key]: value }).problems.length === 0;
        refused.value = valid
          ? refused.value.filter((k) => k !== key)
          : [...new Set([...refused.value, key])];
        if (!valid) return;
        await commit({ ...effective.value, [key]: value }, null);
      }),
      importText: action(async (text: string) => {
        if (!policyKnown.value) return;
        const result = parseSettingsFile(text);
        if (!result.ok) {
          notice.value = { kind: 'error', key: IMPORT_MESSAGES[result.reason], error: result };
          return;
        }
        // Every value is replaced: none of the refused ones stands in a field any more.
        refused.value = [];
        await commit({ ...result.settings, ...policy.value.locked }, { kind: 'info', key: 'importDone' });
      }),
      exportText: action(() => exportSettingsFile(effective.value)),
      /** Another page (e.g. a second panel) changed the stored settings. */
      storedChanged: action((checked: Checked) => {
        const before = user.value;
        stored = checked.settings;
        user.value = checked.settings;
        storedProblems.value = checked.problems;
        // A refused value stays in its field until the setting changes; changed elsewhere,
        // the field shows the new value and no longer says it is wrong.
        refused.value = refused.value.filter((key) => before[key] === checked.settings[key]);
      }),
      policyArrived: action((arrived: Policy) => {
        policyOrNull.value = arrived;
      }),
    };
  },
);

export type SettingsModel = InstanceType<typeof SettingsModel>;
