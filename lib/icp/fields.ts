import type { CompanySignals, Evidence, NumberRange, PersonSignals } from '../signals/schema';

/**
 * The fields an ICP criterion can test, and how to read each from merged signals. This one table serves scoring
 * (the value and its evidence), the editor (which input fits) and lint (which dimension a field covers).
 */
export type FieldKind = 'enum' | 'text' | 'number' | 'range' | 'list' | 'boolean';
export type Dimension = 'industry' | 'size' | 'geography' | 'technology' | 'persona' | 'intent' | 'other';
export type FieldValue = string | number | boolean | NumberRange | string[];

export interface FieldReading {
  value: FieldValue;
  evidence: Evidence;
}

export interface FieldDef<S> {
  label: string;
  kind: FieldKind;
  dimension: Dimension;
  /**
   * The value lists what the pages happened to show, not all there is (detected technologies, keywords in a
   * description, departments with an open role): a keyword or item not found is no evidence against the criterion.
   */
  openEnded?: boolean;
  /**
   * The value is a count of what the pages listed, so the company has at least that many (open roles on a careers
   * page): reaching a minimum is evidence, falling short of it is not; exceeding a maximum is, staying under it is not.
   */
  lowerBound?: boolean;
  read: (signals: S) => FieldReading | undefined;
}

function reading<T extends FieldValue>(
  f: (Evidence & { value: unknown }) | undefined,
  value: T | undefined,
): FieldReading | undefined {
  if (!f || value === undefined) return undefined;
  const { value: _raw, ...evidence } = f;
  return { value, evidence };
}

export const COMPANY_FIELD_IDS = [
  'industryGroup',
  'industry',
  'employees',
  'revenue',
  'hq.country',
  'hq.region',
  'hq.city',
  'founded',
  'fundingStage',
  'fundingTotal',
  'technologies',
  'hiring.openRoles',
  'hiring.departments',
  'compliance',
  'pricingPage',
  'freeTrial',
  'contactSales',
  'keywords',
  'description',
  'name',
  'domain',
] as const;
export type CompanyFieldId = (typeof COMPANY_FIELD_IDS)[number];

export const PERSON_FIELD_IDS = ['seniority', 'department', 'title', 'location'] as const;
export type PersonFieldId = (typeof PERSON_FIELD_IDS)[number];

export const COMPANY_FIELDS: Record<CompanyFieldId, FieldDef<CompanySignals>> = {
  industryGroup: {
    label: 'Industry group',
    kind: 'enum',
    dimension: 'industry',
    read: (s) => reading(s.industryGroup, s.industryGroup?.value),
  },
  industry: {
    label: 'Industry',
    kind: 'text',
    dimension: 'industry',
    read: (s) => reading(s.industry, s.industry?.value),
  },
  employees: {
    label: 'Employees',
    kind: 'range',
    dimension: 'size',
    read: (s) => reading(s.employees, s.employees?.value),
  },
  revenue: {
    label: 'Revenue (USD)',
    kind: 'range',
    dimension: 'size',
    read: (s) => reading(s.revenue, s.revenue?.value),
  },
  'hq.country': {
    label: 'HQ country',
    kind: 'enum',
    dimension: 'geography',
    read: (s) => reading(s.hq, s.hq?.value.country),
  },
  'hq.region': {
    label: 'HQ region',
    kind: 'text',
    dimension: 'geography',
    read: (s) => reading(s.hq, s.hq?.value.region),
  },
  'hq.city': { label: 'HQ city', kind: 'text', dimension: 'geography', read: (s) => reading(s.hq, s.hq?.value.city) },
  founded: { label: 'Founded', kind: 'number', dimension: 'other', read: (s) => reading(s.founded, s.founded?.value) },
  fundingStage: {
    label: 'Funding stage',
    kind: 'enum',
    dimension: 'size',
    read: (s) => reading(s.fundingStage, s.fundingStage?.value),
  },
  fundingTotal: {
    label: 'Funding total (USD)',
    kind: 'number',
    dimension: 'size',
    read: (s) => reading(s.fundingTotal, s.fundingTotal?.value),
  },
  technologies: {
    label: 'Technologies',
    openEnded: true,
    kind: 'list',
    dimension: 'technology',
    read: (s) =>
      reading(
        s.technologies,
        s.technologies?.value.map((t) => t.name),
      ),
  },
  'hiring.openRoles': {
    label: 'Open roles',
    lowerBound: true,
    kind: 'number',
    dimension: 'intent',
    read: (s) => reading(s.hiring, s.hiring?.value.openRoles),
  },
  'hiring.departments': {
    label: 'Hiring departments',
    openEnded: true,
    kind: 'list',
    dimension: 'intent',
    read: (s) => {
      const byDepartment = s.hiring?.value.byDepartment;
      return reading(s.hiring, byDepartment && Object.keys(byDepartment));
    },
  },
  compliance: {
    label: 'Compliance',
    openEnded: true,
    kind: 'list',
    dimension: 'technology',
    read: (s) => reading(s.compliance, s.compliance?.value),
  },
  pricingPage: {
    label: 'Public pricing',
    kind: 'boolean',
    dimension: 'intent',
    read: (s) => reading(s.pricingPage, s.pricingPage?.value),
  },
  freeTrial: {
    label: 'Free trial',
    kind: 'boolean',
    dimension: 'intent',
    read: (s) => reading(s.freeTrial, s.freeTrial?.value),
  },
  contactSales: {
    label: 'Contact sales',
    kind: 'boolean',
    dimension: 'intent',
    read: (s) => reading(s.contactSales, s.contactSales?.value),
  },
  keywords: {
    label: 'Keywords',
    openEnded: true,
    kind: 'list',
    dimension: 'other',
    read: (s) => reading(s.keywords, s.keywords?.value),
  },
  description: {
    label: 'Description',
    openEnded: true,
    kind: 'text',
    dimension: 'industry',
    read: (s) => reading(s.description, s.description?.value),
  },
  name: { label: 'Company name', kind: 'text', dimension: 'other', read: (s) => reading(s.name, s.name?.value) },
  domain: { label: 'Domain', kind: 'text', dimension: 'other', read: (s) => reading(s.domain, s.domain?.value) },
};

export const PERSON_FIELDS: Record<PersonFieldId, FieldDef<PersonSignals>> = {
  seniority: {
    label: 'Seniority',
    kind: 'enum',
    dimension: 'persona',
    read: (s) => reading(s.seniority, s.seniority?.value),
  },
  department: {
    label: 'Department',
    kind: 'enum',
    dimension: 'persona',
    read: (s) => reading(s.department, s.department?.value),
  },
  title: { label: 'Title', kind: 'text', dimension: 'persona', read: (s) => reading(s.title, s.title?.value) },
  location: {
    label: 'Location',
    kind: 'text',
    dimension: 'geography',
    read: (s) => reading(s.location, s.location?.value),
  },
};
