import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportIcp, parseIcpFile } from '../../../lib/icp/io';
import { lintIcp } from '../../../lib/icp/lint';
import { DEFAULT_ENGAGEMENT } from '../../../lib/icp/presets';
import { decayed, scoreEngagement } from '../../../lib/scoring/engagement';
import { scoreCompany, scorePerson } from '../../../lib/scoring/fit';
import { DEPARTMENTS, SENIORITIES } from '../../../lib/signals/enums';
import type { CompanySignals, PersonSignals } from '../../../lib/signals/schema';
import { icpArb, signalsArb } from './arbitraries';
import { fact } from './helpers';

const runs = { numRuns: 300 };
const DAY = 86_400_000;

const personArb: fc.Arbitrary<PersonSignals> = fc.record(
  {
    seniority: fc.constantFrom(...SENIORITIES).map(fact),
    department: fc.constantFrom(...DEPARTMENTS).map(fact),
    title: fc.constantFrom('VP Sales', 'Engineer', 'Head of Marketing').map(fact),
  },
  { requiredKeys: [] },
);

describe('more score properties', () => {
  it('learning a value that matches a criterion never lowers fit', () => {
    // One positive criterion is rewritten to `exists` on a field the signals lack: any value learned there matches it.
    // Penalties on that field are dropped: a learned value that matches a penalty lowers fit, which is its job.
    fc.assert(
      fc.property(icpArb, signalsArb, fc.nat(), (icp, signals, pick) => {
        const positive = icp.criteria.flatMap((c, i) => (c.penalty ? [] : [i]));
        fc.pre(positive.length > 0);
        const target = positive[pick % positive.length];
        const criteria = icp.criteria
          .map((c, i) => (i === target ? { ...c, field: 'founded' as const, op: 'exists' as const } : c))
          .filter((c) => !(c.penalty && c.field === 'founded'));
        const withExists = { ...icp, criteria: criteria as typeof icp.criteria };
        const { founded: _unknown, ...partial } = signals;
        const before = scoreCompany(withExists, partial, 1);
        const learned: CompanySignals = { ...partial, founded: fact(2001) };
        expect(scoreCompany(withExists, learned, 1).fit).toBeGreaterThanOrEqual(before.fit);
      }),
      runs,
    );
  });

  it('persona fit stays in 0..100 with bestCase >= fit', () => {
    fc.assert(
      fc.property(icpArb, personArb, (icp, person) => {
        const r = scorePerson(icp, person, 1);
        expect(0 <= r.fit && r.fit <= r.bestCase && r.bestCase <= 100).toBe(true);
      }),
      runs,
    );
  });
});

describe('engagement properties', () => {
  it('an older activity is never worth more than a newer one', () => {
    fc.assert(
      fc.property(fc.nat(3650), fc.nat(3650), fc.integer({ min: 1, max: 365 }), (a, b, half) => {
        const [newer, older] = a <= b ? [a, b] : [b, a];
        expect(decayed(30, -older * DAY, 0, half)).toBeLessThanOrEqual(decayed(30, -newer * DAY, 0, half));
      }),
      runs,
    );
  });

  it('logging one more positive activity never makes the grade colder', () => {
    const types = DEFAULT_ENGAGEMENT.rules.map((r) => r.activity);
    const activity = fc.record({ type: fc.constantFrom(...types), at: fc.integer({ min: 0, max: 400 * DAY }) });
    fc.assert(
      fc.property(fc.array(activity, { maxLength: 8 }), activity, (logged, extra) => {
        const now = 400 * DAY;
        const before = scoreEngagement(logged, DEFAULT_ENGAGEMENT, now);
        const after = scoreEngagement([...logged, extra], DEFAULT_ENGAGEMENT, now);
        expect(after.grade).toBeLessThanOrEqual(before.grade);
      }),
      runs,
    );
  });
});

describe('ICP file and lint properties', () => {
  it('every valid ICP survives export and import unchanged', () => {
    fc.assert(
      fc.property(icpArb, (icp) => {
        expect(parseIcpFile(exportIcp(icp))).toEqual({ ok: true, icp });
      }),
      runs,
    );
  });

  it('lint never throws and only names criteria the ICP has', () => {
    fc.assert(
      fc.property(icpArb, (icp) => {
        const ids = new Set([...icp.criteria, ...icp.persona].map((c) => c.id));
        for (const f of lintIcp(icp)) for (const id of f.criterionIds) expect(ids.has(id)).toBe(true);
      }),
      runs,
    );
  });
});
