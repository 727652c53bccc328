import { COMPANY_FIELDS, type CompanyFieldId, PERSON_FIELDS, type PersonFieldId } from './fields';
import type { Criterion, CriterionOp, Icp } from './schema';

type ListKey = 'criteria' | 'persona';

/**
 * The order in which "Add criterion" offers fields: what sellers qualify on first (industry, size, market, stack,
 * hiring), then the rest. Every field is listed, so a list that tests them all still gets one.
 */
const COMPANY_ORDER = [
  'industryGroup',
  'employees',
  'hq.country',
  'technologies',
  'hiring.openRoles',
  'fundingStage',
  'revenue',
  'compliance',
  'hiring.departments',
  'industry',
  'keywords',
  'description',
  'founded',
  'fundingTotal',
  'pricingPage',
  'freeTrial',
  'contactSales',
  'hq.region',
  'hq.city',
  'name',
  'domain',
] as const satisfies readonly CompanyFieldId[];
const PERSON_ORDER = ['seniority', 'department', 'title', 'location'] as const satisfies readonly PersonFieldId[];

/** Fields whose usual test is not the kind's first op, or whose blank target would mean nothing (an at-least 0). */
export const STARTERS: Partial<Record<string, { op: CriterionOp; target: unknown }>> = {
  employees: { op: 'range', target: { min: 50, max: 1000, margin: 0.5 } },
  revenue: { op: 'range', target: { min: 10_000_000, margin: 0.5 } },
  founded: { op: 'gte', target: 2000 },
  fundingTotal: { op: 'gte', target: 1_000_000 },
  'hiring.openRoles': { op: 'gte', target: 5 },
};

type Dimensions = Record<string, { dimension: string } | undefined>;
const counts = (c: Criterion) => c.weight > 0 || c.knockout;

/**
 * The first field in the order the list does not test yet, preferring one whose dimension no criterion of the ICP
 * covers (both lists: a company's HQ already covers geography, so a person's location is no gap filler).
 */
export function nextField(icp: Icp, list: ListKey): string {
  const company: Dimensions = COMPANY_FIELDS;
  const person: Dimensions = PERSON_FIELDS;
  const fields = list === 'criteria' ? company : person;
  const order: readonly string[] = list === 'criteria' ? COMPANY_ORDER : PERSON_ORDER;
  const used = new Set<string>(icp[list].map((c) => c.field));
  const covered = new Set([
    ...icp.criteria.filter(counts).map((c) => company[c.field]?.dimension),
    ...icp.persona.filter(counts).map((c) => person[c.field]?.dimension),
  ]);
  const unused = order.filter((f) => !used.has(f));
  // 'other' is no dimension an ICP must cover (lint's gaps): a founding year never fills a gap.
  const fillsGap = (f: string) => fields[f]?.dimension !== 'other' && !covered.has(fields[f]?.dimension);
  return unused.find(fillsGap) ?? unused[0] ?? (order[0] as string);
}
