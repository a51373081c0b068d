// The sticky footer of the consult views: the view's copy action, "New patient", and
// for a few seconds after clearing, an undo. It shows the last announcement above its
// buttons (screen readers hear it from the live region, components/LiveRegion.tsx).
import type { ComponentChildren } from 'preact';
import { t } from '../../utils/browser/i18n';
import { Button } from '../Button';
import { announcementText } from '../LiveRegion';
import { useModels } from '../models';

export function ConsultFooter({ children }: { children: ComponentChildren }) {
  const { undoable, newPatient, undoNewPatient } = useModels().consult;
  const current = useModels().panel.announcement.value;
  return (
    <div
      data-consult-footer
      class="sticky bottom-0 z-10 -mx-3 mt-4 border-t border-stone-200 bg-white/95 px-3 py-2 backdrop-blur dark:border-stone-700 dark:bg-stone-900/95"
    >
      {current && (
        <p
          aria-hidden="true"
          class="mb-2 rounded-md bg-stone-900 px-3 py-2 text-sm text-white dark:bg-stone-100 dark:text-stone-900"
        >
          {announcementText(current)}
        </p>
      )}
      {undoable.value && (
        <p class="mb-2 flex items-center justify-between gap-2 text-sm">
          <span>{t('consultCleared')}</span>
          <Button look="link" onClick={undoNewPatient}>
            {t('undo')}
          </Button>
        </p>
      )}
      <div class="flex flex-wrap gap-2">
        {children}
        <Button onClick={newPatient}>{t('newPatient')}</Button>
      </div>
    </div>
  );
}
