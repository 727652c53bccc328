import type { Evidence } from '../signals/schema';

/**
 * Where a value came from, in words a seller reads (DESIGN.md: every source named for a person, not an id). The
 * extractor ids are internal: `jsonld`, `industry-group` or a JSON path never reach the main view.
 */
const SOURCE_WORDS: Record<string, string> = {
  jsonld: "the page's structured data",
  microdata: "the page's structured data",
  microformats: "the page's contact card",
  opengraph: "the page's description tags",
  meta: "the page's description tags",
  title: 'the page title',
  links: "the page's links",
  copyright: 'the copyright line',
  url: 'the page address',
  text: 'the page text',
  tech: "the page's code",
  'industry-group': 'what the page says the company does',
  'title-class': 'the job title',
  'team-page': "the page's list of its team",
  'linkedin-company': "LinkedIn's company page",
  'linkedin-person': 'the LinkedIn profile',
  crunchbase: "Crunchbase's organization page",
  wikipedia: 'Wikipedia',
  github: 'GitHub',
  ycombinator: "Y Combinator's company page",
  user: 'you',
  'csv-import': 'your imported file',
};

/** Page-text facts read from a named block: the words say which block. */
const BLOCK_WORDS: Record<string, string> = { imprint: 'the imprint' };

export interface EvidenceWords {
  /** "from the page's structured data", "entered by you", "classified from what the page says the company does". */
  source: string;
  /** The page, shortened for reading: "acme.com/kontakt", "linkedin.com/company/acme". */
  page?: string;
  /** The page's full address, for a link. */
  url?: string;
}

/** `https://www.acme.com/de/kontakt?x=1` -> `acme.com/de/kontakt`; an address that is not http(s) is not shown. */
export function shortPage(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    const path = u.pathname.replace(/\/+$/, '');
    return `${u.hostname.replace(/^www\./, '')}${path}`;
  } catch {
    return undefined;
  }
}

export function evidenceInWords(e: Evidence): EvidenceWords {
  if (e.source === 'user') return { source: 'entered by you' };
  if (e.source === 'csv-import') return { source: 'from your imported file' };
  const block = e.source === 'text' && e.selector ? BLOCK_WORDS[e.selector] : undefined;
  const what = block ?? SOURCE_WORDS[e.source] ?? 'the page';
  const verb = e.source === 'industry-group' || e.source === 'title-class' ? 'classified from' : 'from';
  const page = shortPage(e.url);
  return { source: `${verb} ${what}`, ...(page && { page, url: e.url }) };
}
