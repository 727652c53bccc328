import type { AccountRecord } from '../db/db';
import type { NextLink, ResearchView } from '../messaging/views';
import { FAILURE_WORDS, type FetchFailure } from './fetch-page';
import { KIND_WORDS } from './kinds';
import type { ResearchState } from './state';

const OUTCOME_WORDS: Record<string, string> = {
  read: 'read',
  'no-data': 'read, nothing about the company',
  recent: 'read in the last week',
  refused: "refused by the site's robots.txt",
  pending: 'reading',
  ...FAILURE_WORDS,
};

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.pathname}${u.search}`.slice(0, 120) || '/';
  } catch {
    return url.slice(0, 120);
  }
}

/** The panel's view of an account's research. */
export function researchView(state: ResearchState): ResearchView {
  return {
    site: state.site,
    status: state.status,
    done: state.done,
    total: Math.max(state.total, state.done),
    pages: state.pages.map((p) => ({
      path: pathOf(p.url),
      url: p.url,
      kind: KIND_WORDS[p.kind],
      outcome: OUTCOME_WORDS[p.outcome] ?? OUTCOME_WORDS[p.outcome as FetchFailure] ?? 'not read',
      read: p.outcome === 'read',
    })),
    ...(state.origin && { origin: state.origin }),
  };
}

/** Profiles ICP Lens reads as you browse them, and the facts each usually states. */
const PROFILES: Array<{
  network: 'linkedin' | 'crunchbase' | 'github';
  label: string;
  fields: string[];
  could: string;
}> = [
  {
    network: 'linkedin',
    label: 'LinkedIn company page',
    fields: ['employees', 'industryGroup', 'industry', 'hq.country', 'hq.city', 'hq.region', 'founded'],
    could: 'size, industry, headquarters, founding year',
  },
  {
    network: 'crunchbase',
    label: 'Crunchbase',
    fields: ['fundingStage', 'fundingTotal', 'employees', 'founded', 'hq.country', 'hq.city', 'industryGroup'],
    could: 'funding, size, founding year, headquarters',
  },
  {
    network: 'github',
    label: 'GitHub',
    fields: ['technologies', 'hq.country', 'hq.city', 'description'],
    could: 'what it builds, location',
  },
];

/**
 * Where to look next: the company's own profiles found on its pages that could settle what is still unknown.
 * Opening one reads it as any profile page is read, and the account fills in.
 */
export function nextLinks(account: AccountRecord): NextLink[] {
  const unknown = new Set<string>((account.score?.criteria ?? []).filter((c) => c.match === null).map((c) => c.field));
  if (!unknown.size) return [];
  const links: NextLink[] = [];
  for (const profile of PROFILES) {
    const url = account.signals.socials?.[profile.network]?.value;
    if (!url || !/^https:\/\//i.test(url) || !profile.fields.some((f) => unknown.has(f))) continue;
    links.push({ label: profile.label, url, could: profile.could });
  }
  return links;
}
