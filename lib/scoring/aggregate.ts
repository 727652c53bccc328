/** The part of a criterion result that the totals depend on. */
export interface Weighed {
  weight: number;
  penalty: boolean;
  /** null = UNKNOWN */
  match: number | null;
}

export interface Totals {
  fit: number;
  bestCase: number;
  confidence: number;
  unknownCount: number;
}

const percent = (points: number, possible: number) =>
  possible === 0 ? 0 : Math.min(100, Math.max(0, Math.round((100 * points) / possible)));

/**
 * fit, best case and confidence (DESIGN.md "ICP and scoring"). Penalties subtract but are never possible points.
 * The best case lets every unknown positive criterion match and every unknown penalty miss, so bestCase >= fit.
 * Confidence weighs all criteria, penalties included: an unknown penalty is something we do not know either.
 * With no weight at all there is nothing left to learn about the fit, so confidence is 1 (and fit 0).
 */
export function aggregate(items: readonly Weighed[]): Totals {
  let possible = 0;
  let points = 0;
  let unknownPositive = 0;
  let total = 0;
  let known = 0;
  let unknownCount = 0;
  for (const { weight, penalty, match } of items) {
    total += weight;
    if (!penalty) possible += weight;
    if (match === null) {
      unknownCount++;
      if (!penalty) unknownPositive += weight;
      continue;
    }
    known += weight;
    points += penalty ? -weight * match : weight * match;
  }
  return {
    fit: percent(points, possible),
    bestCase: percent(points + unknownPositive, possible),
    confidence: total === 0 ? 1 : known / total,
    unknownCount,
  };
}
