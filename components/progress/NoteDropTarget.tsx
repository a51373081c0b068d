// Dropping text anywhere on the panel reads it as the previous note (the pain view then
// shows what was read, or why nothing was). Text only: dropped files are ignored.
import { useEffect } from 'preact/hooks';
import { useModels } from '../models';

const PROGRESS_VIEW = 'pain';

export function NoteDropTarget() {
  const { panel, loadConsult } = useModels();
  const { showView } = panel;
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
      const text = event.dataTransfer?.getData('text/plain') ?? '';
      // The note reader loads with the consult models, on the first drop if not before.
      loadConsult()
        .then(({ consult }) => consult.readPreviousNote(text))
        .catch(() => undefined);
      showView(PROGRESS_VIEW);
    };
    document.addEventListener('dragover', over);
    document.addEventListener('drop', drop);
    return () => {
      document.removeEventListener('dragover', over);
      document.removeEventListener('drop', drop);
    };
  }, [loadConsult, showView]);
  return null;
}
