import type { Criterion } from './schema';

const weightOf = (c: Criterion) => (Number.isFinite(c.weight) && c.weight > 0 ? c.weight : 0);

/** The possible points of a list: the weights of its criteria that are not penalties (DESIGN.md: fit). */
export function weightTotal(criteria: readonly Criterion[]): number {
  return criteria.reduce((sum, c) => sum + (c.penalty ? 0 : weightOf(c)), 0);
}

/**
 * What one criterion's weight means for the fit, in one line: its share of the possible points, what a penalty can
 * take off, or that a weight-0 must only disqualifies.
 */
export function weightShare(c: Criterion, total: number): string {
  const w = weightOf(c);
  if (w === 0) return c.knockout ? 'Counts no points: it only disqualifies.' : 'Counts no points.';
  if (total === 0) return c.penalty ? 'Takes points off once other criteria give some.' : '';
  const percent = Math.round((100 * w) / total);
  if (c.penalty) return `Takes up to ${percent} points off the fit when it matches.`;
  return `${percent}% of the fit (${w} of ${total} points).`;
}
