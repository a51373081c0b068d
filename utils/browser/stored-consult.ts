// Reads everything a note or handout is made from, outside the panel (background,
// handout page): the consult and note options (session), settings and clinic policy.
import type { ConsultState } from '../consult-state';
import { consultStateItem } from '../consult-state';
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
}

export async function readStoredConsult(): Promise<StoredConsult> {
  const [consult, options, user, managed] = await Promise.all([
    consultStateItem.getValue(),
    noteOptionsItem.getValue(),
    userSettingsItem.getValue(),
    readManagedStorage(),
  ]);
  const settings = effectiveSettings(readableSettings(user), parsePolicy(managed));
  return {
    consult,
    settings,
    options: options ?? {
      audience: settings.noteAudience,
      layout: settings.noteLayout,
      dateLine: settings.noteDateLine,
      language: settings.contentLanguage,
    },
  };
}
