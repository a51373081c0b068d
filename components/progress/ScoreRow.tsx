// A score as one row of radio buttons (arrow keys move between them), optional: "Clear"
// takes the answer back. Used for 0–10 scores and the −5…+5 global perceived effect.
import { t } from '../../utils/browser/i18n';
import { Button } from '../Button';

export function ScoreRow(props: {
  name: string;
  legend: string;
  /** Names each option ("Nachtpijn 6"), so no two radios in the panel share a name. */
  itemName: string;
  value: number | null;
  onChange: (value: number | null) => void;
  min?: number;
  max?: number;
  signed?: boolean;
}) {
  const { min = 0, max = 10 } = props;
  const scores = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const label = (score: number) => (props.signed && score > 0 ? `+${score}` : String(score));
  return (
    <fieldset>
      {/* The legend names the group for screen readers; the visible line also holds "Clear". */}
      <legend class="sr-only">{props.legend}</legend>
      <div class="mb-1 flex items-start justify-between gap-2">
        <span aria-hidden="true" class="font-semibold">
          {props.legend}
        </span>
        {props.value !== null && (
          <Button
            look="link"
            class="shrink-0 text-sm"
            onClick={() => props.onChange(null)}
            aria-label={`${t('measureClear')}: ${props.legend}`}
          >
            {t('measureClear')}
          </Button>
        )}
      </div>
      <div class="grid gap-0.5" style={{ gridTemplateColumns: `repeat(${scores.length}, minmax(0, 1fr))` }}>
        {scores.map((score) => (
          <label key={score} class="relative">
            <input
              type="radio"
              name={props.name}
              value={score}
              checked={props.value === score}
              aria-label={`${props.itemName} ${label(score)}`}
              onChange={() => props.onChange(score)}
              class="peer sr-only"
            />
            <span class="flex min-h-10 cursor-pointer items-center justify-center rounded-md border border-stone-400 text-sm font-semibold tabular-nums peer-checked:border-teal-700 peer-checked:bg-teal-700 peer-checked:text-white peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-teal-600 dark:border-stone-500 dark:peer-checked:border-teal-300 dark:peer-checked:bg-teal-300 dark:peer-checked:text-stone-900">
              {label(score)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
