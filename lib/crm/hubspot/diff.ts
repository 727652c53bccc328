import type { FieldRules } from '../diff';
import { OWN_PROPERTIES, PROPERTY_DEFINITIONS } from './properties';

const STANDARD_LABELS: Record<string, string> = {
  name: 'Company name',
  domain: 'Company domain name',
  website: 'Website URL',
  industry: 'Industry',
  numberofemployees: 'Number of employees',
  city: 'City',
  state: 'State/Region',
  country: 'Country/Region',
  founded_year: 'Year founded',
  linkedin_company_page: 'LinkedIn company page',
  lifecyclestage: 'Lifecycle stage',
  firstname: 'First name',
  lastname: 'Last name',
  email: 'Email',
  jobtitle: 'Job title',
  company: 'Company name',
};
const OWN_LABELS = Object.fromEntries(
  Object.values(PROPERTY_DEFINITIONS).flatMap((ds) => ds.map((d) => [d.name, d.label] as const)),
);

export const propertyLabel = (name: string): string => STANDARD_LABELS[name] ?? OWN_LABELS[name] ?? name;

/** HubSpot's default lifecycle stages in order: the API refuses a move backwards, so ICP Lens never asks for one. */
const LIFECYCLE_ORDER = [
  'subscriber',
  'lead',
  'marketingqualifiedlead',
  'salesqualifiedlead',
  'opportunity',
  'customer',
  'evangelist',
  'other',
];

function backwards(current: string, next: string): boolean {
  const from = LIFECYCLE_ORDER.indexOf(current);
  const to = LIFECYCLE_ORDER.indexOf(next);
  return from !== -1 && to !== -1 && to < from;
}

/** HubSpot's rules on the shared plan (lib/crm/diff.ts): a lifecycle stage never moves backwards. */
export const HUBSPOT_RULES: FieldRules = {
  label: propertyLabel,
  own: (name: string) => OWN_PROPERTIES.has(name),
  refuses: (name: string, before: string, after: string) => name === 'lifecyclestage' && backwards(before, after),
};

export { type FieldChange, type FieldStatus, heldAsOurs, toWrite } from '../diff';
