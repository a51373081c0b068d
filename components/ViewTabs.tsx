// The views as an ARIA tab list: arrow keys, Home and End move between tabs.
import type { TargetedKeyboardEvent } from 'preact';
import { t } from '../utils/browser/i18n';
import { useModels } from './models';
import { loadView } from './view-component';
import { views } from './views';

export const tabId = (id: string) => `tab-${id}`;
export const tabPanelId = (id: string) => `tabpanel-${id}`;

export function ViewTabs() {
  const { panel, loadConsult } = useModels();
  const { view, showView } = panel;

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    const index = views.findIndex((v) => v.id === view.value);
    const next =
      event.key === 'ArrowRight'
        ? index + 1
        : event.key === 'ArrowLeft'
          ? index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? views.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    const target = views[(next + views.length) % views.length];
    if (!target) return;
    showView(target.id);
    document.getElementById(tabId(target.id))?.focus();
  };

  return (
    <div
      role="tablist"
      aria-label={t('viewsLabel')}
      class="flex min-w-0 flex-1 flex-wrap gap-x-0.5 gap-y-1"
      onKeyDown={onKeyDown}
    >
      {views.map((v) => {
        const { id, label, iconOnly } = v;
        // Fetch a view's chunk (and the consult's) as soon as its tab is pointed at or
        // focused: ready by the click.
        const prefetch = () => {
          loadView(v).catch(() => undefined);
          if (!v.beforeSession) loadConsult().catch(() => undefined);
        };
        const selected = view.value === id;
        return (
          <button
            key={id}
            id={tabId(id)}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={tabPanelId(id)}
            tabIndex={selected ? 0 : -1}
            onClick={() => showView(id)}
            onPointerEnter={prefetch}
            onFocus={prefetch}
            class="min-h-9 whitespace-nowrap rounded-md px-1 text-[15px] max-[359px]:text-sm font-semibold text-stone-700 hover:bg-stone-100 aria-selected:bg-teal-50 aria-selected:text-teal-800 dark:text-stone-200 dark:hover:bg-stone-800 dark:aria-selected:bg-teal-950 dark:aria-selected:text-teal-200"
          >
            {iconOnly ? (
              <>
                <svg aria-hidden="true" viewBox="0 0 24 24" class="size-5">
                  <path
                    fill="currentColor"
                    d="M19.4 13a7.5 7.5 0 0 0 0-2l2-1.6-2-3.4-2.4 1a7 7 0 0 0-1.7-1L15 3.5h-4L10.7 6a7 7 0 0 0-1.7 1l-2.4-1-2 3.4 2 1.6a7.5 7.5 0 0 0 0 2l-2 1.6 2 3.4 2.4-1a7 7 0 0 0 1.7 1l.3 2.5h4l.3-2.5a7 7 0 0 0 1.7-1l2.4 1 2-3.4zM13 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"
                    transform="translate(-1 0)"
                  />
                </svg>
                <span class="sr-only">{t(label)}</span>
              </>
            ) : (
              t(label)
            )}
          </button>
        );
      })}
    </div>
  );
}
