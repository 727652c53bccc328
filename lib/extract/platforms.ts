import { domainLabel, normalizeName } from './facts';
import { atsTenant } from './job-hosts';
import { siteKey } from './site-key';

/**
 * Registrable domains whose pages are about someone else (profiles, articles, repositories, hosted blogs): the page
 * URL does not name the company, and the site's own name, title and footer belong to the platform.
 */
const PLATFORM_DOMAINS = new Set([
  'linkedin.com',
  'github.com',
  'github.io',
  'gitlab.com',
  'wikipedia.org',
  'wikimedia.org',
  'wikidata.org',
  'crunchbase.com',
  'twitter.com',
  'x.com',
  'facebook.com',
  'instagram.com',
  'youtube.com',
  'tiktok.com',
  'medium.com',
  'substack.com',
  'ycombinator.com',
  'producthunt.com',
  'angel.co',
  'wellfound.com',
  'glassdoor.com',
  'indeed.com',
  'g2.com',
  'capterra.com',
  // Vendor directories and review sites like G2's: a profile's page is the vendor's, the site is the directory's.
  'clutch.co',
  'goodfirms.co',
  'trustradius.com',
  'getapp.com',
  'softwareadvice.com',
  'sortlist.com',
  'designrush.com',
  'trustpilot.com',
  'pitchbook.com',
  'zoominfo.com',
  'apollo.io',
  'owler.com',
  'dnb.com',
  'reddit.com',
]);

/**
 * Hosts that give each customer a subdomain for a whole site of their own (`acme.github.io`, `acme.wordpress.com`):
 * the domain is the host's, but the title, footer and links on a tenant's subdomain are the tenant's.
 */
const HOSTING_DOMAINS = new Set([
  'github.io',
  'gitlab.io',
  'wordpress.com',
  'blogspot.com',
  'tumblr.com',
  'notion.site',
  'webflow.io',
  'vercel.app',
  'netlify.app',
  'herokuapp.com',
  'pages.dev',
  'wixsite.com',
  'squarespace.com',
  'weebly.com',
  'jimdosite.com',
  'substack.com',
]);

/**
 * The tenant's subdomain label on a hosting domain (`https://acme.github.io/x` -> `acme`) or the employer's slug on an
 * applicant-tracking system (`https://jobs.lever.co/acme/1` -> `acme`): the host is a service, the page the tenant's.
 * Undefined for any other host and for the service's own pages (`www.`, bare domain).
 */
export function hostedTenant(url: string | undefined): string | undefined {
  const ats = atsTenant(url);
  if (ats) return ats;
  const domain = siteKey(url);
  if (!url || !domain || !HOSTING_DOMAINS.has(domain)) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  const sub = host.slice(0, -domain.length - 1).split('.');
  const tenant = sub[sub.length - 1];
  return tenant && tenant !== 'www' && host !== domain ? tenant : undefined;
}

export function isHostingDomain(domain: string): boolean {
  return HOSTING_DOMAINS.has(domain);
}

/** True when `url` is on a site that hosts other organizations' profiles or content. */
export function isPlatformUrl(url: string | undefined): boolean {
  return isPlatformDomain(siteKey(url));
}

/** A platform or hosting domain: on neither does the page's own domain name a company. */
export function isPlatformDomain(domain: string | undefined): boolean {
  return !!domain && (PLATFORM_DOMAINS.has(domain) || HOSTING_DOMAINS.has(domain));
}

/** The brand a page's URL spells: the tenant on a hosting service (`acme.github.io` -> `acme`), else the domain label. */
export function siteLabel(url: string): string | undefined {
  const tenant = hostedTenant(url);
  return tenant ? normalizeName(tenant) : domainLabel(siteKey(url));
}
