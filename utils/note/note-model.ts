// The Note view's model: the note options, and the note composed live from the consult.
import { action, computed, createModel, effect, type ReadonlySignal, signal } from '@preact/signals';
import type { Condition } from '../../content/schema';
import type { ConsultState } from '../consult/consult-state';
import type { Doc } from '../doc/doc';
import { renderDoc } from '../doc/render-doc';
import type { Settings } from '../settings/settings-schema';
import { composeNote } from './compose-note';
import { noteInput } from './note-input';
import type { NoteOptions } from './note-options';

export interface NoteServices {
  readonly condition: ReadonlySignal<Condition>;
  readonly consult: ReadonlySignal<ConsultState>;
  readonly settings: ReadonlySignal<Settings>;
  readonly today: () => Date;
  /** Saves this session's choice of options (null: none yet, the settings' defaults apply). */
  readonly save: (options: NoteOptions | null) => void;
  readonly copyDoc: (doc: Doc) => Promise<void>;
  readonly insertDoc: (doc: Doc) => Promise<void>;
  readonly openHandout: () => void;
}

export const NoteModel = createModel((services: NoteServices) => {
  const { condition, consult, settings, save, copyDoc } = services;
  const chosen = signal<NoteOptions | null>(null);
  const input = computed(() =>
    noteInput({
      condition: condition.value,
      consult: consult.value,
      chosenOptions: chosen.value,
      settings: settings.value,
      date: services.today(),
    }),
  );
  const options = computed(() => input.value.options);
  const doc = computed(() => composeNote(input.value));
  const rendered = computed(() => renderDoc(doc.value));

  effect(() => save(chosen.value));

  return {
    options,
    doc,
    rendered,
    /** The options chosen earlier in this session (read after the first paint). */
    restore: action((stored: NoteOptions | null) => {
      chosen.value = stored;
    }),
    setOptions: action((patch: Partial<NoteOptions>) => {
      chosen.value = { ...options.value, ...patch };
    }),
    copyNote: action(() => copyDoc(doc.value)),
    insertNote: action(() => services.insertDoc(doc.value)),
    openHandout: action(() => services.openHandout()),
  };
});

export type NoteModel = InstanceType<typeof NoteModel>;
