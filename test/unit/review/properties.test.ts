import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges } from '../../../lib/review/diff';
import { type ReviewAccount, reviewIcp as review } from '../../../lib/review/review';
import { account, type Facts, reviewIcp } from './helpers';

const facts: fc.Arbitrary<Facts> = fc.record(
  {
    industry: fc.constantFrom('software', 'manufacturing', 'retail-consumer'),
    employees: fc.integer({ min: 1, max: 20_000 }),
    founded: fc.integer({ min: 1950, max: 2024 }),
    revenue: fc.integer({ min: 0, max: 100_000_000 }),
  },
  { requiredKeys: [] },
);
const outcome = fc.constantFrom('Customer', 'Lost', 'Disqualified', undefined);
const accounts: fc.Arbitrary<ReviewAccount[]> = fc
  .array(fc.tuple(facts, outcome), { minLength: 0, maxLength: 90 })
  .map((rows) => rows.map(([f, stage], i) => account(`acct-${i}.example`, f, stage)));
/** The review's ICP with random weights, and any criterion possibly a penalty. */
const icps = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.boolean()), { minLength: 4, maxLength: 4 })
  .map((settings) => {
    const icp = reviewIcp();
    return {
      ...icp,
      criteria: icp.criteria.map((c, i) => ({ ...c, weight: settings[i]?.[0] ?? 10, penalty: settings[i]?.[1] })),
    };
  });

describe('properties of the review', () => {
  it('never suggests a change to a criterion without evidence, and never turns a criterion around', () => {
    fc.assert(
      fc.property(icps, accounts, (icp, rows) => {
        // Revenue is never known here: it has no evidence at all.
        const blind = rows.map((r) => ({ ...r, signals: { ...r.signals, revenue: undefined } }));
        const result = review(icp, blind, 0);
        const noEvidence = result.criteria.filter((c) => c.verdict === 'too-few').map((c) => c.id);
        expect(noEvidence).toContain('revenue');
        for (const s of result.suggestions) {
          expect(noEvidence).not.toContain(s.criterionId);
          expect(s.to).toBeGreaterThanOrEqual(0);
        }
        const next = applyChanges(
          icp,
          result.suggestions.map((s) => ({ criterionId: s.criterionId, weight: s.to })),
        );
        for (const c of next.criteria) {
          const before = icp.criteria.find((o) => o.id === c.id);
          expect(c.penalty).toBe(before?.penalty);
          if (noEvidence.includes(c.id)) expect(c.weight).toBe(before?.weight);
        }
        expect(next.criteria.map((c) => c.id)).toContain('revenue');
      }),
      { numRuns: 60 },
    );
  });

  it('is deterministic: the same accounts in any order give the same review', () => {
    fc.assert(
      fc.property(icps, accounts, fc.integer(), (icp, rows, seed) => {
        const shuffled = [...rows].sort((a, b) => hash(a.id, seed) - hash(b.id, seed));
        const first = review(icp, rows, 0);
        expect(review(icp, shuffled, 0)).toEqual(first);
        expect(review(icp, rows, 0)).toEqual(first);
      }),
      { numRuns: 40 },
    );
  });
});

/** A cheap seeded order for shuffling. */
function hash(text: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 2654435761);
  return h >>> 0;
}
