import { DEFAULT_MIN_CONFIDENCE, type Thresholds } from '../icp/schema';
import type { CriterionResult, Tier } from './types';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The tier and its reason, in words. A knockout disqualifies only on known data with m === 0, at any confidence:
 * missing data is never held against an account, and a knockout's weight does not matter (a pure must has weight 0).
 * Below the ICP's minimum confidence the tier is '?': a fit computed from a sliver of the ICP would read as a weak
 * account when it is only an unread one.
 */
export function tierOf(
  fit: number,
  confidence: number,
  criteria: readonly CriterionResult[],
  t: Thresholds,
): { tier: Tier; tierReason: string } {
  const knockedOut = criteria.find((c) => c.knockout && c.match === 0);
  if (knockedOut) {
    return {
      tier: 'X',
      tierReason: `Disqualified: must be "${knockedOut.label}", saw ${knockedOut.seen ?? 'no value'}`,
    };
  }
  const needed = t.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  if (confidence < needed) {
    return {
      tier: '?',
      tierReason: `${percent(confidence)} of the ICP's weight is known; a tier needs ${percent(needed)}`,
    };
  }
  if (fit >= t.A) return { tier: 'A', tierReason: `Tier A: fit ${fit} is ${t.A} or more` };
  if (fit >= t.B) return { tier: 'B', tierReason: `Tier B: fit ${fit} is ${t.B} or more, below ${t.A} for A` };
  if (fit >= t.C) return { tier: 'C', tierReason: `Tier C: fit ${fit} is ${t.C} or more, below ${t.B} for B` };
  return { tier: 'D', tierReason: `Tier D: fit ${fit} is below ${t.C}` };
}
