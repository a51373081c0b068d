// The morning after loading, as the pain rule's "increase over time": worse means pain or
// stiffness increased (the pain-monitoring model's "must subside by the following
// morning", Silbernagel 2007); better or the same means it did not. A "yes" from the
// therapist is never overruled.
import type { Increase } from '../consult/pain-rule';
import type { LoadResponse } from './visit-measures';

export function effectiveIncrease(increase: Increase | null, response: LoadResponse | null): Increase | null {
  if (response === 'worse' || increase === 'yes') return 'yes';
  if (response !== null && increase !== 'no') return 'no';
  return increase;
}
