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
import { defaultIcp } from '../../../lib/icp/presets';
import { type CompanyCriterion, icpSchema } from '../../../lib/icp/schema';

const icp = defaultIcp(0);
const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe('draft edits', () => {
  it('adds a valid criterion with an id unique across both lists', () => {
    const next = addCriterion(addCriterion(icp, 'criteria'), 'criteria');
    expect(ids(next.criteria).slice(-2)).toEqual(['industrygroup', 'industrygroup-2']);
    expect(next.criteria.at(-1)).toMatchObject({ field: 'industryGroup', op: 'in', target: ['software'], weight: 10 });
    expect(icpSchema.safeParse(next).success).toBe(true);
    const persona = addCriterion(icp, 'persona');
    expect(persona.persona.at(-1)).toMatchObject({ field: 'seniority', op: 'in', target: ['owner'] });
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

  it('changes field, resetting the op when the new field cannot take it', () => {
    const industry = icp.criteria[0] as CompanyCriterion;
    expect(withField('criteria', industry, 'employees')).toMatchObject({ field: 'employees', op: 'range' });
    expect(withField('criteria', industry, 'fundingStage')).toMatchObject({ op: 'in', target: ['pre-seed'] });
    const geo = icp.criteria.find((c) => c.id === 'geo') as CompanyCriterion;
    expect(withField('criteria', geo, 'pricingPage')).toMatchObject({ field: 'pricingPage', op: 'exists' });
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
    ['hq.country', 'Germany', { error: 'a two-letter country code, e.g. US or DE' }],
    ['technologies', '  HubSpot   CRM ', { value: 'HubSpot CRM' }],
    ['technologies', '   ', {}],
    ['keywords', 'x'.repeat(121), { error: 'at most 120 characters' }],
  ])('%s %j', (field, raw, expected) => {
    expect(cleanChip(field, raw)).toEqual(expected);
  });
});
