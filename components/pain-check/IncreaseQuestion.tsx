// "Did pain or stiffness increase over time?" — yes / no / not known.

import type { MessageKey } from '../../utils/browser/i18n';
import { t } from '../../utils/browser/i18n';
import type { Increase } from '../../utils/pain-rule';
import { useConsult } from '../consult-context';

const ANSWERS: readonly [Increase, MessageKey][] = [
  ['yes', 'increaseYes'],
  ['no', 'increaseNo'],
  ['unknown', 'increaseUnknown'],
];

export function IncreaseQuestion() {
  const { state, setPainIncrease } = useConsult();
  return (
    <fieldset>
      <legend class="mb-1 font-semibold">{t('painIncreaseLegend')}</legend>
      <div class="flex flex-wrap gap-2">
        {ANSWERS.map(([answer, label]) => (
          <label
            key={answer}
            class="flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-2 hover:bg-stone-100 dark:hover:bg-stone-800"
          >
            <input
              type="radio"
              name="pain-increase"
              value={answer}
              checked={state.value.painIncrease === answer}
              onChange={() => setPainIncrease(answer)}
              class="size-5 accent-teal-700 dark:accent-teal-300"
            />
            {t(label)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
