// The morning after the last loading: better / the same / worse. Worse breaks the pain
// rule (pain and stiffness increased) and proposes a P line the therapist may reword.
import { t } from '../../utils/browser/i18n';
import { LOAD_RESPONSES } from '../../utils/progress/visit-measures';
import { Button } from '../Button';
import { useModels } from '../models';

export function LoadResponseQuestion() {
  const { language } = useModels().panel;
  const { condition, state, setMeasures } = useModels().consult;
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
            <Button
              look="link"
              class="shrink-0 text-sm"
              onClick={() => setMeasures({ loadResponse: null, plan: null })}
              aria-label={`${t('measureClear')}: ${question}`}
            >
              {t('measureClear')}
            </Button>
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
            <Button look="link" class="mt-1 text-sm" onClick={() => setMeasures({ plan: null })}>
              {t('planReset')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
