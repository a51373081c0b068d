// The pain rule at both allowed thresholds (the leaflet's 4, the pain-monitoring model's
// 5) and every boundary: up to the threshold is acceptable provided pain and stiffness do
// not increase over time; an increase breaks the rule whatever the score, even with none.
import { describe, expect, it } from 'vitest';
import { PAIN_THRESHOLDS } from '../../content/pain-threshold';
import { type Increase, judgePain } from '../../utils/consult/pain-rule';

describe.each(PAIN_THRESHOLDS)('judgePain at threshold %i', (threshold) => {
  const at = threshold;
  const above = threshold + 1;
  it.each([
    // score, increase, verdict, reason
    [null, null, 'insufficient', 'noScore'],
    [null, 'no', 'insufficient', 'noScore'],
    [null, 'unknown', 'insufficient', 'noScore'],
    [null, 'yes', 'reduce', 'increased'],
    [0, 'no', 'acceptable', 'withinRule'],
    [at - 1, 'no', 'acceptable', 'withinRule'],
    [at, 'no', 'acceptable', 'withinRule'],
    [above, 'no', 'reduce', 'aboveThreshold'],
    [10, 'no', 'reduce', 'aboveThreshold'],
    [0, 'yes', 'reduce', 'increased'],
    [at, 'yes', 'reduce', 'increased'],
    [above, 'yes', 'reduce', 'aboveAndIncreased'],
    [10, 'yes', 'reduce', 'aboveAndIncreased'],
    [0, 'unknown', 'insufficient', 'increaseUnknown'],
    [at, 'unknown', 'insufficient', 'increaseUnknown'],
    [at, null, 'insufficient', 'increaseUnknown'],
    [above, 'unknown', 'reduce', 'aboveThreshold'],
    [above, null, 'reduce', 'aboveThreshold'],
  ] as const)('score %s, increase %s → %s (%s)', (score, increase, verdict, reason) => {
    expect(judgePain({ score, increase }, threshold)).toEqual({ verdict, reason });
  });
});

describe('the two thresholds differ only at 5', () => {
  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])('score %i, no increase', (score) => {
    const at4 = judgePain({ score, increase: 'no' }, 4).verdict;
    const at5 = judgePain({ score, increase: 'no' }, 5).verdict;
    if (score === 5) expect([at4, at5]).toEqual(['reduce', 'acceptable']);
    else expect(at4).toBe(at5);
  });

  it('an increase is never acceptable, at any score and either threshold', () => {
    for (const threshold of PAIN_THRESHOLDS)
      for (const score of [null, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        expect(judgePain({ score, increase: 'yes' as Increase }, threshold).verdict).toBe('reduce');
  });
});
