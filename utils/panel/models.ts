// The panel's models by concern, built in one place from the services they need:
// panel (condition, view, language, filter, announcements), output (copy) and settings
// at once; consult, note and insert (insertion, site access) when a consult view is first
// wanted (their code is a chunk of its own: utils/panel/consult-models.ts). Pure: the browser
// services are passed in (utils/browser/panel-session.ts), tests give fakes.
import { computed, type ReadonlySignal, signal } from '@preact/signals';
import type { ConditionEntry } from '../../content/schema';
import type { ConsultModel } from '../consult/consult-model';
import type { ConsultState } from '../consult/consult-state';
import type { Rendered } from '../doc/doc';
import type { InsertResult } from '../insert/insert-result';
import type { NoteModel } from '../note/note-model';
import type { NoteOptions } from '../note/note-options';
import { SettingsModel } from '../settings/settings-model';
import type { PartialSettings } from '../settings/settings-schema';
import type { InsertModel, SiteAccessServices } from './insert-model';
import { OutputModel } from './output-model';
import { PanelModel } from './panel-model';
import type { PanelState } from './panel-state';

export interface CoreModels {
  readonly panel: PanelModel;
  readonly output: OutputModel;
  readonly settings: SettingsModel;
}

export interface ConsultModels {
  readonly consult: ConsultModel;
  readonly note: NoteModel;
  readonly insert: InsertModel;
}

export interface Models extends CoreModels, ConsultModels {
  /** True once `consult`, `note` and `insert` exist; reading them before throws. */
  readonly consultReady: ReadonlySignal<boolean>;
  /** Loads and builds them (once); the consult views, a dropped note and the menu ask for it. */
  readonly loadConsult: () => Promise<ConsultModels>;
}

export interface ModelServices {
  readonly conditions: readonly [ConditionEntry, ...ConditionEntry[]];
  readonly saveSettings: (user: PartialSettings) => Promise<void>;
  readonly savePanel: (state: PanelState) => void;
  readonly saveConsult: (state: ConsultState) => void;
  readonly saveConsultChangedAt?: (at: number) => void;
  readonly saveNoteOptions: (options: NoteOptions | null) => void;
  readonly copy: (rendered: Rendered) => Promise<{ ok: boolean }>;
  readonly insert: (rendered: Rendered) => Promise<InsertResult>;
  readonly siteAccess: SiteAccessServices;
  readonly openHandout: () => void;
  readonly today: () => Date;
  /** Fills the consult models from the session before they are shown (the panel session). */
  readonly restoreConsult?: (models: ConsultModels) => Promise<void>;
}

export function createCoreModels(services: ModelServices): CoreModels {
  const settings = new SettingsModel({ save: services.saveSettings });
  const panel = new PanelModel({
    conditions: services.conditions,
    settings: settings.effective,
    save: services.savePanel,
  });
  const output = new OutputModel({ announce: panel.announce, copy: services.copy });
  return { panel, output, settings };
}

export function createModels(services: ModelServices): Models {
  const core = createCoreModels(services);
  const built = signal<ConsultModels | null>(null);
  let loading: Promise<ConsultModels> | undefined;
  const loadConsult = () => {
    loading ??= import('./consult-models')
      .then(async ({ loadConsultModels }) => {
        const models = await loadConsultModels(core, services);
        await services.restoreConsult?.(models);
        built.value = models;
        return models;
      })
      .catch((error: unknown) => {
        loading = undefined; // a later attempt may succeed (e.g. after an update)
        throw error;
      });
    return loading;
  };
  const ready = (): ConsultModels => {
    const models = built.value;
    if (!models) throw new Error('The consult models are read before they are loaded (loadConsult).');
    return models;
  };
  return {
    ...core,
    get consult() {
      return ready().consult;
    },
    get note() {
      return ready().note;
    },
    get insert() {
      return ready().insert;
    },
    consultReady: computed(() => built.value !== null),
    loadConsult,
  };
}
