// The leaflet's pain rule as one pure function: pain during loading up to the threshold
// (the leaflet's 4 on 0–10, or the practice's 5) is acceptable, provided pain and
// stiffness do not increase over time. An increase breaks the rule by itself, with or
// without a score.

export type Increase = 'yes' | 'no' | 'unknown';
export type Verdict = 'acceptable' | 'reduce' | 'insufficient';
export type Reason =
  | 'noScore'
  | 'aboveThreshold'
  | 'increased'
  | 'aboveAndIncreased'
  | 'increaseUnknown'
  | 'withinRule';

export interface PainInput {
  /** Pain during loading, 0–10; null until the therapist enters it. */
  readonly score: number | null;
  /** Did pain or stiffness increase over time? null: not asked yet. */
  readonly increase: Increase | null;
}

export interface PainJudgement {
  readonly verdict: Verdict;
  readonly reason: Reason;
}

export function judgePain({ score, increase }: PainInput, threshold: number): PainJudgement {
  const above = score !== null && score > threshold;
  if (increase === 'yes') return { verdict: 'reduce', reason: above ? 'aboveAndIncreased' : 'increased' };
  if (above) return { verdict: 'reduce', reason: 'aboveThreshold' };
  if (score === null) return { verdict: 'insufficient', reason: 'noScore' };
  if (increase !== 'no') return { verdict: 'insufficient', reason: 'increaseUnknown' };
  return { verdict: 'acceptable', reason: 'withinRule' };
}

/** Whether the consult holds any pain answer at all (a score or the increase question). */
export function painAnswered({ score, increase }: PainInput): boolean {
  return score !== null || increase !== null;
}
