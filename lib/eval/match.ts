import { normalizeProfileUrl } from '../signals/identity';

/**
 * Matching rules of the corpus README ("How an extraction is compared with a label"), one function per value kind.
 * Pure functions: the evaluation and its unit tests share them.
 */

/** NFKC, lower case, trimmed, inner whitespace collapsed, trailing punctuation dropped. */
export function normText(input: string): string {
  return input
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s.,;:!?…·•|]+$/u, '')
    .trim();
}

const LEGAL_SUFFIX =
  /[\s,]+(?:inc|incorporated|llc|l\.l\.c|ltd|limited|gmbh|ggmbh|ag|se|kg|gmbh\s*&\s*co\.?\s*kg|sas|sasu|sarl|s\.?a\.?r\.?l|s\.?a|s\.?a\.?s|corp|corporation|co|company|plc|llp|lp|bv|b\.v|nv|n\.v|oy|oyj|ab|as|a\/s|aps|pty\.?\s*ltd|pte\.?\s*ltd|srl|s\.r\.l|spa|s\.p\.a|ug|e\.?\s?v|\(?pvt\.?\)?|\(pty\.?\)|\(?private\)?|sdn\.?\s*bhd|bhd|tbk|w\.?l\.?l|s\.?a\.?l|s\.?a\.?e|a\.?ş|ltd\.?\s*şti|s\.?l\.?u?|s\.?\s?coop)\.?$/i;

/** A company name without its legal suffixes ("Acme, Inc." -> "acme"). */
export function normCompany(input: string): string {
  let name = normText(input);
  for (let i = 0; i < 3; i++) {
    const next = name.replace(LEGAL_SUFFIX, '').trim();
    if (next === name || !next) break;
    name = normText(next);
  }
  return name;
}

/** A label string field: one value or an array of acceptable alternatives. */
export type Alternatives = string | string[];

function alternatives(label: Alternatives): string[] {
  return (Array.isArray(label) ? label : [label]).filter((s): s is string => typeof s === 'string');
}

export function matchText(label: Alternatives, value: string): boolean {
  const v = normText(value);
  return alternatives(label).some((l) => normText(l) === v);
}

export function matchCompany(label: Alternatives, value: string): boolean {
  const v = normCompany(value);
  return alternatives(label).some((l) => normText(l) === normText(value) || normCompany(l) === v);
}

export function normDomain(input: string): string {
  return input
    .trim()
    .toLowerCase()
    .replace(/\.$/, '')
    .replace(/^www\./, '');
}

export function matchDomain(label: Alternatives, value: string): boolean {
  return alternatives(label).some((l) => normDomain(l) === normDomain(value));
}

/** URL without scheme, `www.`, query, fragment and trailing slash, case-insensitive. */
export function normUrl(input: string): string {
  return input
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^www\./i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/** A profile link in the product's one spelling (lib/signals/identity.ts), any other URL by normUrl. */
function canonUrl(input: string): string {
  return normalizeProfileUrl(input) ?? normalizeProfileUrl(`https://${input.trim()}`) ?? normUrl(input);
}

export function matchUrl(label: Alternatives, value: string): boolean {
  const v = canonUrl(value);
  return alternatives(label).some((l) => canonUrl(l) === v);
}

export interface Range {
  min: number;
  max?: number;
}

/** Same range, or an exact count inside the labelled range (an open maximum is unbounded). */
export function matchEmployees(label: Range, value: Range): boolean {
  if (label.min === value.min && label.max === value.max) return true;
  const exact = value.max !== undefined && value.min === value.max;
  return exact && value.min >= label.min && (label.max === undefined || value.min <= label.max);
}

/** Technology names compared ignoring case, spaces, dots and dashes ("Next.js" = "nextjs"). */
export function normTech(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.\-–]+/g, '');
}

export function matchExact<T>(label: T | T[], value: T): boolean {
  return (Array.isArray(label) ? label : [label]).some((l) =>
    typeof l === 'string' && typeof value === 'string'
      ? l.trim().toUpperCase() === value.trim().toUpperCase()
      : l === value,
  );
}
