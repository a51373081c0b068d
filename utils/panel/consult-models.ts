// The consult, note and insert models, in a chunk of their own with everything they need
// (the condition's examination and measures, the note's composer and reader, insertion):
// the panel's first view is the leaflet; this loads when a consult view is first wanted.
import { computed } from '@preact/signals';
import type { Condition } from '../../content/schema';
import { ConsultModel } from '../consult/consult-model';
import { loadCondition } from '../consult/load-condition';
import { NoteModel } from '../note/note-model';
import { InsertModel } from './insert-model';
import type { ConsultModels, CoreModels, ModelServices } from './models';

/** Builds them for conditions already loaded (the prerender and tests use this directly). */
export function createConsultModels(
  core: CoreModels,
  services: ModelServices,
  loaded: readonly [Condition, ...Condition[]],
): ConsultModels {
  const { panel, output, settings } = core;
  const condition = computed(() => loaded.find((c) => c.id === panel.condition.value.id) ?? loaded[0]);
  const consult = new ConsultModel({
    condition,
    threshold: panel.threshold,
    language: panel.language,
    save: services.saveConsult,
    copyDoc: output.copyDoc,
    ...(services.saveConsultChangedAt && { saveChangedAt: services.saveConsultChangedAt }),
  });
  const insert = new InsertModel({
    announce: panel.announce,
    copy: services.copy,
    insert: services.insert,
    siteAccess: services.siteAccess,
  });
  const note = new NoteModel({
    condition,
    consult: consult.state,
    settings: settings.effective,
    today: services.today,
    save: services.saveNoteOptions,
    copyDoc: output.copyDoc,
    insertDoc: insert.insertDoc,
    openHandout: services.openHandout,
  });
  return { consult, note, insert };
}

export async function loadConsultModels(core: CoreModels, services: ModelServices): Promise<ConsultModels> {
  const [first, ...rest] = services.conditions;
  const loaded = await Promise.all([loadCondition(first), ...rest.map(loadCondition)]);
  return createConsultModels(core, services, loaded);
}
