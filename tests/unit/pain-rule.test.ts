// The leaflet's pain rule at every boundary: up to the threshold is acceptable,
// provided pain and stiffness do not increase over time.
import { describe, expect, it } from 'vitest';
import { judgePain } from '../../utils/consult/pain-rule';

describe('judgePain', () => {
  it.each([
    // score, increase, threshold, verdict, reason
    [null, null, 4, 'insufficient', 'noScore'],
    [null, 'no', 4, 'insufficient', 'noScore'],
    [0, 'no', 4, 'acceptable', 'withinRule'],
    [4, 'no', 4, 'acceptable', 'withinRule'],
    [5, 'no', 4, 'reduce', 'aboveThreshold'],
    [10, 'no', 4, 'reduce', 'aboveThreshold'],
    [2, 'yes', 4, 'reduce', 'increased'],
    [4, 'yes', 4, 'reduce', 'increased'],
    [5, 'yes', 4, 'reduce', 'aboveThreshold'],
    [3, 'unknown', 4, 'insufficient', 'increaseUnknown'],
    [4, null, 4, 'insufficient', 'increaseUnknown'],
    [5, 'unknown', 4, 'reduce', 'aboveThreshold'],
    [3, 'no', 3, 'acceptable', 'withinRule'],
    [4, 'no', 3, 'reduce', 'aboveThreshold'],
    [0, 'no', 0, 'acceptable', 'withinRule'],
  ] as const)(
    'score %s, increase %s, threshold %i → %s (%s)',
    (score, increase, threshold, verdict, reason) => {
      expect(judgePain({ score, increase }, threshold)).toEqual({ verdict, reason });
    },
  );
});
