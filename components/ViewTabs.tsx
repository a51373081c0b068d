// The views as an ARIA tab list: arrow keys, Home and End move between tabs.
import type { TargetedKeyboardEvent } from 'preact';
import { t } from '../utils/browser/i18n';
import { Icon } from './Icon';
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
                <Icon name="gear" class="size-5" />
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
