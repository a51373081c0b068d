// How long ago the consult last changed, beside Insert: an old consult may belong to the
// previous patient ("Nieuwe patiënt" forgotten). Past the limit it asks the question.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/browser/i18n';
import { consultAgeMinutes, staleMinutes } from '../../utils/insert/stale-consult';
import { useModels } from '../models';

export function ConsultAge() {
  const { consult, settings } = useModels();
  const { state, changedAt } = consult;
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const minutes = consultAgeMinutes(changedAt.value, now);
  if (minutes === null) return null;
  const stale =
    staleMinutes(state.value, changedAt.value, now, settings.effective.value.staleConsultMinutes) !== null;
  return (
    <p
      data-testid="consult-age"
      class={
        stale
          ? 'rounded-md border border-amber-700 px-3 py-2 font-semibold text-amber-900 dark:border-amber-300 dark:text-amber-200'
          : 'text-sm text-stone-600 dark:text-stone-400'
      }
    >
      {t(stale ? 'consultAgeStale' : 'consultAge', String(minutes))}
    </p>
  );
}
