// In the pain check's verdict: the morning after loading was worse, so the rule is not met.
import { useModels } from '../models';

export function MorningAfterWorse({ worse }: { worse: boolean }) {
  const { language } = useModels().panel;
  const { condition } = useModels().consult;
  const measures = condition.value.measures;
  if (!worse || !measures) return null;
  const label = measures.items.find((m) => m.id === 'loadResponse')?.label[language.value];
  return (
    <p data-testid="morning-after-worse">
      {label}: {measures.words.worse[language.value]}. {measures.words.reduceLoadPlan[language.value]}
    </p>
  );
}
