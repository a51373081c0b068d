// The pain rule in plain words, the pain check with its verdict (in words, with the
// reason), and the "not improving" review. A practice threshold that is not the
// leaflet's is named in the rule ("grens 5/10, praktijkafspraak; folder: 4/10").
import { noteText } from '../../content/note-text';
import { t } from '../../utils/browser/i18n';
import { painReason } from '../../utils/consult/consult-summary';
import { painLimitOf, painLimitValues } from '../../utils/consult/pain-limit';
import { fillTemplate } from '../../utils/doc/template';
import { Button } from '../Button';
import { ConsultFooter } from '../consult/ConsultFooter';
import { useModels } from '../models';
import { LoadResponseQuestion } from '../progress/LoadResponseQuestion';
import { MorningAfterWorse } from '../progress/MorningAfterWorse';
import { ProgressSection } from '../progress/ProgressSection';
import { IncreaseQuestion } from './IncreaseQuestion';
import { PainScale } from './PainScale';
import { ReviewChecklist } from './ReviewChecklist';

export function PainView() {
  const { condition, language, threshold } = useModels().panel;
  const { pain, judgement, copyPainCheck, state } = useModels().consult;
  const lang = language.value;
  const rule = condition.value.painRule;
  const medication = condition.value.sections
    .find((s) => s.id === rule.explainedBy)
    ?.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text[lang]] : []));
  const verdict = judgement.value.verdict;
  const limit = painLimitOf(condition.value, threshold.value);

  return (
    <div>
      <section aria-labelledby="pain-rule-heading" lang={lang}>
        <h2 id="pain-rule-heading" class="mb-1 text-base font-semibold">
          {t('painRuleHeading')}
        </h2>
        <p class="rounded-md border-s-4 border-teal-700 bg-teal-50 px-3 py-2 dark:border-teal-300 dark:bg-teal-950">
          {fillTemplate(rule.statement[lang], painLimitValues(limit, lang))}
        </p>
        {medication?.map((text) => (
          <p key={text} class="mt-2">
            {text}
          </p>
        ))}
      </section>

      <section aria-labelledby="pain-check-heading" class="mt-6 space-y-4">
        <h2 id="pain-check-heading" class="text-base font-semibold">
          {t('painCheckHeading')}
        </h2>
        <PainScale max={rule.scaleMax} />
        <IncreaseQuestion />
        <LoadResponseQuestion />
        <div
          class="rounded-md border border-stone-300 px-3 py-2 dark:border-stone-600"
          aria-live="polite"
          data-verdict={verdict}
          lang={lang}
        >
          <p class="font-semibold">
            {t('verdictLabel')}:{' '}
            <span
              class={
                verdict === 'acceptable'
                  ? 'text-teal-800 dark:text-teal-200'
                  : verdict === 'reduce'
                    ? 'text-red-800 dark:text-red-300'
                    : ''
              }
            >
              {noteText.verdict[verdict][lang]}
            </span>
          </p>
          <p>{painReason(pain.value, limit, lang)}</p>
          <MorningAfterWorse worse={state.value.measures.loadResponse === 'worse'} />
        </div>
      </section>

      <ProgressSection />

      <ReviewChecklist />

      <ConsultFooter>
        <Button look="primary" grow onClick={() => void copyPainCheck()}>
          {t('copyPainCheck')}
        </Button>
      </ConsultFooter>
    </div>
  );
}
