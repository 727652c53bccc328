import { describe, expect, it } from 'vitest';
import { findingsFor, lintIcp } from '../../../lib/icp/lint';
import { defaultIcp, PRESETS } from '../../../lib/icp/presets';
import { type Icp, icpSchema } from '../../../lib/icp/schema';
import { icpWith } from '../scoring/helpers';

const codes = (icp: Icp) => lintIcp(icp).map((f) => `${f.severity}:${f.code}:${f.criterionIds.join(',')}`);

describe('presets', () => {
  it('offers at least three valid presets with unique ids, including the default', () => {
    expect(PRESETS.length).toBeGreaterThanOrEqual(3);
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
    expect(PRESETS.map((p) => p.name)).toEqual(
      expect.arrayContaining(['B2B SaaS, mid-market', 'Enterprise', 'Local services']),
    );
    for (const p of PRESETS) expect(icpSchema.safeParse(p.make(5)).success).toBe(true);
    expect(PRESETS[0]?.make(5)).toEqual(defaultIcp(5));
  });

  it('has no lint errors and no double counts in any preset; the new presets cover every dimension', () => {
    for (const p of PRESETS) {
      const findings = lintIcp(p.make(0));
      expect(findings.filter((f) => f.severity === 'error' || f.code === 'double-count')).toEqual([]);
    }
    for (const id of ['enterprise', 'local-services']) {
      const preset = PRESETS.find((p) => p.id === id);
      expect(lintIcp(preset?.make(0) as Icp).filter((f) => f.code === 'gap')).toEqual([]);
    }
  });

  it('every preset lints clean: no gap, no double count, tier A reachable', () => {
    for (const preset of PRESETS) expect(lintIcp(preset.make(0)), preset.id).toEqual([]);
  });
});

describe('lintIcp', () => {
  it('flags two weighted criteria on one field as a double count, naming both', () => {
    const icp = icpWith([
      { field: 'employees', op: 'range', target: { min: 10 } },
      { field: 'employees', op: 'gte', target: 50 },
      { field: 'industryGroup', op: 'in', target: ['software'] },
    ]);
    const found = lintIcp(icp).filter((f) => f.code === 'double-count');
    expect(found).toHaveLength(1);
    expect(found[0]?.criterionIds).toEqual(['c0', 'c1']);
    expect(found[0]?.message).toMatch(/Employees/);
    expect(findingsFor(lintIcp(icp), 'c1').map((f) => f.code)).toEqual(['double-count']);
  });

  it('exempts weight-0 knockouts from double counting', () => {
    const icp = icpWith([
      { field: 'industryGroup', op: 'in', target: ['software'] },
      { field: 'industryGroup', op: 'notIn', target: ['government-nonprofit'], weight: 0, knockout: true },
    ]);
    expect(codes(icp).filter((c) => c.includes('double-count'))).toEqual([]);
  });

  it('reports each uncovered dimension as a gap', () => {
    const icp = { ...icpWith([{ field: 'employees', op: 'gte', target: 5 }]), persona: [] };
    const gaps = lintIcp({ ...icp, engagement: { ...icp.engagement, rules: [] } })
      .filter((f) => f.code === 'gap')
      .map((f) => f.message.split(' ')[3]);
    expect(gaps).toEqual(['industry:', 'geography:', 'technology:', 'persona:', 'intent:']);
  });

  it('counts engagement rules with points as intent coverage and a must as coverage', () => {
    const icp = icpWith([{ field: 'hq.country', op: 'in', target: ['DE'], weight: 0, knockout: true }]);
    const gaps = lintIcp(icp).filter((f) => f.code === 'gap');
    expect(gaps.some((g) => g.message.includes('geography'))).toBe(false);
    expect(gaps.some((g) => g.message.includes('intent'))).toBe(false);
  });

  it('is an error when no criterion has weight (fit is always 0)', () => {
    const icp = icpWith([{ field: 'industryGroup', op: 'notIn', target: ['other'], weight: 0, knockout: true }]);
    const errors = lintIcp(icp).filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.code)).toEqual(['unreachable-a']);
    expect(errors[0]?.message).toMatch(/fit is always 0/);
  });

  it('is an error when criteria that can never be evaluated keep fit below tier A', () => {
    const icp = icpWith([
      { field: 'employees', op: 'matches', target: ['big'], weight: 40 },
      { field: 'industryGroup', op: 'in', target: ['software'], weight: 60 },
    ]);
    expect(codes(icp).slice(0, 2)).toEqual(['error:never-evaluates:c0', 'error:unreachable-a:c0']);
    expect(lintIcp(icp)[1]?.message).toBe('The best possible company fit is 60, below the tier A threshold of 80.');
    // With a threshold it can reach, only the dead criterion is reported.
    expect(codes({ ...icp, thresholds: { A: 60, B: 50, C: 40 } }).filter((c) => c.startsWith('error'))).toEqual([
      'error:never-evaluates:c0',
    ]);
  });

  it('hints at a weight-0 criterion that is not a must', () => {
    const icp = icpWith([
      { field: 'industryGroup', op: 'in', target: ['software'] },
      { field: 'founded', op: 'gte', target: 2000, weight: 0 },
    ]);
    expect(codes(icp)).toContain('info:no-effect:c1');
  });

  it('sorts errors before warnings before hints', () => {
    const icp = icpWith([
      { field: 'founded', op: 'gte', target: 2000, weight: 0 },
      { field: 'pricingPage', op: 'in', target: ['yes'] },
    ]);
    const severities = lintIcp(icp).map((f) => f.severity);
    const rank = { error: 0, warning: 1, info: 2 };
    expect(severities).toEqual([...severities].sort((a, b) => rank[a] - rank[b]));
    expect(severities[0]).toBe('error');
    expect(severities.at(-1)).toBe('info');
  });
});
