import type { FieldValue } from '../icp/fields';
import { valueLabel } from '../signals/enum-labels';
import type { NumberRange } from '../signals/schema';
import { isNumberRange } from './ops';

/** Longest "seen" text shown in the explanation; descriptions run to 2,000 characters. */
export const SEEN_MAX = 80;

/** Fields whose numbers are years or identifiers: "2015", never "2,015". */
const PLAIN_NUMBER_FIELDS = new Set(['founded']);

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatNumber(n: number, plain = false): string {
  return plain ? String(n) : grouped.format(n);
}

/** "51–200", "10,001+" (open max), "200" when both ends agree. */
export function formatRange(r: NumberRange): string {
  if (r.max === undefined) return `${formatNumber(r.min)}+`;
  if (r.max === r.min) return formatNumber(r.min);
  return `${formatNumber(r.min)}–${formatNumber(r.max)}`;
}

/** Cuts at a word boundary when one is near, so the ellipsis does not split a word. */
export function truncate(text: string, max = SEEN_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Fields whose values are codes of a fixed vocabulary: shown in words ("IT services", not "it-services"). */
const CODED_FIELDS = new Set(['industryGroup', 'fundingStage', 'seniority', 'department', 'hiring.departments']);

/** A field reading as shown beside its criterion: "51–200", "DE", "HubSpot, Segment", "yes", "Software". */
export function formatSeen(value: FieldValue, field?: string): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return formatNumber(value, field !== undefined && PLAIN_NUMBER_FIELDS.has(field));
  if (isNumberRange(value)) return formatRange(value);
  const words = field !== undefined && CODED_FIELDS.has(field);
  if (Array.isArray(value))
    return value.length === 0 ? 'none' : truncate(value.map(words ? valueLabel : String).join(', '));
  return truncate(words ? valueLabel(value) : value);
}
