// "Did pain or stiffness increase over time?" — yes / no / not known.
import type { Increase } from '../../utils/consult/pain-rule';
import { useConsult } from '../consult-context';
import { RadioGroup } from '../RadioGroup';

export function IncreaseQuestion() {
  const { state, setPainIncrease } = useConsult();
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
