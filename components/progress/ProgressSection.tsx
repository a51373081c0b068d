// Progress between visits, beside the pain check: the previous note read back, this
// visit's measures, and the sources of these additions to the leaflet.
import { t } from '../../utils/browser/i18n';
import { useModels } from '../models';
import { MeasureInputs } from './MeasureInputs';
import { PreviousNoteBox } from './PreviousNoteBox';

export function ProgressSection() {
  const { condition } = useModels().consult;
  const measures = condition.value.measures;
  if (!measures) return null;
  const sources = [...new Set(measures.items.map((m) => m.source))];
  return (
    <section aria-labelledby="progress-heading" class="mt-6 space-y-4">
      <div>
        <h2 id="progress-heading" class="text-base font-semibold">
          {t('progressHeading')}
        </h2>
        <p class="text-sm text-stone-600 dark:text-stone-400">{t('progressIntro')}</p>
      </div>
      <PreviousNoteBox />
      <MeasureInputs />
      <details class="text-sm text-stone-600 dark:text-stone-400">
        <summary class="min-h-9 cursor-pointer py-1">{t('progressSources')}</summary>
        <ul class="list-disc ps-5">
          {sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
