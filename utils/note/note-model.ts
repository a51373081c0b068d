// The Note view's model: the note options, and the note composed live from the consult.
import { action, computed, createModel, effect, type ReadonlySignal, signal } from '@preact/signals';
import type { Condition } from '../../content/schema';
import type { ConsultState } from '../consult/consult-state';
import type { Doc } from '../doc/doc';
import { renderDoc } from '../doc/render-doc';
import { composeNote } from './compose-note';
import type { NoteOptions } from './note-options';

export interface NoteServices {
  readonly initial: NoteOptions;
  readonly condition: Condition;
  readonly consult: ReadonlySignal<ConsultState>;
  readonly threshold: ReadonlySignal<number>;
  readonly practiceText: ReadonlySignal<string>;
  readonly today: () => Date;
  readonly save: (options: NoteOptions) => void;
  readonly copyDoc: (doc: Doc) => Promise<void>;
  readonly insertDoc: (doc: Doc) => Promise<void>;
  readonly openHandout: () => void;
}

export const NoteModel = createModel((services: NoteServices) => {
  const { condition, consult, threshold, practiceText, save, copyDoc } = services;
  const options = signal<NoteOptions>(services.initial);
  const doc = computed(() =>
    composeNote({
      condition,
      consult: consult.value,
      options: options.value,
      threshold: threshold.value,
      date: services.today(),
      practiceText: practiceText.value,
    }),
  );
  const rendered = computed(() => renderDoc(doc.value));

  effect(() => save(options.value));

  return {
    options,
    doc,
    rendered,
    setOptions: action((patch: Partial<NoteOptions>) => {
      options.value = { ...options.value, ...patch };
    }),
    copyNote: action(() => copyDoc(doc.value)),
    insertNote: action(() => services.insertDoc(doc.value)),
    openHandout: action(() => services.openHandout()),
  };
});

export type NoteModel = InstanceType<typeof NoteModel>;
