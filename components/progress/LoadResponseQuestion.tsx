// The morning after the last loading: better / the same / worse. Worse breaks the pain
// rule (pain and stiffness increased) and proposes a P line the therapist may reword.
import { t } from '../../utils/browser/i18n';
import { LOAD_RESPONSES } from '../../utils/progress/visit-measures';
import { useModels } from '../models';

export function LoadResponseQuestion() {
  const { condition, language } = useModels().panel;
  const { state, setMeasures } = useModels().consult;
  const measures = condition.value.measures;
  if (!measures) return null;
  const lang = language.value;
  const { loadResponse, plan } = state.value.measures;
  const question = measures.items.find((m) => m.id === 'loadResponse')?.question[lang];
  const proposal = measures.words.reduceLoadPlan[lang];
  return (
    <div lang={lang}>
      <fieldset>
        <legend class="sr-only">{question}</legend>
        <div class="mb-1 flex items-start justify-between gap-2">
          <span aria-hidden="true" class="font-semibold">
            {question}
          </span>
          {loadResponse !== null && (
            <button
              type="button"
              onClick={() => setMeasures({ loadResponse: null, plan: null })}
              aria-label={`${t('measureClear')}: ${question}`}
              class="min-h-6 shrink-0 rounded px-2 text-sm font-medium text-teal-800 underline hover:bg-teal-50 dark:text-teal-200 dark:hover:bg-teal-950"
            >
              {t('measureClear')}
            </button>
          )}
        </div>
        <div class="flex flex-wrap gap-x-2">
          {LOAD_RESPONSES.map((response) => (
            <label
              key={response}
              class="flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-2 hover:bg-stone-100 dark:hover:bg-stone-800"
            >
              <input
                type="radio"
                name="load-response"
                value={response}
                checked={loadResponse === response}
                onChange={() => setMeasures({ loadResponse: response })}
                class="size-5 accent-teal-700 dark:accent-teal-300"
              />
              {measures.words[response][lang]}
            </label>
          ))}
        </div>
      </fieldset>
      {loadResponse === 'worse' && (
        <div class="mt-2">
          <label for="progress-plan" class="mb-1 block text-sm font-semibold">
            {t('planLabel')}
          </label>
          <textarea
            id="progress-plan"
            rows={2}
            value={plan ?? proposal}
            onInput={(e) => setMeasures({ plan: e.currentTarget.value })}
            class="block w-full rounded-md border border-stone-400 bg-white px-2 py-1 dark:border-stone-500 dark:bg-stone-900"
          />
          {plan !== null && plan !== proposal && (
            <button
              type="button"
              onClick={() => setMeasures({ plan: null })}
              class="mt-1 min-h-9 rounded px-2 text-sm font-medium text-teal-800 underline hover:bg-teal-50 dark:text-teal-200 dark:hover:bg-teal-950"
            >
              {t('planReset')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
