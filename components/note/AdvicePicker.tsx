// "Advice given": which sections (and which of the practical tips) went to the patient.
import { t } from '../../utils/browser/i18n';
import { TickBox } from '../Checkbox';
import { useModels } from '../models';

export function AdvicePicker() {
  const { condition, language } = useModels().panel;
  const { state, toggleAdviceSection, toggleAdviceTip } = useModels().consult;
  const lang = language.value;
  const { adviceSections, adviceTips } = state.value;
  return (
    <section aria-labelledby="advice-given-heading" lang={lang}>
      <h2 id="advice-given-heading" class="mb-1 text-base font-semibold">
        {t('adviceGivenHeading')}
      </h2>
      <ul>
        {condition.value.sections.map((section) => (
          <li key={section.id}>
            <TickBox prefix="given" id={section.id} ticked={adviceSections} onToggle={toggleAdviceSection}>
              {section.heading[lang]}
            </TickBox>
            {section.blocks.map((block) =>
              block.kind === 'list' && block.role === 'tips' ? (
                <ul key={block.id}>
                  {block.items.map((tip) => (
                    <li key={tip.id}>
                      <TickBox prefix="tip" id={tip.id} ticked={adviceTips} onToggle={toggleAdviceTip} indent>
                        {tip.text[lang]}
                      </TickBox>
                    </li>
                  ))}
                </ul>
              ) : null,
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
