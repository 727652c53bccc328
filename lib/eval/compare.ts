import { FINGERPRINTS } from '../extract/tech/fingerprints';
import type { PageSignals } from '../signals/schema';
import {
  matchCompany,
  matchDomain,
  matchEmployees,
  matchExact,
  matchText,
  matchUrl,
  normTech,
  type Range,
} from './match';

// The detector's other names for its products (lib/extract/tech/fingerprints.ts).
const ALIASES = new Map(FINGERPRINTS.filter((f) => f.aliases).map((f) => [f.name, f.aliases ?? []]));

/** One corpus label (../shared/corpus/README.md); only the fields the evaluation scores are typed. */
export interface Label {
  id: string;
  url?: string | null;
  kind?: string;
  company?: Record<string, unknown> & { hq?: Record<string, unknown>; technologies?: string[] };
  person?: Record<string, unknown>;
}

export type Outcome = 'correct' | 'wrong' | 'missing';

/** Scored fields, in report order. */
export const FIELDS = [
  'company.name',
  'company.domain',
  'company.industry',
  'company.industryGroup',
  'company.employees',
  'company.hq.country',
  'company.hq.city',
  'company.hq.region',
  'company.founded',
  'company.fundingStage',
  'company.linkedin',
  'company.hiring',
  'company.technologies',
  'person.name',
  'person.title',
  'person.seniority',
  'person.department',
  'person.company',
  'person.location',
] as const;
export type FieldName = (typeof FIELDS)[number];

type Matcher = (label: unknown, value: unknown) => boolean;
const text: Matcher = (l, v) => typeof v === 'string' && matchText(l as string | string[], v);
const exact: Matcher = (l, v) => v !== undefined && matchExact(l, v);

/** Where each field sits in a label and in the extraction, and how the two are compared. */
const SPECS: Record<
  Exclude<FieldName, 'company.technologies'>,
  [(l: Label) => unknown, (p: PageSignals) => unknown, Matcher]
> = {
  'company.name': [
    (l) => l.company?.name,
    (p) => p.company?.name?.value,
    (l, v) => typeof v === 'string' && matchCompany(l as string[], v),
  ],
  'company.domain': [
    (l) => l.company?.domain,
    (p) => p.company?.domain?.value,
    (l, v) => typeof v === 'string' && matchDomain(l as string[], v),
  ],
  'company.industry': [(l) => l.company?.industry, (p) => p.company?.industry?.value, text],
  'company.industryGroup': [(l) => l.company?.industryGroup, (p) => p.company?.industryGroup?.value, exact],
  'company.employees': [
    (l) => l.company?.employees,
    (p) => p.company?.employees?.value,
    (l, v) => !!v && matchEmployees(l as Range, v as Range),
  ],
  'company.hq.country': [(l) => l.company?.hq?.country, (p) => p.company?.hq?.value.country, exact],
  'company.hq.city': [(l) => l.company?.hq?.city, (p) => p.company?.hq?.value.city, text],
  'company.hq.region': [(l) => l.company?.hq?.region, (p) => p.company?.hq?.value.region, text],
  'company.founded': [(l) => l.company?.founded, (p) => p.company?.founded?.value, exact],
  'company.fundingStage': [(l) => l.company?.fundingStage, (p) => p.company?.fundingStage?.value, exact],
  'company.linkedin': [
    (l) => l.company?.linkedin,
    (p) => p.company?.socials?.linkedin?.value,
    (l, v) => typeof v === 'string' && matchUrl(l as string[], v),
  ],
  'company.hiring': [(l) => l.company?.hiring, (p) => hiringOf(p), exact],
  'person.name': [(l) => l.person?.name, (p) => p.person?.name?.value, text],
  'person.title': [(l) => l.person?.title, (p) => p.person?.title?.value, text],
  'person.seniority': [(l) => l.person?.seniority, (p) => p.person?.seniority?.value, exact],
  'person.department': [(l) => l.person?.department, (p) => p.person?.department?.value, exact],
  'person.company': [
    (l) => l.person?.company,
    (p) => p.person?.employer?.value,
    (l, v) => typeof v === 'string' && matchCompany(l as string[], v),
  ],
  'person.location': [(l) => l.person?.location, (p) => p.person?.location?.value, text],
};

/** hiring = a careers URL or at least one open role; no hiring value at all is "missing", never false. */
function hiringOf(page: PageSignals): boolean | undefined {
  const h = page.company?.hiring?.value;
  if (!h) return undefined;
  return !!h.careersUrl || (h.openRoles ?? 0) > 0;
}

export interface FieldResult {
  field: FieldName;
  outcome: Outcome;
  expected: unknown;
  got: unknown;
}

/** Every labelled field of one page against the extraction (null when the extractor found nothing). */
export function comparePage(label: Label, page: PageSignals | null): FieldResult[] {
  const results: FieldResult[] = [];
  for (const [field, [fromLabel, fromPage, match]] of Object.entries(SPECS) as Array<
    [FieldName, (typeof SPECS)['company.name']]
  >) {
    const expected = fromLabel(label);
    if (expected === undefined || expected === null) continue;
    const got = page ? fromPage(page) : undefined;
    const outcome: Outcome = got === undefined || got === null ? 'missing' : match(expected, got) ? 'correct' : 'wrong';
    results.push({ field, outcome, expected, got });
  }
  // Technologies: scored per labelled technology, recall only (a found name or missing, never wrong).
  // A technology is named as the product calls itself or as others do ("TYPO3" for TYPO3 CMS).
  const names = new Set(
    (page?.company?.technologies?.value ?? []).flatMap((t) => [t.name, ...(ALIASES.get(t.name) ?? [])].map(normTech)),
  );
  for (const tech of label.company?.technologies ?? []) {
    if (typeof tech !== 'string') continue;
    const outcome: Outcome = names.has(normTech(tech)) ? 'correct' : 'missing';
    results.push({
      field: 'company.technologies',
      outcome,
      expected: tech,
      got: outcome === 'correct' ? tech : undefined,
    });
  }
  return results;
}
