// A labelled group of radio buttons with large targets.
import type { MessageKey } from '../utils/browser/i18n';
import { t } from '../utils/browser/i18n';

/** A question's fixed parts: the group's name, its legend and its labelled choices, in order. */
export interface RadioQuestion<Value extends string> {
  readonly name: string;
  readonly legend: MessageKey;
  readonly options: readonly (readonly [Value, MessageKey])[];
}

/** Choices from a record of labels, in the record's order (string keys keep it). */
export const labelled = <Value extends string>(labels: Readonly<Record<Value, MessageKey>>) =>
  Object.entries(labels) as [Value, MessageKey][];

export function RadioGroup<Value extends string>(
  props: RadioQuestion<Value> & {
    value: Value | null;
    onChange: (value: Value) => void;
    disabled?: boolean;
  },
) {
  return (
    <fieldset>
      <legend class="mb-1 font-semibold">{t(props.legend)}</legend>
      <div class="flex flex-wrap gap-x-2">
        {props.options.map(([value, label]) => (
          <label
            key={value}
            class="flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-2 hover:bg-stone-100 dark:hover:bg-stone-800"
          >
            <input
              type="radio"
              name={props.name}
              value={value}
              checked={props.value === value}
              disabled={props.disabled ?? false}
              onChange={() => props.onChange(value)}
              class="size-5 accent-teal-700 dark:accent-teal-300"
            />
            {t(label)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
