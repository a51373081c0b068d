// The settings model: the therapist's choices over the clinic's policy, the effective
// settings and which of them the practice locked. Every change is validated; a change
// that cannot be saved (e.g. storage quota) is undone and reported.
import { action, computed, createModel, signal } from '@preact/signals';
import type { MessageKey } from '../browser/i18n';
import { exportSettingsFile, type ImportError, parseSettingsFile } from './settings-file';
import { effectiveSettings, lockedKeys, type Policy, withoutDefaults } from './settings-policy';
import {
  type PartialSettings,
  parsePartialSettings,
  type SettingKey,
  type Settings,
} from './settings-schema';

export type SettingsNotice =
  | { readonly kind: 'info'; readonly key: MessageKey }
  | { readonly kind: 'error'; readonly key: MessageKey; readonly error?: ImportError };

export interface SettingsServices {
  readonly user: PartialSettings;
  readonly policy: Policy;
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
    const user = signal(initialUser);
    const policy = signal(initialPolicy);
    const effective = computed(() => effectiveSettings(user.value, policy.value));
    const locked = computed(() => lockedKeys(policy.value));
    const notice = signal<SettingsNotice | null>(null);

    /** Saves `next` as the therapist's choices; on failure nothing changes. */
    const commit = async (next: Settings, success: SettingsNotice | null) => {
      const previous = user.value;
      user.value = withoutDefaults(next, policy.value);
      try {
        await save(user.value);
        notice.value = success;
      } catch {
        user.value = previous;
        notice.value = { kind: 'error', key: 'saveFailed' };
      }
    };

    return {
      user,
      policy,
      effective,
      locked,
      notice,
      set: action(async <K extends SettingKey>(key: K, value: Settings[K]) => {
        if (locked.value.includes(key)) return;
        if (!parsePartialSettings({ [key]: value }).success) return;
        await commit({ ...effective.value, [key]: value }, null);
      }),
      importText: action(async (text: string) => {
        const result = parseSettingsFile(text);
        if (!result.ok) {
          notice.value = { kind: 'error', key: IMPORT_MESSAGES[result.reason], error: result };
          return;
        }
        await commit({ ...result.settings, ...policy.value.locked }, { kind: 'info', key: 'importDone' });
      }),
      exportText: action(() => exportSettingsFile(effective.value)),
      /** Another page (e.g. a second panel) changed the stored settings. */
      storedChanged: action((stored: PartialSettings) => {
        user.value = stored;
      }),
    };
  },
);

export type SettingsModel = InstanceType<typeof SettingsModel>;
