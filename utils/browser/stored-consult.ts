// Reads everything a note or handout is made from, outside the panel (background,
// handout page): the consult and note options (session), settings and clinic policy.
import type { ConsultState } from '../consult-state';
import { consultChangedAtItem, consultStateItem } from '../consult-state';
import type { NoteOptions } from '../note-options';
import { noteOptionsItem } from '../note-options';
import { effectiveSettings, parsePolicy } from '../settings-policy';
import type { Settings } from '../settings-schema';
import { readableSettings, userSettingsItem } from '../settings-store';
import { readManagedStorage } from './managed-storage';

export interface StoredConsult {
  readonly consult: ConsultState;
  readonly options: NoteOptions;
  readonly settings: Settings;
  /** When the consult last changed; null when it never did this session. */
  readonly changedAt: number | null;
}

export async function readStoredConsult(): Promise<StoredConsult> {
  const [consult, options, user, managed, changedAt] = await Promise.all([
    consultStateItem.getValue(),
    noteOptionsItem.getValue(),
    userSettingsItem.getValue(),
    readManagedStorage(),
    consultChangedAtItem.getValue(),
  ]);
  const settings = effectiveSettings(readableSettings(user), parsePolicy(managed));
  return {
    consult,
    settings,
    changedAt,
    options: options ?? {
      audience: settings.noteAudience,
      layout: settings.noteLayout,
      dateLine: settings.noteDateLine,
      language: settings.contentLanguage,
    },
  };
}
