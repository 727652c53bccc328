import { describe, expect, it } from 'vitest';
import { auc, aucWords } from '../../../lib/review/auc';
import { criterionStats } from '../../../lib/review/criterion-stats';
import { fitLogistic, predict } from '../../../lib/review/logistic';
import { fitModel } from '../../../lib/review/model';

const C = {
  id: 'size',
  label: '50 to 1,000 employees',
  field: 'employees' as const,
  weight: 20,
  penalty: false,
  knockout: false,
};
const repeat = <T>(value: T, times: number): T[] => Array.from({ length: times }, () => value);

describe('AUC', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one, 0.5 for ties and undefined with one side empty', () => {
    expect(auc([80, 90], [10, 20])).toBe(1);
    expect(auc([10, 20], [80, 90])).toBe(0);
    expect(auc([50, 50], [50, 50])).toBe(0.5);
    expect(auc([1], [])).toBeUndefined();
  });
  it('counts a tie as half a correct pair (Mann-Whitney)', () => {
    // Pairs: (3>1) (3>2) (3=3 half) (2>1) (2=2 half) (2<3): 1 + 1 + 0.5 + 1 + 0.5 + 0 = 4 of 6.
    expect(auc([3, 2], [1, 2, 3])).toBeCloseTo(4 / 6, 12);
  });
  it('reads in words', () => {
    expect(aucWords(0.95)).toMatch(/very well/);
    expect(aucWords(0.5)).toMatch(/chance/);
  });
});

describe('ridge logistic regression', () => {
  it('recovers the exact log-odds of a saturated model when the ridge is negligible', () => {
    // x = 0: 20 of 100 won (odds 1/4); x = 1: 80 of 100 won (odds 4): beta0 = ln(1/4), beta1 = ln 16.
    const x = [...repeat([0], 100), ...repeat([1], 100)];
    const y = [...repeat(1, 20), ...repeat(0, 80), ...repeat(1, 80), ...repeat(0, 20)];
    const fit = fitLogistic(x, y, 1e-9);
    expect(fit.converged).toBe(true);
    expect(fit.beta[0]).toBeCloseTo(Math.log(1 / 4), 6);
    expect(fit.beta[1]).toBeCloseTo(Math.log(16), 6);
    expect(predict(fit.beta, [1])).toBeCloseTo(0.8, 6);
  });
  it('stays finite on a feature that separates perfectly, and shrinks with a stronger ridge', () => {
    const x = [...repeat([1], 20), ...repeat([0], 20)];
    const y = [...repeat(1, 20), ...repeat(0, 20)];
    const weak = fitLogistic(x, y, 1);
    const strong = fitLogistic(x, y, 10);
    expect(weak.converged).toBe(true);
    expect(Number.isFinite(weak.beta[1])).toBe(true);
    expect(weak.beta[1]).toBeGreaterThan(3);
    expect(strong.beta[1]).toBeLessThan(weak.beta[1] ?? 0);
  });
  it('gives unknown its own state: a criterion nobody knows gets no column and no effect', () => {
    const rows = [...repeat({ won: true, matches: [1, null] }, 10), ...repeat({ won: false, matches: [0, null] }, 10)];
    const model = fitModel(rows, 2);
    expect(model.features).toBe(1);
    expect(model.effects[1]).toEqual({ match: 0, unknown: 0 });
    expect(model.effects[0]?.match).toBeGreaterThan(1);
  });
  it('fits an unknown column when some know the data and some do not', () => {
    const rows = [
      ...repeat({ won: true, matches: [null] }, 8),
      ...repeat({ won: true, matches: [1] }, 2),
      ...repeat({ won: false, matches: [0] }, 10),
    ];
    const model = fitModel(rows, 1);
    expect(model.features).toBe(2);
    // Not knowing was common among the won: its own effect is positive.
    expect(model.effects[0]?.unknown).toBeGreaterThan(1);
  });
});

describe('one criterion against outcomes', () => {
  it('says in a sentence how often it matched on each side, and that it separates well', () => {
    const stats = criterionStats(
      C,
      [...repeat(1, 36), ...repeat(0, 2), null, null],
      [...repeat(1, 20), ...repeat(0, 35), ...repeat(null, 5)],
    );
    expect(stats.won).toEqual({ total: 40, known: 38, matched: 36 });
    expect(stats.lost).toEqual({ total: 60, known: 55, matched: 20 });
    expect(stats.verdict).toBe('separates-well');
    expect(stats.sentence).toBe(
      'Of 40 won accounts, 36 matched "50 to 1,000 employees" (2 unknown); of 60 lost, 20 did (5 unknown): this criterion separates well.',
    );
  });
  it('flags a criterion matched as often on both sides as one that never separates', () => {
    const stats = criterionStats(C, [...repeat(1, 10), ...repeat(0, 10)], [...repeat(1, 10), ...repeat(0, 10)]);
    expect(stats.verdict).toBe('never');
    expect(stats.lift).toBeCloseTo(1, 10);
    expect(stats.sentence).toMatch(/does not separate/);
  });
  it('refuses to judge with too few known on a side', () => {
    const stats = criterionStats(C, [1, 1, 1, 1, null, null], [...repeat(0, 10)]);
    expect(stats.verdict).toBe('too-few');
    expect(stats.sentence).toMatch(/too few have this data/);
  });
  it('reads a penalty the other way round', () => {
    const penalty = { ...C, penalty: true };
    expect(criterionStats(penalty, repeat(0, 10), repeat(1, 10)).verdict).toBe('separates-well');
    expect(criterionStats(penalty, repeat(1, 10), repeat(0, 10)).verdict).toBe('reversed');
  });
});
