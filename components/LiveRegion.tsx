// A polite live region: every action confirms here ("Gekopieerd — plak met Ctrl+V").
// Where a view has a consult footer, the footer shows the words above its buttons and the
// region is for screen readers only: floating over the footer, it hid the next button.

import { t } from '../utils/browser/i18n';
import type { Announcement } from '../utils/panel/panel-model';
import { useModels } from './models';

export const announcementText = (current: Announcement) =>
  [t(current.key, ...(current.params ?? [])), current.followUp && t(current.followUp)]
    .filter(Boolean)
    .join(' ');

export function LiveRegion() {
  const { announcement } = useModels().panel;
  const current = announcement.value;
  return (
    <div
      role="status"
      aria-live="polite"
      class="fixed inset-x-2 bottom-4 z-20 empty:hidden rounded-md bg-stone-900 px-3 py-2 text-sm text-white shadow-lg dark:bg-stone-100 dark:text-stone-900 [body:has([data-consult-footer])_&]:sr-only"
    >
      {current && <span key={current.count}>{announcementText(current)}</span>}
    </div>
  );
}
