// A polite live region: every action confirms here ("Gekopieerd — plak met Ctrl+V").
import { t } from '../utils/browser/i18n';
import { useModels } from './models';

export function LiveRegion() {
  const { announcement } = useModels().panel;
  const current = announcement.value;
  return (
    <div
      role="status"
      aria-live="polite"
      class="fixed inset-x-2 bottom-20 z-20 empty:hidden rounded-md bg-stone-900 px-3 py-2 text-sm text-white shadow-lg dark:bg-stone-100 dark:text-stone-900"
    >
      {current && (
        <span key={current.count}>
          {[t(current.key, ...(current.params ?? [])), current.followUp && t(current.followUp)]
            .filter(Boolean)
            .join(' ')}
        </span>
      )}
    </div>
  );
}
