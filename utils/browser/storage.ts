// Every storage item in one place. storage.session: the consult and how the panel was
// left (never on disk, never synced); storage.sync: the therapist's settings (only what
// differs from the defaults) and the sites they declined — no patient data. The clinic's
// policy is read from storage.managed (managed-storage.ts). The insert outcome the
// background leaves for the panel is utils/insert/last-insert.ts.
import { storage } from 'wxt/utils/storage';
import { type ConsultState, EMPTY_CONSULT } from '../consult/consult-state';
import { EMPTY_EXAMINATION } from '../examination/examination-state';
import type { NoteOptions } from '../note/note-options';
import type { PanelState } from '../panel/panel-state';
import type { ReadResult } from '../progress/parse-note';
import { EMPTY_MEASURES } from '../progress/visit-measures';
import { SETTINGS_MIGRATIONS } from '../settings/settings-file';
import { SETTINGS_VERSION } from '../settings/settings-schema';

/** Validated on every read (settings-problems.ts): a hand-edited value cannot break the panel. */
export const userSettingsItem = storage.defineItem<unknown>('sync:settings', {
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Sites the clinician said "no" to (an origin is not patient data; synced like settings). */
export const declinedOriginsItem = storage.defineItem<string[]>('sync:declinedOrigins', {
  fallback: [],
  version: 1,
});

type ConsultStateV3 = Omit<ConsultState, 'measures' | 'previousNote'>;
type ConsultStateV2 = Omit<ConsultStateV3, 'examination' | 'slsSecondsToPain'>;
type ConsultStateV1 = Omit<ConsultStateV2, 'adviceSections' | 'adviceTips'>;

export const consultStateItem = storage.defineItem<ConsultState>('session:consult', {
  fallback: EMPTY_CONSULT,
  version: 4,
  migrations: {
    // v2 records which advice was given.
    2: (old: ConsultStateV1): ConsultStateV2 => ({ ...old, adviceSections: [], adviceTips: [] }),
    // v3 records the examination.
    3: (old: ConsultStateV2): ConsultStateV3 => ({
      ...old,
      examination: EMPTY_EXAMINATION,
      slsSecondsToPain: null,
    }),
    // v4 adds the outcome measures and the previous note read back.
    4: (old: ConsultStateV3): ConsultState => ({
      ...old,
      measures: EMPTY_MEASURES,
      previousNote: null,
    }),
  },
});

/** The last previous note read from the context menu (background), for an open panel to show. Values only. */
export const previousNoteReadItem = storage.defineItem<{ result: ReadResult; at: number }>(
  'session:previousNoteRead',
  { version: 1 },
);

/** null until the panel first saves: then view and content language come from settings. */
export const panelStateItem = storage.defineItem<PanelState>('session:panel', { version: 1 });

/** null until changed in this session: then the options come from the settings' defaults. */
export const noteOptionsItem = storage.defineItem<NoteOptions>('session:noteOptions', { version: 1 });

/** When the consult last changed (ms since epoch), so an old one is asked about before it is inserted. */
export const consultChangedAtItem = storage.defineItem<number | null>('session:consultChangedAt', {
  fallback: null,
  version: 1,
});
