// "What if the symptoms do not go away?": the leaflet's four questions as a checklist,
// each with the leaflet's explanation.
import { t } from '../../utils/browser/i18n';
import { Button } from '../Button';
import { TickBox } from '../Checkbox';
import { useModels } from '../models';

export function ReviewChecklist() {
  const { condition, language } = useModels().panel;
  const { state, toggleReview, copyReview } = useModels().consult;
  const heading = condition.value.sections.find((s) => s.id === condition.value.reviewSection)?.heading[
    language.value
  ];
  return (
    <section aria-labelledby="review-heading" class="mt-6" lang={language.value}>
      <h2 id="review-heading" class="mb-1 text-base font-semibold">
        {heading}
      </h2>
      <ul>
        {condition.value.review.map((question) => (
          <li key={question.id}>
            <TickBox prefix="review" id={question.id} ticked={state.value.review} onToggle={toggleReview}>
              <span class="font-medium">{question.question[language.value]}</span>
              {question.explanation && (
                <span class="block text-sm text-stone-600 dark:text-stone-400">
                  {question.explanation[language.value]}
                </span>
              )}
            </TickBox>
          </li>
        ))}
      </ul>
      <Button look="small" class="mt-2" onClick={() => void copyReview()}>
        {t('copyReview')}
      </Button>
    </section>
  );
}
