import type { Grade } from './engagement';
import type { Tier } from './types';

export type MatrixCell = `${Exclude<Tier, 'X' | '?'>}${Grade}`;

const GRADE_NAMES: Record<Grade, string> = { 1: 'hot', 2: 'warm', 3: 'cool', 4: 'cold' };

/**
 * The fit x engagement matrix: A1 (best fit, hottest) to D4. A disqualified account (X) has no cell: it is out of
 * the matrix, whatever its engagement; nor has an account with too little data for a tier ('?'), which would
 * otherwise sink to D and read as a bad fit.
 */
export function matrixCell(tier: Tier, grade: Grade): { cell?: MatrixCell; reason: string } {
  if (tier === 'X') return { reason: 'disqualified (tier X): outside the matrix' };
  if (tier === '?') return { reason: 'not enough data yet for a tier: outside the matrix until more is known' };
  return { cell: `${tier}${grade}`, reason: `tier ${tier} fit, ${GRADE_NAMES[grade]} engagement (${grade})` };
}
