// "Did pain or stiffness increase over time?" — yes / no / not known.
import type { Increase } from '../../utils/consult/pain-rule';
import { useModels } from '../models';
import { labelled, RadioGroup, type RadioQuestion } from '../RadioGroup';

const INCREASE: RadioQuestion<Increase> = {
  name: 'pain-increase',
  legend: 'painIncreaseLegend',
  options: labelled({ yes: 'increaseYes', no: 'increaseNo', unknown: 'increaseUnknown' }),
};

export function IncreaseQuestion() {
  const { state, setPainIncrease } = useModels().consult;
  return <RadioGroup {...INCREASE} value={state.value.painIncrease} onChange={setPainIncrease} />;
}
