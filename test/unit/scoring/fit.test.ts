import { describe, expect, it } from 'vitest';
import { defaultIcp } from '../../../lib/icp/presets';
import { scoreCompany, scorePerson } from '../../../lib/scoring/fit';
import type { CompanySignals } from '../../../lib/signals/schema';
import { fact, icpWith } from './helpers';

const NOW = 1_700_000_000_000;

const saas: CompanySignals = {
  name: fact('Acme'),
  industryGroup: fact('software'),
  employees: fact({ min: 51, max: 200 }),
  hq: fact({ city: 'Berlin', country: 'DE' }),
  description: fact('Acme builds a SaaS platform for revenue teams.'),
  founded: fact(2015),
  technologies: fact([
    { name: 'HubSpot', category: 'crm' },
    { name: 'Segment', category: 'cdp' },
  ]),
};

describe('fit, best case and confidence', () => {
  const icp = icpWith([
    { field: 'industryGroup', op: 'in', target: ['software'], weight: 40 },
    { field: 'employees', op: 'range', target: { min: 50, max: 1000 }, weight: 30 },
    { field: 'hq.country', op: 'in', target: ['US'], weight: 20 },
    { field: 'fundingStage', op: 'in', target: ['series-a'], weight: 10 },
  ]);

  it('counts known matches only, unknown as 0, over all positive weight', () => {
    const r = scoreCompany(icp, saas, NOW);
    expect(r.fit).toBe(70); // 40 + 30 of 100; hq DE misses, funding unknown
    expect(r.bestCase).toBe(80); // + the unknown funding criterion
    expect(r.confidence).toBeCloseTo(0.9);
    expect(r.unknownCount).toBe(1);
    expect(r.tier).toBe('B');
    expect(r.tierReason).toBe('Tier B: fit 70 is 60 or more, below 80 for A');
    expect(r.scoredAt).toBe(NOW);
    expect(r.icpId).toBe(icp.id);
    expect(r.icpVersion).toBe(icp.version);
  });

  it('reports each criterion with earned, possible, seen and evidence', () => {
    const r = scoreCompany(icp, saas, NOW);
    expect(r.criteria.map((c) => [c.id, c.match, c.earned, c.possible, c.seen])).toEqual([
      ['c0', 1, 40, 40, 'Software'],
      ['c1', 1, 30, 30, '51–200'],
      ['c2', 0, 0, 20, 'DE'],
      ['c3', null, 0, 10, undefined],
    ]);
    expect(r.criteria[0]?.evidence?.source).toBe('test');
    expect(r.criteria[3]?.evidence).toBeUndefined();
  });

  it('gives partial points from the range falloff', () => {
    const r = scoreCompany(icp, { ...saas, employees: fact({ min: 11, max: 40 }) }, NOW);
    expect(r.criteria[1]?.match).toBeCloseTo(0.6);
    expect(r.criteria[1]?.earned).toBe(18);
    expect(r.fit).toBe(58);
  });

  it('scores nothing known as fit 0 with confidence 0', () => {
    const r = scoreCompany(icp, {}, NOW);
    expect([r.fit, r.bestCase, r.confidence, r.unknownCount, r.tier]).toEqual([0, 100, 0, 4, '?']);
    expect(r.tierReason).toBe("0% of the ICP's weight is known; a tier needs 50%");
  });

  it('has fit 0 and confidence 1 when no criterion carries weight', () => {
    const r = scoreCompany(icpWith([{ field: 'industryGroup', op: 'in', target: ['software'], weight: 0 }]), saas, NOW);
    expect([r.fit, r.bestCase, r.confidence]).toEqual([0, 0, 1]);
    expect(scoreCompany(icpWith([]), saas, NOW)).toMatchObject({ fit: 0, bestCase: 0, confidence: 1, tier: 'D' });
  });

  it('treats a type mismatch as unknown', () => {
    const r = scoreCompany(icpWith([{ field: 'industry', op: 'range', target: { min: 1 } }]), saas, NOW);
    expect(r.criteria[0]?.match).toBeNull();
    const withIndustry = scoreCompany(
      icpWith([{ field: 'industry', op: 'range', target: { min: 1 } }]),
      { industry: fact('Software') },
      NOW,
    );
    expect(withIndustry.criteria[0]).toMatchObject({ match: null, earned: 0 });
    expect(withIndustry.criteria[0]?.seen).toBeUndefined();
  });
});

