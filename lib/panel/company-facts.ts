import { TECH_CATEGORIES } from '../extract/tech/types';
import { formatRange } from '../scoring/format';
import { DEPARTMENT_LABELS, FUNDING_STAGE_LABELS, INDUSTRY_GROUP_LABELS, SOCIAL_LABELS } from '../signals/enum-labels';
import { SOCIAL_NETWORKS } from '../signals/enums';
import type { CompanySignals, Evidence } from '../signals/schema';
import { shortPage } from './evidence';

/** One line of the facts card: a field in words, the value in words, and where each part of it came from. */
export interface FactLine {
  id: string;
  label: string;
  value: string;
  sources: Evidence[];
  /** Links the fact names (the careers page, the profiles), http(s) only: page content is untrusted. */
  links?: { label: string; url: string }[];
}

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "DE" -> "Germany"; an unknown code stays as it is. */
export function countryName(code: string): string {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact' });

const isWebUrl = (url: string) => shortPage(url) !== undefined;

function industry(s: CompanySignals): FactLine | undefined {
  const stated = s.industry;
  const group = s.industryGroup;
  if (!stated && !group) return undefined;
  const groupWords = group && INDUSTRY_GROUP_LABELS[group.value];
  const value =
    stated && groupWords && stated.value.toLowerCase() !== groupWords.toLowerCase()
      ? `${stated.value} (${groupWords})`
      : (stated?.value ?? groupWords ?? '');
  return { id: 'industry', label: 'Industry', value, sources: [stated, group].filter((f) => f !== undefined) };
}

function hiring(s: CompanySignals): FactLine | undefined {
  const h = s.hiring;
  if (!h) return undefined;
  const departments = Object.entries(h.value.byDepartment ?? {})
    .filter(([, n]) => (n ?? 0) > 0)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([d, n]) => `${n} in ${DEPARTMENT_LABELS[d as keyof typeof DEPARTMENT_LABELS].toLowerCase()}`);
  const roles = h.value.openRoles;
  // A careers link without a count of roles: say what is known, not a bare "Hiring" beside the "Hiring" label.
  const count =
    roles === undefined ? 'Has a careers page; open roles not counted' : `${roles} open role${roles === 1 ? '' : 's'}`;
  const value = departments.length ? `${count}: ${departments.join(', ')}` : count;
  const careers = h.value.careersUrl;
  const links = careers && isWebUrl(careers) ? [{ label: 'Careers page', url: careers }] : undefined;
  return { id: 'hiring', label: 'Hiring', value, sources: [h], ...(links && { links }) };
}

function technologies(s: CompanySignals): FactLine | undefined {
  const t = s.technologies;
  if (!t?.value.length) return undefined;
  const byCategory = new Map<string, string[]>();
  for (const { name, category } of t.value) byCategory.set(category, [...(byCategory.get(category) ?? []), name]);
  const order = (c: string) => {
    const i = (TECH_CATEGORIES as readonly string[]).indexOf(c);
    return i === -1 ? TECH_CATEGORIES.length : i;
  };
  const value = [...byCategory]
    .sort((a, b) => order(a[0]) - order(b[0]))
    .map(([category, names]) => `${category}: ${names.join(', ')}`)
    .join(' · ');
  return { id: 'technologies', label: 'Technologies', value, sources: [t] };
}

function profiles(s: CompanySignals): FactLine | undefined {
  const found = SOCIAL_NETWORKS.flatMap((n) => {
    const f = s.socials?.[n];
    return f && isWebUrl(f.value) ? [{ network: n, fact: f }] : [];
  });
  if (!found.length) return undefined;
  return {
    id: 'profiles',
    label: 'Profiles',
    // The links name the networks: a value in words as well would list each twice.
    value: '',
    sources: found.map((p) => p.fact),
    links: found.map((p) => ({ label: SOCIAL_LABELS[p.network], url: p.fact.value })),
  };
}

/**
 * What is known about a company whatever the ICP asks (DESIGN.md "Signals"), in words, each with its evidence: the
 * facts card above the score. Fields the pages did not state are left out; the score's unknowns list says what is
 * missing for the ICP.
 */
export function companyFacts(s: CompanySignals): FactLine[] {
  const lines: (FactLine | undefined)[] = [
    industry(s),
    s.employees && {
      id: 'employees',
      label: 'Size',
      value: `${formatRange(s.employees.value)} employees`,
      sources: [s.employees],
    },
    s.revenue && { id: 'revenue', label: 'Revenue', value: revenueWords(s.revenue.value), sources: [s.revenue] },
    s.hq && {
      id: 'hq',
      label: 'Headquarters',
      value: hqLine(s.hq.value),
      sources: [s.hq],
    },
    s.founded && { id: 'founded', label: 'Founded', value: String(s.founded.value), sources: [s.founded] },
    fundingLine(s),
    hiring(s),
    technologies(s),
    s.compliance?.value.length
      ? { id: 'compliance', label: 'Compliance', value: s.compliance.value.join(', '), sources: [s.compliance] }
      : undefined,
    profiles(s),
  ];
  return lines.filter((l): l is FactLine => l !== undefined && (l.value !== '' || !!l.links?.length));
}

function revenueWords(r: { min: number; max?: number }): string {
  if (r.max === undefined) return `${money.format(r.min)}+ a year`;
  return r.max === r.min ? `${money.format(r.min)} a year` : `${money.format(r.min)}–${money.format(r.max)} a year`;
}

function fundingLine(s: CompanySignals): FactLine | undefined {
  const stage = s.fundingStage;
  const total = s.fundingTotal;
  if (!stage && !total) return undefined;
  const value = [stage && FUNDING_STAGE_LABELS[stage.value], total && `${money.format(total.value)} raised`]
    .filter(Boolean)
    .join(', ');
  return { id: 'funding', label: 'Funding', value, sources: [stage, total].filter((f) => f !== undefined) };
}

/** "Leipzig, Saxony, Germany"; a city that is its own region (Berlin, Hamburg) is named once. */
function hqLine(hq: { city?: string; region?: string; country?: string }): string {
  const same = (a?: string, b?: string) => !!a && !!b && a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
  const region = same(hq.region, hq.city) ? undefined : hq.region;
  return [hq.city, region, hq.country && countryName(hq.country)].filter(Boolean).join(', ');
}
