import { getDomain } from 'tldts';
import type { PageSignals } from './schema';

/**
 * Profile pages of an organization or person on the sites that host them: the first path segments that identify the
 * profile. Sub-pages (`/about`, `/people`, `/jobs`) resolve to the same profile.
 */
const PROFILE_PATTERNS: Array<{ host: RegExp; path: RegExp }> = [
  // `/pub/<name>/<a>/<b>/<c>` is the public profile address LinkedIn gave people before `/in/<slug>`.
  // `/pub/dir/<first>/<last>` is the people directory's search, no one profile.
  { host: /^linkedin\.com$/, path: /^\/(?:(?:company|school|showcase|in)\/[^/]+|pub\/(?!dir\/)[^/]+(?:\/[^/]+){0,3})/ },
  { host: /^crunchbase\.com$/, path: /^\/(?:organization|person)\/[^/]+/ },
  { host: /^github\.com$/, path: /^\/[^/]+/ },
  { host: /^(?:x|twitter)\.com$/, path: /^\/[^/]+/ },
  { host: /^facebook\.com$/, path: /^\/[^/]+/ },
  { host: /^instagram\.com$/, path: /^\/[^/]+/ },
  { host: /^youtube\.com$/, path: /^\/(?:@[^/]+|c\/[^/]+|channel\/[^/]+|user\/[^/]+)/ },
];

/**
 * One name per site: a country or language host (`de.linkedin.com`, `fr-fr.facebook.com`), a mobile host and
 * `www.` name the same site. GitHub's other hosts (gist, docs) are other sites.
 */
function siteHost(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'www.github.com') return 'github.com';
  const site = /(?:^|\.)(linkedin|crunchbase|facebook|instagram|youtube|twitter|x)\.com$/.exec(host)?.[1];
  return site ? `${site}.com` : host;
}

/**
 * The profile's path in one spelling: percent-escapes decoded, lower case, and a site's older or longer address
 * rewritten to the current one (Crunchbase's `/company/x` is `/organization/x`, GitHub's `/orgs/x/...` is `/x`,
 * LinkedIn's `/company-beta/x` is `/company/x`).
 */
function profilePath(host: string, pathname: string): string {
  let path = pathname;
  try {
    path = decodeURI(pathname);
  } catch {
    // A malformed escape stays as written.
  }
  path = path.toLowerCase().replace(/\/{2,}/g, '/');
  if (host === 'crunchbase.com') path = path.replace(/^\/company\//, '/organization/');
  // LinkedIn's company pages of other years: `/companies/x` (to 2011), `/company-beta/x` (2017), and the logged-out
  // `/organization-guest/company/x` (2020-2021).
  if (host === 'linkedin.com')
    path = path.replace(/^\/(?:companies|company-beta|organization-guest\/company)\//, '/company/');
  if (host === 'github.com') path = path.replace(/^\/orgs\//, '/');
  return path;
}

/**
 * `https://de.linkedin.com/company/acme/about/?x=1` -> `linkedin.com/company/acme`; undefined if not a profile.
 * The product keys accounts by it and the evaluation compares profile links by it.
 */
export function normalizeProfileUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = siteHost(url.hostname);
  const path = profilePath(host, url.pathname);
  for (const { host: h, path: p } of PROFILE_PATTERNS) {
    if (!h.test(host)) continue;
    const match = p.exec(path);
    if (match) return `${host}${match[0]}`;
  }
  return undefined;
}

/** Registrable domain (public suffix aware), lower case; undefined for IPs, localhost and invalid input. */
export function registrableDomain(hostOrUrl: string | undefined): string | undefined {
  if (!hostOrUrl) return undefined;
  const domain = getDomain(hostOrUrl, { allowPrivateDomains: false });
  return domain && domain.length >= 3 && domain.length <= 253 ? domain.toLowerCase() : undefined;
}

export interface AccountKeys {
  /** The account id: the registrable domain when known, else `profile:<normalized url>`. */
  id?: string;
  domain?: string;
  /** Every normalized profile URL this page ties to the company: existing accounts keyed by one of them merge. */
  aliases: string[];
}

/** Which account a page's company signals belong to (DESIGN.md "Identity and merge"). */
export function accountKeys(page: PageSignals): AccountKeys {
  const company = page.company;
  if (!company) return { aliases: [] };
  const aliases = new Set<string>();
  // A person page's URL is the person's, not the company's.
  const pageProfile = page.person ? undefined : normalizeProfileUrl(page.canonicalUrl ?? page.url);
  if (pageProfile) aliases.add(pageProfile);
  for (const social of Object.values(company.socials ?? {})) {
    const alias = social && normalizeProfileUrl(social.value);
    if (alias) aliases.add(alias);
  }
  const domain = company.domain?.value.toLowerCase();
  const first = [...aliases][0];
  const id = domain ?? (first ? `profile:${first}` : undefined);
  return { id, domain, aliases: [...aliases] };
}

/** A person's key: the normalized profile URL, else the page URL without query and hash. */
export function contactKey(page: PageSignals): string | undefined {
  const person = page.person;
  if (!person?.name) return undefined;
  const raw = person.profileUrl?.value ?? page.canonicalUrl ?? page.url;
  const profile = normalizeProfileUrl(raw);
  if (profile) return profile;
  try {
    const url = new URL(raw);
    return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/$/, '')}`.toLowerCase();
  } catch {
    return undefined;
  }
}
