// The consult and note models, in a chunk of their own with everything they need (the
// condition's examination and measures, the note's composer, the note reader): the
// panel's first view is the leaflet, and this loads when a consult view is first wanted.
import { computed } from '@preact/signals';
import type { Condition } from '../../content/schema';
import { ConsultModel } from '../consult/consult-model';
import { loadCondition } from '../consult/load-condition';
import { NoteModel } from '../note/note-model';
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
  const note = new NoteModel({
    condition,
    consult: consult.state,
    settings: settings.effective,
    today: services.today,
    save: services.saveNoteOptions,
    copyDoc: output.copyDoc,
    insertDoc: output.insertDoc,
    openHandout: services.openHandout,
  });
  return { consult, note };
}

export async function loadConsultModels(core: CoreModels, services: ModelServices): Promise<ConsultModels> {
  const [first, ...rest] = services.conditions;
  const loaded = await Promise.all([loadCondition(first), ...rest.map(loadCondition)]);
  return createConsultModels(core, services, loaded);
}
