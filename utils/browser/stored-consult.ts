// Reads everything a note or handout is made from, outside the panel (background,
// handout page): the consult and note options (session), settings and clinic policy.
import type { ConsultState } from '../consult/consult-state';
import { consultStateItem } from '../consult/consult-state';
import type { NoteOptions } from '../note/note-options';
import { noteOptionsItem } from '../note/note-options';
import { effectiveSettings, parsePolicy } from '../settings/settings-policy';
import type { Settings } from '../settings/settings-schema';
import { readManagedStorage } from './managed-storage';
import { readableSettings, userSettingsItem } from './settings-store';

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
