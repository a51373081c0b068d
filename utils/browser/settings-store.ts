// Where settings live: the therapist's choices in storage.sync (no patient data, only
// what differs from the defaults), the clinic's policy in storage.managed.
import { storage } from 'wxt/utils/storage';
import { type PartialSettings, parsePartialSettings } from '../settings/settings-schema';

export const userSettingsItem = storage.defineItem<unknown>('sync:settings', { version: 1 });

/** A stored value that no longer fits the schema (edited by hand, or a bug) reads as empty. */
export function readableSettings(stored: unknown): PartialSettings {
  if (stored === null || stored === undefined) return {};
  const parsed = parsePartialSettings(stored);
  return parsed.success ? parsed.output : {};
}
