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
  'trustpilot.com',
  'pitchbook.com',
  'zoominfo.com',
  'apollo.io',
  'owler.com',
  'dnb.com',
  'reddit.com',
  'wordpress.com',
  'blogspot.com',
  'tumblr.com',
  'notion.site',
  'webflow.io',
  'vercel.app',
  'netlify.app',
  'herokuapp.com',
  'pages.dev',
]);

/** True when `url` is on a site that hosts other organizations' profiles or content. */
export function isPlatformUrl(url: string | undefined): boolean {
  const domain = siteKey(url);
  return !!domain && PLATFORM_DOMAINS.has(domain);
}

export function isPlatformDomain(domain: string | undefined): boolean {
  return !!domain && PLATFORM_DOMAINS.has(domain);
}
