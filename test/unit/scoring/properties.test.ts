import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompanyCriterion } from '../../../lib/icp/schema';
import { aggregate } from '../../../lib/scoring/aggregate';
import { scoreCompany } from '../../../lib/scoring/fit';
import type { CompanySignals } from '../../../lib/signals/schema';
import { icpArb, signalsArb } from './arbitraries';

const NOW = 1;
const runs = { numRuns: 500 };

const weighedArb = fc.array(
  fc.record({
    weight: fc.double({ min: 0, max: 1000, noNaN: true }),
    penalty: fc.boolean(),
    match: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  }),
  { maxLength: 12 },
);

describe('score properties (arbitrary ICPs and signals)', () => {
  it('fit and best case stay in 0..100, bestCase >= fit, confidence in 0..1', () => {
    fc.assert(
      fc.property(icpArb, signalsArb, (icp, signals) => {
        const r = scoreCompany(icp, signals, NOW);
        expect(Number.isInteger(r.fit) && r.fit >= 0 && r.fit <= 100).toBe(true);
        expect(Number.isInteger(r.bestCase) && r.bestCase <= 100).toBe(true);
        expect(r.bestCase).toBeGreaterThanOrEqual(r.fit);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        for (const c of r.criteria) expect(c.match === null || (c.match >= 0 && c.match <= 1)).toBe(true);
      }),
      runs,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(icpArb, signalsArb, (icp, signals) => {
        expect(scoreCompany(structuredClone(icp), structuredClone(signals), NOW)).toEqual(
          scoreCompany(icp, signals, NOW),
        );
      }),
      runs,
    );
  });

  it('learning missing data never lowers fit unless a penalty becomes known, and never raises the best case', () => {
    fc.assert(
      fc.property(icpArb, signalsArb, signalsArb, (icp, partial, extra) => {
        const before = scoreCompany(icp, partial, NOW);
        // Learn whatever `extra` knows and `partial` does not: known values stay as they were.
        const learned: CompanySignals = { ...extra, ...partial };
        const after = scoreCompany(icp, learned, NOW);
        expect(after.bestCase).toBeLessThanOrEqual(before.bestCase);
        expect(after.fit).toBeLessThanOrEqual(before.bestCase);
        const penaltyLearned = after.criteria.some((c, i) => c.penalty && before.criteria[i]?.match === null);
        if (!penaltyLearned) expect(after.fit).toBeGreaterThanOrEqual(before.fit);
      }),
      runs,
    );
  });

  it('removing a fact never lowers the best case: with no penalty known the range only widens, and never makes X', () => {
    fc.assert(
      fc.property(icpArb, signalsArb, fc.nat(), (icp, signals, pick) => {
        const keys = Object.keys(signals) as (keyof CompanySignals)[];
        fc.pre(keys.length > 0);
        const removed = keys[pick % keys.length] as keyof CompanySignals;
        const { [removed]: _gone, ...rest } = signals;
        const before = scoreCompany(icp, signals, NOW);
        const after = scoreCompany(icp, rest, NOW);
        expect(after.bestCase).toBeGreaterThanOrEqual(before.bestCase);
        expect(after.confidence).toBeLessThanOrEqual(before.confidence + 1e-9);
        if (!before.criteria.some((c) => c.penalty && c.match !== null)) {
          expect(after.fit).toBeLessThanOrEqual(before.fit);
        }
        if (after.tier === 'X') expect(before.tier).toBe('X');
      }),
      runs,
    );
  });

  it('a search that finds none of its targets in an open-ended field is unknown unless the criterion opts in', () => {
    fc.assert(
      fc.property(icpArb, signalsArb, (icp, signals) => {
        const r = scoreCompany(icp, signals, NOW);
        for (const [i, c] of r.criteria.entries()) {
          const criterion = icp.criteria[i];
          if (c.notFound) expect(c.match).toBeNull();
          if (c.match === 0 && criterion && ['matches', 'includesAny', 'includesAll'].includes(criterion.op)) {
            const openEnded = ['description', 'keywords', 'technologies', 'compliance', 'hiring.departments'];
            if (openEnded.includes(criterion.field)) expect(criterion.absenceIsNo).toBe(true);
          }
        }
      }),
      runs,
    );
  });

  it('adding weight to an unknown criterion never raises confidence', () => {
    fc.assert(
      fc.property(icpArb, signalsArb, fc.nat(), fc.double({ min: 0, max: 500, noNaN: true }), (icp, s, pick, add) => {
        const before = scoreCompany(icp, s, NOW);
        const unknown = before.criteria.flatMap((c, i) => (c.match === null ? [i] : []));
        fc.pre(unknown.length > 0);
        const i = unknown[pick % unknown.length] ?? 0;
        const criteria = icp.criteria.map((c, j) => (j === i ? { ...c, weight: c.weight + add } : c));
        const after = scoreCompany({ ...icp, criteria: criteria as CompanyCriterion[] }, s, NOW);
        expect(after.confidence).toBeLessThanOrEqual(before.confidence);
      }),
      runs,
    );
  });
});

describe('aggregate properties', () => {
  it('learning that an unknown positive criterion matches never lowers fit nor raises the best case', () => {
    fc.assert(
      fc.property(weighedArb, fc.nat(), (items, pick) => {
        const unknown = items.flatMap((c, i) => (c.match === null && !c.penalty ? [i] : []));
        fc.pre(unknown.length > 0);
        const i = unknown[pick % unknown.length];
        const before = aggregate(items);
        const after = aggregate(items.map((c, j) => (j === i ? { ...c, match: 1 } : c)));
        expect(after.fit).toBeGreaterThanOrEqual(before.fit);
        expect(after.bestCase).toBe(before.bestCase);
      }),
      runs,
    );
  });

  it('keeps 0 <= fit <= bestCase <= 100 for any matches and weights', () => {
    fc.assert(
      fc.property(weighedArb, (items) => {
        const t = aggregate(items);
        expect(0 <= t.fit && t.fit <= t.bestCase && t.bestCase <= 100).toBe(true);
        expect(t.unknownCount).toBe(items.filter((c) => c.match === null).length);
      }),
      runs,
    );
  });
});
