import { SAMPLE_LIMITS } from '../../signals/sample';
import { type PageLinks, readLinks } from '../page-links';
import { isHostingDomain } from '../platforms';
import { siteKey } from '../site-key';

/**
 * Visible text read once per extraction; later rules scan this copy, never the DOM again. Only its head and tail
 * are kept: the page says what it is at the top and who runs it (imprint, contact, copyright) at the bottom, and
 * the rules' cost stays bounded on a megabyte page.
 */
const HEAD = SAMPLE_LIMITS.textHead;
const TAIL = SAMPLE_LIMITS.textTail;

export interface PageView {
  doc: Document;
  /** `body.innerText` (visible text, line breaks kept), head and tail; textContent where innerText is missing. */
  text: string;
  /** The page's links, read once: careers, pricing, call-to-action, social and technology rules share them. */
  links: PageLinks;
  pageUrl: URL | undefined;
  /** Registrable-ish domain of the page (lib/extract/site-key.ts). */
  site: string | undefined;
}

export function readPage(doc: Document, url: string, pageDomain?: string): PageView {
  const body = doc.body;
  // innerText skips scripts, styles and hidden nodes; some DOMs (happy-dom, XML) may not provide it.
  let text = '';
  try {
    const raw = body ? ((body as HTMLElement).innerText ?? body.textContent ?? '') : '';
    text =
      typeof raw !== 'string' ? '' : raw.length <= HEAD + TAIL ? raw : `${raw.slice(0, HEAD)}\n…\n${raw.slice(-TAIL)}`;
  } catch {
    text = '';
  }
  const links = readLinks(doc);
  let pageUrl: URL | undefined;
  try {
    pageUrl = new URL(url);
  } catch {
    pageUrl = undefined;
  }
  return { doc, text, links, pageUrl, site: pageUrl ? siteOf(pageUrl.hostname) : (pageDomain ?? siteKey(url)) };
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

/** Short label of an element (link or button text), bounded. */
export function labelOf(el: Element): string {
  return (el.textContent ?? '').slice(0, 200).replace(/\s+/g, ' ').trim();
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
