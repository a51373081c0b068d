// The risk-factor checklist: the leaflet's two groups, overload's sub-items indented,
// a tick count per group, and "Copy summary" in the sticky footer.
import type { ListItem } from '../../content/schema';
import { t } from '../../utils/browser/i18n';
import { Button } from '../Button';
import { TickBox } from '../Checkbox';
import { ConsultFooter } from '../consult/ConsultFooter';
import { useModels } from '../models';

function Factor({ factor, indent = false }: { factor: ListItem; indent?: boolean }) {
  const { language } = useModels().panel;
  const { state, toggleFactor } = useModels().consult;
  return (
    <li>
      <TickBox
        prefix="factor"
        id={factor.id}
        ticked={state.value.riskFactors}
        onToggle={toggleFactor}
        indent={indent}
      >
        {factor.text[language.value]}
      </TickBox>
      {factor.items && (
        <ul>
          {factor.items.map((sub) => (
            <Factor key={sub.id} factor={sub} indent />
          ))}
        </ul>
      )}
    </li>
  );
}

export function RiskFactorsView() {
  const { condition, language } = useModels().panel;
  const { tickedByGroup, copyRiskFactors } = useModels().consult;
  return (
    <div lang={language.value}>
      {condition.value.riskFactorGroups.map((group) => (
        <section key={group.id} aria-labelledby={`group-${group.id}`} class="mb-4">
          <h2
            id={`group-${group.id}`}
            class="mb-1 flex items-baseline justify-between gap-2 text-base font-semibold"
          >
            <span>{group.heading[language.value]}</span>
            <span class="shrink-0 text-sm font-normal text-stone-600 dark:text-stone-400">
              {t('tickedCount', String(tickedByGroup.value[group.id] ?? 0))}
            </span>
          </h2>
          <ul>
            {group.factors.map((factor) => (
              <Factor key={factor.id} factor={factor} />
            ))}
          </ul>
        </section>
      ))}
      <ConsultFooter>
        <Button look="primary" grow onClick={() => void copyRiskFactors()}>
          {t('copySummary')}
        </Button>
      </ConsultFooter>
    </div>
  );
}
