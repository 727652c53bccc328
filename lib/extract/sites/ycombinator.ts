import type { CompanySignals } from '../../signals/schema';
import { cityOrNone } from '../area';
import { parseEmployees } from '../employees';
import { isObject, type JsonObject, own } from '../facts';
import { socialProfile } from '../links';
import { toYear, websiteDomain } from '../organization';
import { plainText } from '../text';
import { query } from './dom';
import { compact, type SiteAdapter, type SiteResult, siteFact, siteFacts } from './types';

const ID = 'ycombinator';

/** The startup directory renders from the props of its page component, in a `data-page` attribute (2023-2025). */
const PAGE_DATA = '[data-page]';
const MAX_DATA = 2_000_000;

function pageCompany(doc: Document): { company: JsonObject; props: JsonObject } | undefined {
  const raw = query(doc, PAGE_DATA)?.getAttribute('data-page');
  if (!raw || raw.length > MAX_DATA || !raw.includes('"company"')) return undefined;
  try {
    const props = own(JSON.parse(raw) as JsonObject, 'props');
    const company = isObject(props) ? own(props, 'company') : undefined;
    return isObject(props) && isObject(company) ? { company, props } : undefined;
  } catch {
    return undefined;
  }
}

/** A Y Combinator directory page about one company (`/companies/<slug>`); list pages have no single subject. */
export const ycombinator: SiteAdapter = {
  id: ID,
  matches: ['https://www.ycombinator.com/companies/*'],
  extract(doc, ctx): SiteResult | undefined {
    const found = pageCompany(doc);
    if (!found) return undefined;
    const { company: c, props } = found;
    const f = siteFacts(ctx, ID, (path) => `[data-page].props.company.${path}`);
    const size = own(c, 'team_size');
    const tags = (Array.isArray(own(c, 'tags')) ? (own(c, 'tags') as unknown[]) : [])
      .map((t) => plainText(t, 80))
      .filter((t): t is string => !!t)
      .slice(0, 20);
    const city = cityOrNone(plainText(own(c, 'city')));
    const country = String(own(c, 'country') ?? '');
    const hq = compact({ city, country: /^[A-Z]{2}$/.test(country) ? country : undefined });
    const jobs = own(props, 'jobPostings');
    const openRoles = Array.isArray(jobs) ? jobs.length : 0;
    const linkedin = socialProfile(own(c, 'linkedin_url'));
    const company: CompanySignals = {
      name: f(plainText(own(c, 'name')), 'name'),
      domain: f(websiteDomain(own(c, 'website'), ctx.url), 'website'),
      description: f(
        plainText(own(c, 'long_description'), 2_000) ?? plainText(own(c, 'one_liner')),
        'long_description',
      ),
      industry: f(tags[0], 'tags'),
      keywords: f(tags.length ? tags : undefined, 'tags'),
      employees: f(typeof size === 'number' ? parseEmployees(String(size)) : undefined, 'team_size'),
      hq: f(hq, 'city'),
      founded: f(toYear(own(c, 'year_founded'), ctx.observedAt), 'year_founded'),
      hiring: f(openRoles ? { openRoles } : undefined, 'jobPostings'),
      socials: linkedin ? { linkedin: siteFact(ctx, ID, linkedin.url, 'linkedin_url') } : undefined,
    };
    const out = compact(company);
    return out?.name ? { company: out } : undefined;
  },
};

export default ycombinator;
