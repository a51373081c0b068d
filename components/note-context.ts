// Hands the note model to the Note view.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { NoteModel } from '../utils/note/note-model';

export const NoteContext = createContext<NoteModel | null>(null);

export function useNote(): NoteModel {
  const model = useContext(NoteContext);
  if (!model) throw new Error('useNote outside NoteContext');
  return model;
}
