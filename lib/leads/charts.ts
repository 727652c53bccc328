import type { Grade } from '../scoring/engagement';
import type { MatrixCell } from '../scoring/matrix';
import type { LeadRow } from './types';

export const MATRIX_TIERS = ['A', 'B', 'C', 'D'] as const;
export const MATRIX_GRADES: readonly Grade[] = [1, 2, 3, 4];

export interface MatrixCounts {
  cells: Record<MatrixCell, number>;
  /** Disqualified leads (tier X, or an element answered "not a fit"): outside the matrix. */
  outside: number;
  /** Leads with too little data for a tier ('?'): kept apart, never counted as D. */
  notYetScored: number;
  max: number;
}

export function matrixCounts(rows: readonly LeadRow[]): MatrixCounts {
  const cells = {} as Record<MatrixCell, number>;
  for (const t of MATRIX_TIERS) for (const g of MATRIX_GRADES) cells[`${t}${g}`] = 0;
  let outside = 0;
  let notYetScored = 0;
  for (const r of rows) {
    if (r.cell) cells[r.cell]++;
    else if (r.tier === '?') notYetScored++;
    else outside++;
  }
  return { cells, outside, notYetScored, max: Math.max(0, ...Object.values(cells)) };
}

export interface FitBin {
  /** Inclusive bounds: 0-9, 10-19, ..., 90-100 (100 joins the last bin). */
  from: number;
  to: number;
  count: number;
}

/** Fit in ten 10-point bins; leads never scored or with too little data for a tier ('?') are counted apart. */
export function fitHistogram(rows: readonly LeadRow[]): { bins: FitBin[]; unscored: number; max: number } {
  const bins: FitBin[] = Array.from({ length: 10 }, (_, i) => ({
    from: i * 10,
    to: i === 9 ? 100 : i * 10 + 9,
    count: 0,
  }));
  let unscored = 0;
  for (const r of rows) {
    if (r.fit === undefined || r.tier === '?') unscored++;
    else (bins[Math.min(9, Math.floor(r.fit / 10))] as FitBin).count++;
  }
  return { bins, unscored, max: Math.max(0, ...bins.map((b) => b.count)) };
}
