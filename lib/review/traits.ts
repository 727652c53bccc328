import { COMPANY_FIELDS, type CompanyFieldId } from '../icp/fields';
import type { Icp } from '../icp/schema';
import { formatSeen } from '../scoring/format';
import { isNumberRange, keywordPattern } from '../scoring/ops';
import { valueLabel } from '../signals/enum-labels';
import type { CompanySignals } from '../signals/schema';

/** One thing an account is: "Software", "51–200 people", "uses HubSpot". Accounts alike share traits. */
export interface Trait {
  key: string;
  label: string;
}

/** Fields that name one company and nothing shared (its name, its domain). */
const OWN_FIELDS: ReadonlySet<string> = new Set(['name', 'domain']);

/** Size bands as LinkedIn and the CRMs count people (upper bounds inclusive). */
const PEOPLE = [10, 50, 200, 500, 1_000, 5_000, 10_000];
/** Money bands in USD. */
const MONEY = [1e6, 1e7, 5e7, 1e8, 1e9];
const ROLES = [0, 5, 20, 100];

function band(value: number, bounds: readonly number[], unit: string): string {
  let low = 0;
  for (const high of bounds) {
    if (value <= high) return `${formatSeen(low === 0 ? low : low + 1)}–${formatSeen(high)}${unit}`;
    low = high;
  }
  return `${formatSeen(low + 1)}+${unit}`;
}

/** A number as a band, so that 180 and 190 people are alike and 180 and 1,800 are not. */
function numberTrait(field: CompanyFieldId, value: number): string {
  if (field === 'founded') return `founded in the ${Math.floor(value / 10) * 10}s`;
  if (field === 'employees') return band(value, PEOPLE, ' people');
  if (field === 'hiring.openRoles') return value === 0 ? 'no open roles' : band(value, ROLES, ' open roles');
  if (field === 'revenue') return band(value, MONEY, ' USD revenue');
  if (field === 'fundingTotal') return band(value, MONEY, ' USD raised');
  return `${COMPANY_FIELDS[field].label.toLowerCase()} about ${formatSeen(10 ** Math.round(Math.log10(Math.max(1, value))))}`;
}

const PREFIX: Partial<Record<CompanyFieldId, string>> = {
  technologies: 'uses ',
  'hiring.departments': 'hiring in ',
  compliance: '',
  keywords: '',
  'hq.country': 'HQ in ',
  'hq.city': 'HQ in ',
  'hq.region': 'HQ in ',
};

/**
 * Reads the traits of an account on the ICP's fields: the fields its company criteria test (a free text only by the
 * criterion's own keywords found in it). Built once per ICP; reading an account is then one pass over its fields.
 */
export function traitReader(icp: Icp): { fields: CompanyFieldId[]; read: (s: CompanySignals) => Trait[][] } {
  const fields = [...new Set(icp.criteria.map((c) => c.field))].filter((f) => !OWN_FIELDS.has(f));
  // A free text is compared by the keywords the ICP looks for in it, each matched as a whole word.
  const keywords = new Map<string, Array<{ word: string; re: RegExp }>>();
  for (const c of icp.criteria) {
    if (COMPANY_FIELDS[c.field].kind !== 'text' || !('target' in c) || !Array.isArray(c.target)) continue;
    const list = keywords.get(c.field) ?? [];
    for (const word of c.target) {
      const re = keywordPattern([word]);
      if (re) list.push({ word, re });
    }
    keywords.set(c.field, list);
  }
  const read = (signals: CompanySignals): Trait[][] =>
    fields.map((field) => {
      const value = COMPANY_FIELDS[field].read(signals)?.value;
      if (value === undefined) return [];
      const trait = (key: string, label: string): Trait => ({ key: `${field}:${key}`, label });
      if (typeof value === 'boolean')
        return [trait(String(value), `${COMPANY_FIELDS[field].label}: ${value ? 'yes' : 'no'}`)];
      if (typeof value === 'number') {
        const label = numberTrait(field, value);
        return [trait(label, label)];
      }
      if (isNumberRange(value)) {
        // A range ("51-200") is read at its geometric middle, an open one ("10,001+") at its floor.
        const middle = value.max === undefined ? value.min : Math.sqrt(Math.max(1, value.min) * value.max);
        const label = numberTrait(field, middle);
        return [trait(label, label)];
      }
      const prefix = PREFIX[field] ?? '';
      if (Array.isArray(value)) return value.map((v) => trait(v.toLowerCase(), `${prefix}${valueLabel(v)}`));
      const words = keywords.get(field);
      if (words)
        return words.filter((k) => k.re.test(value)).map((k) => trait(k.word.toLowerCase(), `says "${k.word}"`));
      return [trait(value.toLowerCase(), `${prefix}${valueLabel(value)}`)];
    });
  return { fields, read };
}
