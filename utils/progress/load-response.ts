// The morning after loading, as the pain rule's "increase over time": worse means pain or
// stiffness increased (the pain-monitoring model's "must subside by the following
// morning", Silbernagel 2007). Better or the same does not answer the question (pain may
// still have increased during the loading), so it leaves the therapist's answer as it is
// and never makes the rule "met" by itself (clinical audit C). A "yes" is never overruled.
import type { Increase } from '../consult/pain-rule';
import type { LoadResponse } from './visit-measures';

export function effectiveIncrease(increase: Increase | null, response: LoadResponse | null): Increase | null {
  return response === 'worse' ? 'yes' : increase;
}
