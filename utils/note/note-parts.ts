// The parts of a note before they are placed in a layout, and small block helpers shared
// by the record and patient voices. Each voice fills the parts in its own file
// (`note-record.ts`, `note-patient.ts`); `compose-note.ts` lays them out.
import type { DocBlock } from '../doc/doc';

export type { NoteInput } from './note-input';

/** S, O, E/A, P: what was reported, found, judged, and done or planned. */
export interface NoteParts {
  readonly subjective: DocBlock[];
  readonly objective: DocBlock[];
  readonly assessment: DocBlock[];
  readonly plan: DocBlock[];
}

export const para = (text: string): DocBlock => ({ type: 'paragraph', text });
export const heading = (text: string): DocBlock => ({ type: 'heading', text });
export const list = (texts: readonly string[]): DocBlock => ({
  type: 'list',
  items: texts.map((text) => ({ text })),
});

/** The text of a block, list items included, to check what a note already says. */
export function blockText(block: DocBlock): string {
  return block.type === 'list' ? block.items.map((item) => item.text).join('\n') : block.text;
}
