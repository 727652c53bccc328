import { describe, expect, it } from 'vitest';
import { fitHistogram, matrixCounts } from '../../../lib/leads/charts';
import { leadRow } from './helpers';

describe('matrixCounts', () => {
  it('counts every cell A1..D4, tier X apart, and the busiest cell', () => {
    const counts = matrixCounts([
      leadRow({ id: 'a', cell: 'A1' }),
      leadRow({ id: 'b', cell: 'A1' }),
      leadRow({ id: 'c', cell: 'D4' }),
      leadRow({ id: 'x', tier: 'X', cell: undefined }),
    ]);
    expect(Object.keys(counts.cells)).toHaveLength(16);
    expect(counts.cells.A1).toBe(2);
    expect(counts.cells.D4).toBe(1);
    expect(counts.cells.B2).toBe(0);
    expect(counts.outside).toBe(1);
    expect(counts.max).toBe(2);
  });

  it('is all zeros for no rows', () => {
    expect(matrixCounts([]).max).toBe(0);
  });
});

describe('fitHistogram', () => {
  it('puts fit in ten 10-point bins, 100 in the last, never-scored apart', () => {
    const { bins, unscored, max } = fitHistogram(
      [0, 9, 10, 55, 59, 90, 100, undefined].map((fit, i) => leadRow({ id: String(i), fit })),
    );
    expect(bins.map((b) => b.count)).toEqual([2, 1, 0, 0, 0, 2, 0, 0, 0, 2]);
    expect(bins[9]).toMatchObject({ from: 90, to: 100 });
    expect(unscored).toBe(1);
    expect(max).toBe(2);
  });
});