describe('penalties', () => {
  const icp = icpWith([
    { field: 'industryGroup', op: 'in', target: ['software'], weight: 50 },
    { field: 'employees', op: 'range', target: { min: 50 }, weight: 50 },
    { field: 'technologies', op: 'includesAny', target: ['Salesforce'], weight: 30, penalty: true },
  ]);

  it('are not possible points and subtract w*m when they match', () => {
    const salesforce = { ...saas, technologies: fact([{ name: 'Salesforce', category: 'crm' }]) };
    const r = scoreCompany(icp, salesforce, NOW);
    expect(r.fit).toBe(70);
    expect(r.criteria[2]).toMatchObject({ match: 1, earned: -30, possible: 0, penalty: true });
  });

  it('cost nothing when they do not match or are unknown, but unknown lowers confidence', () => {
    const optedIn = icpWith([
      { field: 'industryGroup', op: 'in', target: ['software'], weight: 50 },
      { field: 'employees', op: 'range', target: { min: 50 }, weight: 50 },
      {
        field: 'technologies',
        op: 'includesAny',
        target: ['Salesforce'],
        weight: 30,
        penalty: true,
        absenceIsNo: true,
      },
    ]);
    expect(scoreCompany(optedIn, saas, NOW)).toMatchObject({ fit: 100, bestCase: 100, confidence: 1 });
    // Technologies list what a page showed, not all there is: Salesforce not seen is not "no Salesforce".
    const notSeen = scoreCompany(icp, saas, NOW);
    expect(notSeen).toMatchObject({ fit: 100, unknownCount: 1 });
    expect(notSeen.criteria[2]).toMatchObject({ match: null, notFound: 'none of them in the technologies seen' });
    const r = scoreCompany(icp, { ...saas, technologies: undefined }, NOW);
    expect(r).toMatchObject({ fit: 100, bestCase: 100, unknownCount: 1 });
    expect(r.confidence).toBeCloseTo(100 / 130);
    expect(r.criteria[2]?.earned).toBe(0);
    expect(Object.is(r.criteria[2]?.earned, -0)).toBe(false);
  });

  it('clamp fit at 0', () => {
    const heavy = icpWith([
      { field: 'industryGroup', op: 'in', target: ['software'], weight: 10 },
      { field: 'founded', op: 'gte', target: 2010, weight: 100, penalty: true },
    ]);
    expect(scoreCompany(heavy, saas, NOW).fit).toBe(0);
  });
});

