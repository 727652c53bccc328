import type { ProfileText } from '../signals/source';
import { type CompanyDraft, type FactContext, makeFact, safeUrl } from './facts';
import { careersUrl } from './text/careers';
import { foundedYear } from './text/founded';
import { fundingStage } from './text/funding';
import { headcount } from './text/headcount';
import { viewOf } from './text/read';

const SELECTOR = 'profile README';

/**
 * Facts a profile's own text states on a platform page (a GitHub organization's profile README: "Founded in 2018",
 * "a team of 16", "We're hiring" with a link to its careers page), read by the same rules as a company site's text.
 * The rest of a platform page is the platform's and is never read. A careers link counts only on the organization's
 * own domain or an applicant-tracking board. Never throws.
 */
export function profileTextFacts(about: ProfileText, ctx: FactContext, domain: string | undefined): CompanyDraft {
  const company: CompanyDraft = {};
  const text = about.text;
  try {
    const founded = foundedYear(text, ctx.observedAt);
    if (founded) company.founded = makeFact(ctx, 'text', founded.year, SELECTOR, founded.confidence);
    const staff = headcount(text);
    if (staff) company.employees = makeFact(ctx, 'text', staff.range, SELECTOR, 0.4);
    const stage = fundingStage(text);
    if (stage) company.fundingStage = makeFact(ctx, 'text', stage, SELECTOR, 0.45);
    // Links resolve against the platform page; the careers rule then judges them against the organization's site.
    const hrefs = about.links.map(([href]) => safeUrl(href, ctx.url) ?? '');
    const labels = about.links.map(([, label], i) => [i, label] as [number, string]);
    const home = domain ? `https://${domain}/` : undefined;
    if (home) {
      const view = viewOf(emptyBody(text, hrefs, labels), home, domain);
      const careers = careersUrl(view);
      if (careers) company.hiring = makeFact(ctx, 'text', { careersUrl: careers.url }, SELECTOR, careers.confidence);
    }
  } catch {
    // Odd text must not cost the page's other facts.
  }
  return company;
}

function emptyBody(text: string, hrefs: string[], labels: Array<[number, string]>) {
  return {
    text,
    hrefs,
    labels,
    chromeSocial: [],
    controls: [],
    footer: '',
    article: '',
    badges: '',
    headings: '',
    itemTypes: [],
    jobTitles: [],
    resources: [],
    traces: { inline: [], inlineUrls: [], dom: [] },
  };
}
