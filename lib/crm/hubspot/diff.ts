import type { Properties } from './mapping';
import { OWN_PROPERTIES, PROPERTY_DEFINITIONS } from './properties';

/**
 * What a push does to one field: `new` (HubSpot has no value), `changed` (ICP Lens replaces its own earlier value, or
 * the user chose to overwrite), `unchanged`, or `kept` (a person set another value in HubSpot: left alone).
 */
export type FieldStatus = 'new' | 'changed' | 'unchanged' | 'kept';

export interface FieldChange {
  property: string;
  label: string;
  status: FieldStatus;
  before?: string;
  after: string;
}

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

/** HubSpot keeps numbers as text ("12", "12.0"): compared as numbers when both read as one. */
function same(a: string, b: string): boolean {
  if (a.trim() === b.trim()) return true;
  const x = Number(a);
  const y = Number(b);
  return a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y) && x === y;
}

function backwards(current: string, next: string): boolean {
  const from = LIFECYCLE_ORDER.indexOf(current);
  const to = LIFECYCLE_ORDER.indexOf(next);
  return from !== -1 && to !== -1 && to < from;
}

/**
 * The plan for one record's fields. A value in HubSpot that differs from what ICP Lens pushed last time was set by a
 * person (or another tool): it is kept unless `overwrite`. ICP Lens's own properties (the score) are always updated.
 */
export function planFields(
  desired: Properties,
  existing: Record<string, string | null> | undefined,
  lastPushed: Properties | undefined,
  overwrite: boolean,
): FieldChange[] {
  return Object.entries(desired).map(([property, after]) => {
    const label = propertyLabel(property);
    const before = existing?.[property] ?? '';
    if (!existing || before.trim() === '') return { property, label, status: 'new', after };
    if (same(before, after)) return { property, label, status: 'unchanged', before, after };
    if (property === 'lifecyclestage' && backwards(before, after))
      return { property, label, status: 'kept', before, after };
    const ours =
      OWN_PROPERTIES.has(property) || (lastPushed?.[property] !== undefined && same(lastPushed[property], before));
    return { property, label, status: ours || overwrite ? 'changed' : 'kept', before, after };
  });
}

/** The values a push writes: new and changed fields only. */
export function toWrite(fields: readonly FieldChange[]): Properties {
  return Object.fromEntries(
    fields.filter((f) => f.status === 'new' || f.status === 'changed').map((f) => [f.property, f.after]),
  );
}

/** The values HubSpot holds as ICP Lens's once the push is done: what the next push may replace. */
export function heldAsOurs(fields: readonly FieldChange[]): Properties {
  return Object.fromEntries(fields.filter((f) => f.status !== 'kept').map((f) => [f.property, f.after]));
}
