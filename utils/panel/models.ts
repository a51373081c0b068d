// The panel's models by concern, built in one place from the services they need:
// panel (condition, view, language, filter, announcements), output (copy, insert, site
// access), consult, note and settings. Pure: the browser services are passed in
// (utils/browser/panel-session.ts), tests give fakes.
import type { Condition } from '../../content/schema';
import { ConsultModel } from '../consult/consult-model';
import type { ConsultState } from '../consult/consult-state';
import type { Rendered } from '../doc/doc';
import type { InsertResult } from '../insert/insert-result';
import { NoteModel } from '../note/note-model';
import type { NoteOptions } from '../note/note-options';
import { SettingsModel } from '../settings/settings-model';
import type { PartialSettings } from '../settings/settings-schema';
import { OutputModel, type SiteAccessServices } from './output-model';
import { PanelModel } from './panel-model';
import type { PanelState } from './panel-state';

export interface Models {
  readonly panel: PanelModel;
  readonly output: OutputModel;
  readonly consult: ConsultModel;
  readonly note: NoteModel;
  readonly settings: SettingsModel;
}

export interface ModelServices {
  readonly conditions: readonly [Condition, ...Condition[]];
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
}

export function createModels(services: ModelServices): Models {
  const settings = new SettingsModel({ save: services.saveSettings });
  const panel = new PanelModel({
    conditions: services.conditions,
    settings: settings.effective,
    save: services.savePanel,
  });
  const output = new OutputModel({
    announce: panel.announce,
    copy: services.copy,
    insert: services.insert,
    siteAccess: services.siteAccess,
  });
  const consult = new ConsultModel({
    condition: panel.condition,
    threshold: panel.threshold,
    language: panel.language,
    save: services.saveConsult,
    copyDoc: output.copyDoc,
    ...(services.saveConsultChangedAt && { saveChangedAt: services.saveConsultChangedAt }),
  });
  const note = new NoteModel({
    condition: panel.condition,
    consult: consult.state,
    settings: settings.effective,
    today: services.today,
    save: services.saveNoteOptions,
    copyDoc: output.copyDoc,
    insertDoc: output.insertDoc,
    openHandout: services.openHandout,
  });
  return { panel, output, consult, note, settings };
}
