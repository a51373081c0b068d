// Dropping text anywhere on the panel reads it as the previous note (the pain view then
// shows what was read, or why nothing was). Text only: dropped files are ignored.
import { useEffect } from 'preact/hooks';
import { useModels } from '../models';

const PROGRESS_VIEW = 'pain';

export function NoteDropTarget() {
  const { showView } = useModels().panel;
  const { readPreviousNote } = useModels().consult;
  useEffect(() => {
    const carriesText = (event: DragEvent) => event.dataTransfer?.types.includes('text/plain') ?? false;
    const over = (event: DragEvent) => {
      if (carriesText(event) && !(event.target instanceof HTMLTextAreaElement)) event.preventDefault();
    };
    const drop = (event: DragEvent) => {
      // A textarea or input takes its own drop as typing.
      if (!carriesText(event) || event.target instanceof HTMLTextAreaElement) return;
      if (event.target instanceof HTMLInputElement) return;
      event.preventDefault();
      readPreviousNote(event.dataTransfer?.getData('text/plain') ?? '');
      showView(PROGRESS_VIEW);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', drop);
    };
  }, [readPreviousNote, showView]);
  return null;
}
