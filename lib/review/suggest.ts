import { type CriterionStats, ratesInWords } from './criterion-stats';
import { MIN_WEIGHT_CHANGE } from './limits';
import type { CriterionEffect } from './model';

/** A proposed change to one criterion's weight: `to` 0 removes it. Nothing changes until the user accepts it. */
export interface Suggestion {
  criterionId: string;
  label: string;
  kind: 'reweight' | 'remove';
  from: number;
  to: number;
  reason: string;
}

/** Whole points to the nearest 5: weights people write and read. */
const roundWeight = (w: number) => Math.min(1000, Math.round(w / 5) * 5);

/**
 * The criteria the model may reweigh: with enough data on both sides (a criterion without evidence is left exactly as
 * it is, so no suggestion can turn it around) and not a pure must (a knockout with no points is a rule, not a weight).
 */
export function reweighable(stats: CriterionStats): boolean {
  return stats.verdict !== 'too-few' && !(stats.knockout && stats.weight === 0);
}

/**
 * Suggested weights from the model's effects. The points the reweighable criteria carry now are shared out among them
 * in proportion to how much a match raises the odds of winning (for a penalty, how much it lowers them), so the tier
 * thresholds keep their meaning; a criterion whose match does not help (effect <= 0 in its own direction) is
 * suggested for removal. Changes under MIN_WEIGHT_CHANGE points, or under a fifth of the weight, are not worth a
 * version and are left out. A positive criterion stays positive and a penalty stays a penalty.
 */
export function suggestWeights(
  stats: readonly CriterionStats[],
  effects: readonly CriterionEffect[],
  lostNoun = 'lost',
): Suggestion[] {
  const eligible = stats.map((s, i) => ({ s, effect: effects[i]?.match ?? 0 })).filter(({ s }) => reweighable(s));
  // The effect in the criterion's own direction: a penalty is meant to lower the odds.
  const useful = (s: CriterionStats, effect: number) => Math.max(0, s.penalty ? -effect : effect);
  const positives = eligible.filter(({ s }) => !s.penalty);
  const points = positives.reduce((sum, { s }) => sum + s.weight, 0);
  const strength = positives.reduce((sum, { s, effect }) => sum + useful(s, effect), 0);
  // Points per unit of log-odds; penalties use the same rate so that their weight stays comparable.
  // No criterion helps at all: there is nothing to share the points by, and removing everything is no advice.
  if (strength === 0) return [];
  const rate = points / strength;
  const out: Suggestion[] = [];
  for (const { s, effect } of eligible) {
    const to = roundWeight(rate * useful(s, effect));
    const change = Math.abs(to - s.weight);
    if (to > 0 && (change < MIN_WEIGHT_CHANGE || change < s.weight / 5)) continue;
    if (to === 0 && s.weight === 0) continue;
    out.push({
      criterionId: s.id,
      label: s.label,
      kind: to === 0 ? 'remove' : 'reweight',
      from: s.weight,
      to,
      reason: reasonFor(s, to, lostNoun),
    });
  }
  return out;
}

function reasonFor(s: CriterionStats, to: number, lostNoun: string): string {
  const rates = ratesInWords(s, lostNoun);
  const capitalised = `${rates.charAt(0).toUpperCase()}${rates.slice(1)}`;
  if (to > s.weight) return `${capitalised}: it separates better than its ${s.weight} points say.`;
  if (to > 0) return `${capitalised}: worth less than its ${s.weight} points once the other criteria are known.`;
  if (s.verdict === 'never') return `${capitalised}: it never separates won from lost, so its points only add noise.`;
  if (s.verdict === 'reversed') return `${capitalised}: it points the wrong way.`;
  return `${capitalised}, but it adds nothing once the other criteria are known: they already pick out the same accounts.`;
}
