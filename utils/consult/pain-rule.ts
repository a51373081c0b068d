// The leaflet's pain rule as one pure function: pain during loading up to the threshold
// (default 4 on 0–10) is acceptable, provided pain and stiffness do not increase over time.

export type Increase = 'yes' | 'no' | 'unknown';
export type Verdict = 'acceptable' | 'reduce' | 'insufficient';
export type Reason = 'noScore' | 'aboveThreshold' | 'increased' | 'increaseUnknown' | 'withinRule';

export interface PainInput {
  /** Pain during loading, 0–10; null until the therapist enters it. */
  readonly score: number | null;
  /** Did pain or stiffness increase over time (e.g. the next morning)? null: not asked yet. */
  readonly increase: Increase | null;
}

export interface PainJudgement {
  readonly verdict: Verdict;
  readonly reason: Reason;
}

export function judgePain({ score, increase }: PainInput, threshold: number): PainJudgement {
  if (score === null) return { verdict: 'insufficient', reason: 'noScore' };
  if (score > threshold) return { verdict: 'reduce', reason: 'aboveThreshold' };
  if (increase === 'yes') return { verdict: 'reduce', reason: 'increased' };
  if (increase !== 'no') return { verdict: 'insufficient', reason: 'increaseUnknown' };
  return { verdict: 'acceptable', reason: 'withinRule' };
}
