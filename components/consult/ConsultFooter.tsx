// The sticky footer of the consult views: the view's copy action, "New patient", and
// for a few seconds after clearing, an undo.
import type { ComponentChildren } from 'preact';
import { t } from '../../utils/browser/i18n';
import { useModels } from '../models';

export function ConsultFooter({ children }: { children: ComponentChildren }) {
  const { undoable, newPatient, undoNewPatient } = useModels().consult;
  return (
    <div class="sticky bottom-0 z-10 -mx-3 mt-4 border-t border-stone-200 bg-white/95 px-3 py-2 backdrop-blur dark:border-stone-700 dark:bg-stone-900/95">
      {undoable.value && (
        <p class="mb-2 flex items-center justify-between gap-2 text-sm">
          <span>{t('consultCleared')}</span>
          <button
            type="button"
            onClick={undoNewPatient}
            class="min-h-9 rounded-md px-3 font-semibold text-teal-800 underline hover:bg-teal-50 dark:text-teal-200 dark:hover:bg-teal-950"
          >
            {t('undo')}
          </button>
        </p>
      )}
      <div class="flex flex-wrap gap-2">
        {children}
        <button
          type="button"
          onClick={newPatient}
          class="min-h-11 rounded-md border border-stone-400 px-4 font-semibold text-stone-800 hover:bg-stone-100 dark:border-stone-500 dark:text-stone-100 dark:hover:bg-stone-800"
        >
          {t('newPatient')}
        </button>
      </div>
    </div>
  );
}

export function PrimaryButton({ onClick, children }: { onClick: () => void; children: ComponentChildren }) {
  return (
    <button
      type="button"
      onClick={onClick}
      class="min-h-11 flex-1 rounded-md bg-teal-700 px-4 font-semibold text-white hover:bg-teal-800 dark:bg-teal-300 dark:text-stone-900 dark:hover:bg-teal-200"
    >
      {children}
    </button>
  );
}
