// The leaflet's advice: a filter box above the sections, each collapsible and copyable.
import { t } from '../../utils/browser/i18n';
import { useModels } from '../models';
import { AdviceSection } from './AdviceSection';

export function AdviceView() {
  const { filter, setFilter, visibleSections, totalSections } = useModels().panel;
  const sections = visibleSections.value;
  const query = filter.value.trim();
  const filtering = query !== '';

  return (
    <div>
      <label class="block text-sm font-medium text-stone-700 dark:text-stone-300" for="advice-filter">
        {t('filterLabel')}
      </label>
      <input
        id="advice-filter"
        type="search"
        value={filter.value}
        onInput={(event) => setFilter(event.currentTarget.value)}
        aria-describedby="advice-filter-count"
        autocomplete="off"
        class="mt-1 min-h-11 w-full rounded-md border border-stone-400 bg-white px-3 text-base dark:border-stone-500 dark:bg-stone-800"
      />
      <p id="advice-filter-count" class="mt-1 text-sm text-stone-600 dark:text-stone-400" aria-live="polite">
        {!filtering
          ? ''
          : sections.length === 0
            ? t('filterNone', query)
            : t('filterCount', String(sections.length), String(totalSections.value))}
      </p>
      <div class="mt-1">
        {sections.map((section) => (
          <AdviceSection key={section.id} section={section} filtering={filtering} />
        ))}
      </div>
    </div>
  );
}
