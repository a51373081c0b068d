// "Did pain or stiffness increase over time?" — yes / no / not known.
import type { Increase } from '../../utils/consult/pain-rule';
import { useModels } from '../models';
import { RadioGroup } from '../RadioGroup';

export function IncreaseQuestion() {
  const { state, setPainIncrease } = useModels().consult;
  return (
    <RadioGroup<Increase>
      name="pain-increase"
      legend="painIncreaseLegend"
      options={[
        ['yes', 'increaseYes'],
        ['no', 'increaseNo'],
        ['unknown', 'increaseUnknown'],
      ]}
      value={state.value.painIncrease}
      onChange={setPainIncrease}
    />
  );
}
