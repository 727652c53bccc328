import type { Thresholds } from '../icp/schema';
import type { CriterionResult, Tier } from './types';

/**
 * The tier and its reason. A knockout disqualifies only on known data with m === 0: missing data is never held
 * against an account, and a knockout's weight does not matter (a pure must has weight 0 in the default ICP).
 */
export function tierOf(
  fit: number,
  criteria: readonly CriterionResult[],
  t: Thresholds,
): { tier: Tier; tierReason: string } {
  const knockedOut = criteria.find((c) => c.knockout && c.match === 0);
  if (knockedOut) {
    return { tier: 'X', tierReason: `Disqualified: "${knockedOut.label}" (saw ${knockedOut.seen ?? 'no value'})` };
  }
  if (fit >= t.A) return { tier: 'A', tierReason: `fit ${fit} ≥ ${t.A} (A)` };
  if (fit >= t.B) return { tier: 'B', tierReason: `fit ${fit} ≥ ${t.B} (B)` };
  if (fit >= t.C) return { tier: 'C', tierReason: `fit ${fit} ≥ ${t.C} (C)` };
  return { tier: 'D', tierReason: `fit ${fit} < ${t.C} (D)` };
}
