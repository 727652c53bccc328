import type { BodySource } from '../../signals/source';
import { linksOf, type PageLinks } from '../page-links';
import { isHostingDomain } from '../platforms';
import { siteKey } from '../site-key';

export interface PageView {
  /** What the content script read off the page (lib/signals/source.ts). */
  body: BodySource;
  /** Visible text, head and tail. */
  text: string;
  /** The page's links: careers, pricing, call-to-action, social and technology rules share them. */
  links: PageLinks;
  /** Text of the navigation and footer links, by link index. */
  labels: ReadonlyMap<number, string>;
  pageUrl: URL | undefined;
  /** Registrable-ish domain of the page (lib/extract/site-key.ts). */
  site: string | undefined;
}

export function viewOf(body: BodySource, url: string, pageDomain?: string): PageView {
  let pageUrl: URL | undefined;
  try {
    pageUrl = new URL(url);
  } catch {
    pageUrl = undefined;
  }
  return {
    body,
    text: unglued(body.text),
    links: linksOf(body.hrefs),
    labels: new Map(body.labels),
    pageUrl,
    site: pageUrl ? siteOf(pageUrl.hostname) : (pageDomain ?? siteKey(url)),
  };
}

// A figure and its word in adjacent inline elements ("<strong>210</strong><span>colaboradores</span>") read as one word
// where the page's stylesheet is not applied ("210colaboradores", "Desde 1998vistiendo"), as its tiles are styled
// apart where it is: a space parts two digits or more from three letters or more.
const GLUED = /(?<=\d{2})(?=\p{L}{3})/gu;

function unglued(text: string): string {
  return text.replace(GLUED, ' ');
}

/** The site a host belongs to: its registrable-ish domain, or the whole host for a tenant of a hosting service. */
export function siteOf(host: string): string | undefined {
  const site = siteKey(host);
  // A string test first: this runs for every link of the page.
  return site && isHostingDomain(site) && host.length > site.length + 1 && !/^www\./i.test(host)
    ? host.toLowerCase()
    : site;
}

/** The href resolved against the page, or undefined for non-http(s) and oversized links. */
export function resolveHref(href: string | undefined, base: URL | undefined): URL | undefined {
  if (!href || href.length > 2_048 || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) return undefined;
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Path segments, lower case, decoded where possible. */
export function pathSegments(url: URL): string[] {
  return url.pathname
    .toLowerCase()
    .split('/')
    .filter(Boolean)
    .slice(0, 8)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}
