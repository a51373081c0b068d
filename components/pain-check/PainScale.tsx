// Pain during loading, 0 to the condition's scale maximum, as one row of radio buttons
// (arrow keys move between them).
import { t } from '../../utils/browser/i18n';
import { useModels } from '../models';

export function PainScale({ max }: { max: number }) {
  const { state, setPainScore } = useModels().consult;
  const scores = Array.from({ length: max + 1 }, (_, score) => score);
  return (
    <fieldset>
      <legend class="mb-1 font-semibold">{t('painScoreLegend', String(max))}</legend>
      <div class="grid gap-0.5" style={{ gridTemplateColumns: `repeat(${max + 1}, minmax(0, 1fr))` }}>
        {scores.map((score) => (
          <label key={score} class="relative">
            <input
              type="radio"
              name="pain-score"
              value={score}
              checked={state.value.painScore === score}
              onChange={() => setPainScore(score)}
              class="peer sr-only"
            />
            <span class="flex min-h-11 cursor-pointer items-center justify-center rounded-md border border-stone-400 font-semibold tabular-nums peer-checked:border-teal-700 peer-checked:bg-teal-700 peer-checked:text-white peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-teal-600 dark:border-stone-500 dark:peer-checked:border-teal-300 dark:peer-checked:bg-teal-300 dark:peer-checked:text-stone-900">
              {score}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
