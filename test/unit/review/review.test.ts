import { describe, expect, it } from 'vitest';
import { applyChanges, diffText } from '../../../lib/review/diff';
import { REVIEW_MINIMUM } from '../../../lib/review/limits';
import { reviewIcp as review } from '../../../lib/review/review';
import { scoreCompany } from '../../../lib/scoring/fit';
import { account, outcomeSet, reviewIcp } from './helpers';

const icp = reviewIcp();
const byId = (r: ReturnType<typeof review>, id: string) => r.criteria.find((c) => c.id === id);
const suggestion = (r: ReturnType<typeof review>, id: string) => r.suggestions.find((s) => s.criterionId === id);

describe('the review of an ICP on a synthetic outcome set with a known answer', () => {
  const result = review(icp, outcomeSet(20, 30), 0);

  it('counts the outcomes and has enough of them', () => {
    expect(result.counts).toEqual({ won: 20, lost: 30, disqualified: 0, withoutOutcome: 0 });
    expect(result.enough).toBe(true);
    expect(result.lostNoun).toBe('lost');
  });

  it('finds the criterion that separates perfectly, and suggests more weight for it', () => {
    const industry = byId(result, 'industry');
    expect(industry).toMatchObject({ wonRate: 1, lostRate: 0, verdict: 'separates-well' });
    expect(industry?.sentence).toBe(
      'Of 20 won accounts, 20 matched "Software"; of 30 lost accounts, 0 did: this criterion separates well.',
    );
    const up = suggestion(result, 'industry');
    expect(up?.kind).toBe('reweight');
    expect(up?.to).toBeGreaterThan(up?.from ?? Number.POSITIVE_INFINITY);
    expect(up?.reason).toMatch(/^Matched by 100% of won and 0% of lost accounts/);
  });

  it('flags the criterion that never separates and suggests removing it', () => {
    expect(byId(result, 'age')).toMatchObject({ wonRate: 0.5, lostRate: 0.5, verdict: 'never' });
    expect(suggestion(result, 'age')).toMatchObject({ kind: 'remove', from: 25, to: 0 });
    expect(suggestion(result, 'age')?.reason).toMatch(/never separates won from lost/);
  });

  it('leaves alone the criterion with too few outcomes known', () => {
    expect(byId(result, 'revenue')).toMatchObject({ verdict: 'too-few' });
    expect(byId(result, 'revenue')?.won.known).toBe(1);
    expect(suggestion(result, 'revenue')).toBeUndefined();
  });

  it('measures the current fit with its AUC and tier mix, and the suggested weights rank better', () => {
    expect(result.fit.auc).toBeGreaterThan(0.8);
    expect(result.fit.auc).toBeLessThan(1);
    const won = Object.values(result.fit.tiers.won).reduce((s, v) => s + v, 0);
    expect(won).toBe(20);
    expect(result.model?.converged).toBe(true);
    expect(result.model?.suggestedAuc).toBeGreaterThanOrEqual(result.fit.auc ?? 1);
  });

  it('keeps the points the reweighed criteria share', () => {
    const reweighed = result.suggestions.filter((s) => s.criterionId !== 'revenue');
    const before = icp.criteria.filter((c) => c.id !== 'revenue').reduce((s, c) => s + c.weight, 0);
    const kept = icp.criteria
      .filter((c) => c.id !== 'revenue' && !reweighed.some((s) => s.criterionId === c.id))
      .reduce((s, c) => s + c.weight, 0);
    const after = reweighed.reduce((s, x) => s + x.to, 0) + kept;
    expect(Math.abs(after - before)).toBeLessThanOrEqual(10);
  });
});

describe('below the minimum of outcomes', () => {
  it('says so and suggests nothing, though it still tallies', () => {
    const result = review(icp, outcomeSet(6, 8), 0);
    expect(result.enough).toBe(false);
    expect(result.suggestions).toEqual([]);
    expect(result.model).toBeUndefined();
    expect(result.shortfall).toContain(`at least ${REVIEW_MINIMUM.total} accounts with an outcome`);
    expect(result.shortfall).toContain('there are 14 (6 won, 8 lost or disqualified)');
    expect(byId(result, 'industry')?.verdict).toBe('separates-well');
  });
  it('needs each side: 40 customers and 5 losses are not enough', () => {
    expect(review(icp, outcomeSet(40, 5), 0).enough).toBe(false);
  });
});

