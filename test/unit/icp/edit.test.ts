import { describe, expect, it } from 'vitest';
import { cleanChip } from '../../../lib/icp/choices';
import {
  addCriterion,
  moveCriterion,
  removeCriterion,
  uniqueId,
  updateCriterion,
  withField,
  withOp,
} from '../../../lib/icp/edit';
import { COMPANY_FIELD_IDS } from '../../../lib/icp/fields';
import { lintIcp } from '../../../lib/icp/lint';
import { defaultIcp } from '../../../lib/icp/presets';
import { type CompanyCriterion, type Icp, icpSchema } from '../../../lib/icp/schema';

const icp = defaultIcp(0);
const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe('draft edits', () => {
  it('adds a criterion on a field not yet tested, filling a gap first, valid and double-counting nothing', () => {
    // The default ICP covers industry, size, geography and technology, not hiring (intent): that comes first.
    const once = addCriterion(icp, 'criteria');
    expect(once.criteria.at(-1)).toMatchObject({
      id: 'hiring-openroles',
      label: 'Open roles',
      field: 'hiring.openRoles',
      op: 'gte',
      target: 5,
      weight: 10,
    });
    const twice = addCriterion(once, 'criteria');
    expect(twice.criteria.at(-1)).toMatchObject({ field: 'fundingStage', op: 'in', target: ['pre-seed'] });
    expect(icpSchema.safeParse(twice).success).toBe(true);
    expect(lintIcp(twice).filter((f) => f.code === 'double-count')).toEqual([]);
    // A company's HQ covers geography already: a person's location is no gap filler.
    expect(addCriterion(icp, 'persona').persona.at(-1)).toMatchObject({ field: 'title', op: 'matches' });
  });

  it('adds to an empty list from the first field, and never repeats a field until all are used', () => {
    const empty: Icp = { ...icp, criteria: [], persona: [] };
    expect(addCriterion(empty, 'criteria').criteria[0]).toMatchObject({ field: 'industryGroup', target: ['software'] });
    expect(addCriterion(empty, 'persona').persona[0]).toMatchObject({ field: 'seniority', target: ['owner'] });
    let full = empty;
    for (let i = 0; i < COMPANY_FIELD_IDS.length; i++) full = addCriterion(full, 'criteria');
    expect(new Set(full.criteria.map((c) => c.field)).size).toBe(COMPANY_FIELD_IDS.length);
    expect(new Set(full.criteria.map((c) => c.id)).size).toBe(COMPANY_FIELD_IDS.length);
  });

  it('moves up and down, ignoring moves past either end', () => {
    expect(ids(moveCriterion(icp, 'criteria', 1, -1).criteria).slice(0, 2)).toEqual(['size', 'industry']);
    expect(ids(moveCriterion(icp, 'criteria', 0, 1).criteria).slice(0, 2)).toEqual(['size', 'industry']);
    expect(moveCriterion(icp, 'criteria', 0, -1)).toBe(icp);
    expect(moveCriterion(icp, 'criteria', icp.criteria.length - 1, 1)).toBe(icp);
  });

  it('updates and removes by position without touching the original', () => {
    const first = icp.criteria[0] as CompanyCriterion;
    const renamed = updateCriterion(icp, 'criteria', 0, { ...first, label: 'Software' });
    expect(renamed.criteria[0]?.label).toBe('Software');
    expect(icp.criteria[0]?.label).toBe('Software, IT, marketing or finance');
    expect(ids(removeCriterion(icp, 'criteria', 0).criteria)).not.toContain('industry');
  });

  it('changes op with a target that fits, keeping lists between list ops', () => {
    const geo = icp.criteria.find((c) => c.id === 'geo') as CompanyCriterion & { target: string[] };
    expect(withOp(geo, 'notIn')).toMatchObject({ op: 'notIn', target: geo.target });
    expect(withOp(geo, 'range')).toMatchObject({ op: 'range', target: { min: 1, margin: 0.5 } });
    expect(withOp(geo, 'gte')).toMatchObject({ op: 'gte', target: 0 });
    expect('target' in withOp(geo, 'exists')).toBe(false);
  });

  it('changes field, resetting the values and the op when the new field cannot take it', () => {
    const industry = icp.criteria[0] as CompanyCriterion;
    expect(withField('criteria', industry, 'employees')).toMatchObject({
      field: 'employees',
      op: 'range',
      target: { min: 50, max: 1000, margin: 0.5 },
    });
    expect(withField('criteria', industry, 'fundingStage')).toMatchObject({ op: 'in', target: ['pre-seed'] });
    const geo = icp.criteria.find((c) => c.id === 'geo') as CompanyCriterion;
    expect(withField('criteria', geo, 'pricingPage')).toMatchObject({ field: 'pricingPage', op: 'exists' });
    // Countries are no keywords: free values do not carry over between free-value fields either.
    expect(withField('criteria', geo, 'keywords')).toMatchObject({ field: 'keywords', op: 'includesAny', target: [] });
    const mustNot = { ...geo, op: 'notIn', target: ['RU'] } as CompanyCriterion;
    expect(withField('criteria', mustNot, 'hq.region')).toMatchObject({ op: 'notIn', target: [] });
  });

  it('a label that named the old field follows the new one; a label the user wrote stays', () => {
    const added = addCriterion(icp, 'criteria').criteria.at(-1) as CompanyCriterion;
    expect(withField('criteria', added, 'revenue').label).toBe('Revenue (USD)');
    const geo = icp.criteria.find((c) => c.id === 'geo') as CompanyCriterion;
    expect(withField('criteria', geo, 'hq.region').label).toBe(geo.label);
  });

  it('makes ids from labels', () => {
    expect(uniqueId('HQ country!', new Set())).toBe('hq-country');
    expect(uniqueId('geo', new Set(['geo', 'geo-2']))).toBe('geo-3');
    expect(uniqueId('日本', new Set())).toBe('criterion');
  });
});

describe('cleanChip', () => {
  it.each([
    ['hq.country', ' de ', { value: 'DE' }],
    ['hq.country', 'Germany', { error: 'Enter a two-letter country code, such as US or DE.' }],
    ['technologies', '  HubSpot   CRM ', { value: 'HubSpot CRM' }],
    ['technologies', '   ', {}],
    ['keywords', 'x'.repeat(121), { error: 'A value can be at most 120 characters.' }],
  ])('%s %j', (field, raw, expected) => {
    expect(cleanChip(field, raw)).toEqual(expected);
  });
});