describe('knockouts and tiers', () => {
  const knockout = (weight: number) =>
    icpWith([
      { field: 'industryGroup', op: 'in', target: ['software', 'government-nonprofit'], weight: 100 },
      {
        label: 'Not government or nonprofit',
        field: 'industryGroup',
        op: 'notIn',
        target: ['government-nonprofit'],
        weight,
        knockout: true,
      },
    ]);

  it.each([0, 20])('disqualify on known m = 0 whatever the weight (%i)', (weight) => {
    const r = scoreCompany(knockout(weight), { industryGroup: fact('government-nonprofit') }, NOW);
    expect(r.tier).toBe('X');
    expect(r.tierReason).toBe('Disqualified: must be "Not government or nonprofit", saw Government and nonprofit');
  });

  it('do not disqualify when their data is unknown', () => {
    const icp = icpWith([
      { field: 'industryGroup', op: 'in', target: ['software'], weight: 50 },
      { field: 'hq.country', op: 'in', target: ['US'], weight: 50, knockout: true },
    ]);
    expect(scoreCompany(icp, { industryGroup: fact('software') }, NOW)).toMatchObject({ fit: 50, tier: 'C' });
    expect(scoreCompany(icp, saas, NOW).tier).toBe('X');
  });

  it('do not disqualify on a partial match', () => {
    const icp = icpWith([{ field: 'employees', op: 'range', target: { min: 50 }, weight: 10, knockout: true }]);
    expect(scoreCompany(icp, { employees: fact({ min: 30, max: 40 }) }, NOW).tier).not.toBe('X');
    expect(scoreCompany(icp, { employees: fact({ min: 1, max: 10 }) }, NOW).tier).toBe('X');
  });

  const tiers = icpWith([{ field: 'employees', op: 'range', target: { min: 100, margin: 1 }, weight: 100 }], {
    A: 90,
    B: 50,
    C: 20,
  });
  it.each([
    [100, 100, 'A', 'Tier A: fit 100 is 90 or more'],
    [90, 90, 'A', 'Tier A: fit 90 is 90 or more'],
    [89, 89, 'B', 'Tier B: fit 89 is 50 or more, below 90 for A'],
    [50, 50, 'B', 'Tier B: fit 50 is 50 or more, below 90 for A'],
    [49, 49, 'C', 'Tier C: fit 49 is 20 or more, below 50 for B'],
    [20, 20, 'C', 'Tier C: fit 20 is 20 or more, below 50 for B'],
    [19, 19, 'D', 'Tier D: fit 19 is below 20'],
    [0, 0, 'D', 'Tier D: fit 0 is below 20'],
  ])('employees %i -> fit %i, tier %s with configurable thresholds', (employees, fit, tier, reason) => {
    const r = scoreCompany(tiers, { employees: fact({ min: employees, max: employees }) }, NOW);
    expect([r.fit, r.tier, r.tierReason]).toEqual([fit, tier, reason]);
  });
});

describe('default ICP', () => {
  const icp = defaultIcp(0);

  it('puts a fitting SaaS company in A or B', () => {
    const r = scoreCompany(icp, saas, NOW);
    expect(r.fit).toBe(100);
    expect(['A', 'B']).toContain(r.tier);
  });

  it('rates a fitting company with most of its data unknown as not enough data yet, and grades it once known', () => {
    const r = scoreCompany(icp, { industryGroup: fact('software'), employees: fact({ min: 201, max: 500 }) }, NOW);
    expect([r.fit, r.bestCase, r.tier, r.unknownCount]).toEqual([45, 100, '?', 4]);
    const more = scoreCompany(
      icp,
      { industryGroup: fact('software'), employees: fact({ min: 201, max: 500 }), hq: fact({ country: 'BR' }) },
      NOW,
    );
    expect([more.fit, more.confidence, more.tier]).toEqual([45, 0.65, 'C']);
  });

  it('puts a non-fitting company in C or D', () => {
    const bakery: CompanySignals = {
      industryGroup: fact('retail-consumer'),
      employees: fact({ min: 2, max: 10 }),
      hq: fact({ country: 'BR' }),
      description: fact('Fresh bread and pastries every morning.'),
      founded: fact(1987),
    };
    const r = scoreCompany(icp, bakery, NOW);
    expect(r.fit).toBe(0);
    expect(['C', 'D']).toContain(r.tier);
  });

  it('disqualifies a government body', () => {
    const r = scoreCompany(icp, { ...saas, industryGroup: fact('government-nonprofit') }, NOW);
    expect(r.tier).toBe('X');
    expect(r.tierReason).toBe('Disqualified: must be "Not government or nonprofit", saw Government and nonprofit');
  });

  it('scores persona fit on person fields', () => {
    const vp = scorePerson(icp, { seniority: fact('vp'), department: fact('sales') }, NOW);
    expect([vp.fit, vp.tier, vp.criteria.length]).toEqual([100, 'A', 2]);
    const engineer = scorePerson(icp, { seniority: fact('senior'), department: fact('engineering') }, NOW);
    expect([engineer.fit, engineer.tier]).toEqual([0, 'D']);
    const partial = scorePerson(icp, { seniority: fact('director') }, NOW);
    expect([partial.fit, partial.bestCase, partial.confidence]).toEqual([60, 100, 0.6]);
  });
});