describe('outcomes from stages and tags', () => {
  it('takes a Customer stage, a Lost or Disqualified stage, and tags such as "closed won"', () => {
    const rows = [
      account('a.example', { industry: 'software' }, 'Customer'),
      account('b.example', { industry: 'software' }, undefined, ['Closed Won']),
      account('c.example', { industry: 'software' }, 'Disqualified'),
      account('d.example', { industry: 'software' }, 'Lost'),
      account('e.example', { industry: 'software' }, 'SQL'),
    ];
    const result = review(icp, rows, 0);
    expect(result.counts).toEqual({ won: 2, lost: 1, disqualified: 1, withoutOutcome: 1 });
    expect(result.lostNoun).toBe('lost or disqualified');
  });
});

describe('scores', () => {
  it('reuses a stored score of the very ICP version reviewed, and scores again one of another version', () => {
    const rows = outcomeSet(20, 30);
    const fresh = review(icp, rows, 0);
    // Stored scores that claim every lost account matched the industry: used only when they name this version.
    const claim = (version: number) =>
      rows.map((r) => {
        const score = scoreCompany(icp, r.signals, 0);
        const criteria = score.criteria.map((c) => (c.id === 'industry' ? { ...c, match: 1 } : c));
        return { ...r, score: { ...score, icpVersion: version, criteria } };
      });
    expect(review(icp, claim(icp.version - 1), 0)).toEqual(fresh);
    expect(byId(review(icp, claim(icp.version), 0), 'industry')?.lostRate).toBe(1);
  });
});

describe('accepting suggestions', () => {
  it('applies weights, removes a criterion set to 0, and describes the new version', () => {
    const next = {
      ...applyChanges(icp, [
        { criterionId: 'size', weight: 35 },
        { criterionId: 'age', weight: 0 },
      ]),
      version: 4,
    };
    expect(next.criteria.map((c) => c.id)).toEqual(['industry', 'size', 'revenue']);
    expect(diffText(icp, next)).toBe('v3 -> v4: employees weight 30 -> 35, founded removed');
  });
  it('keeps a must set to 0 points (its rule still holds)', () => {
    const must = { ...icp, criteria: icp.criteria.map((c) => (c.id === 'age' ? { ...c, knockout: true } : c)) };
    expect(applyChanges(must, [{ criterionId: 'age', weight: 0 }]).criteria.find((c) => c.id === 'age')?.weight).toBe(
      0,
    );
  });
});

describe('lookalikes', () => {
  it('ranks accounts without an outcome by likeness to the customers and names the shared traits', () => {
    const rows = [
      ...outcomeSet(10, 10),
      account('twin.example', { industry: 'software', employees: 180, founded: 2010 }),
      account('half.example', { industry: 'software', employees: 9000 }),
      account('other.example', { industry: 'manufacturing', employees: 9000 }),
      account('blank.example', {}),
    ];
    const { lookalikes } = review(icp, rows, 0);
    // Manufacturing at 9,000 people shares nothing with the customers (software; 200 or 5,000 people): not listed.
    expect(lookalikes.map((l) => l.id)).toEqual(['twin.example', 'half.example']);
    const [twin] = lookalikes;
    expect(twin?.traits[0]).toBe('Software (like 100% of your customers)');
    expect(twin?.traits).toContain('51–200 people (like 80% of your customers)');
    expect(twin?.traits).toContain('founded in the 2010s (like 50% of your customers)');
    expect(twin?.like?.id).toMatch(/^won-/);
    expect(twin?.similarity).toBeGreaterThan(lookalikes[1]?.similarity ?? 1);
  });
  it('lists nothing without a customer', () => {
    expect(review(icp, [account('x.example', { industry: 'software' })], 0).lookalikes).toEqual([]);
  });
});
