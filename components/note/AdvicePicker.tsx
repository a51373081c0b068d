// "Advice given": which sections (and which of the practical tips) went to the patient.
import { t } from '../../utils/browser/i18n';
import { Checkbox } from '../Checkbox';
import { useModels } from '../models';

export function AdvicePicker() {
  const { condition, language } = useModels().panel;
  const { state, toggleAdviceSection, toggleAdviceTip } = useModels().consult;
  const lang = language.value;
  return (
    <section aria-labelledby="advice-given-heading" lang={lang}>
      <h2 id="advice-given-heading" class="mb-1 text-base font-semibold">
        {t('adviceGivenHeading')}
      </h2>
      <ul>
        {condition.value.sections.map((section) => (
          <li key={section.id}>
            <Checkbox
              id={`given-${section.id}`}
              checked={state.value.adviceSections.includes(section.id)}
              onToggle={() => toggleAdviceSection(section.id)}
            >
              {section.heading[lang]}
            </Checkbox>
            {section.blocks.map((block) =>
              block.kind === 'list' && block.role === 'tips' ? (
                <ul key={block.id}>
                  {block.items.map((tip) => (
                    <li key={tip.id}>
                      <Checkbox
                        id={`tip-${tip.id}`}
                        checked={state.value.adviceTips.includes(tip.id)}
                        onToggle={() => toggleAdviceTip(tip.id)}
                        indent
                      >
                        {tip.text[lang]}
                      </Checkbox>
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
