import { registrableDomain } from '../signals/identity';
import { kindOfLabel, kindOfPath, type PageKind, wellKnownPath } from './kinds';

/** A page's links as the content script reads them (lib/signals/source.ts): every href, the chrome links' texts. */
export interface PageLinksRead {
  url: string;
  hrefs: readonly string[];
  /** Navigation and footer link texts, by index into `hrefs`. */
  labels: ReadonlyArray<readonly [number, string]>;
  lang?: string;
}

export interface PlannedPage {
  kind: PageKind;
  url: string;
  /** How the page was chosen: a navigation or footer label, its path, or a well-known path nobody linked. */
  via: 'label' | 'path' | 'guess';
}

/** Order of reading: the home page first (its navigation names the rest), then where the facts usually are. */
export const KIND_ORDER: readonly PageKind[] = ['home', 'imprint', 'contact', 'about', 'careers', 'pricing'];

// Links to files, not pages: never worth a request.
const NOT_A_PAGE =
  /\.(?:pdf|zip|gz|png|jpe?g|gif|svg|webp|ico|mp[34]|mov|avi|docx?|xlsx?|pptx?|csv|xml|json|txt|js|css|woff2?)$/i;
const MAX_URL = 2_048;

/**
 * The page address research would fetch for an href: resolved against the page, http(s) only, on the same registrable
 * domain, without credentials, fragment or a file extension. Undefined for anything else (`javascript:`, `file:`,
 * `mailto:`, another domain, an address too long).
 */
export function pageUrlOf(href: string | undefined, base: string, site: string): URL | undefined {
  if (!href || href.length > MAX_URL) return undefined;
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  if (registrableDomain(url.hostname) !== site) return undefined;
  if (NOT_A_PAGE.test(url.pathname)) return undefined;
  url.hash = '';
  return url;
}

/** One address per page: no fragment, and `/about` and `/about/` are the same page. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return `${u.protocol}//${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '') || '/'}${u.search}`;
  } catch {
    return url;
  }
}

/** Candidates from one page's links, per kind, in the order they should be tried: labelled links before paths. */
export function candidatesFrom(links: PageLinksRead, site: string): Map<PageKind, PlannedPage[]> {
  const found = new Map<PageKind, PlannedPage[]>();
  const add = (kind: PageKind, url: URL, via: PlannedPage['via']) => {
    const list = found.get(kind) ?? [];
    if (list.some((p) => pageKey(p.url) === pageKey(url.href))) return;
    list.push({ kind, url: url.href, via });
    found.set(kind, list);
  };
  const labelled = new Set<number>();
  for (const [index, text] of links.labels) {
    const kind = kindOfLabel(text);
    const url = kind && pageUrlOf(links.hrefs[index], links.url, site);
    if (kind && url) {
      add(kind, url, 'label');
      labelled.add(index);
    }
  }
  for (let i = 0; i < links.hrefs.length; i++) {
    if (labelled.has(i)) continue;
    const url = pageUrlOf(links.hrefs[i], links.url, site);
    const kind = url && kindOfPath(url);
    // A link to "/" is the home page whatever its label; any other home-looking path needs no guess either.
    if (url && kind) add(kind, url, 'path');
  }
  // Labelled links first within each kind.
  for (const list of found.values()) list.sort((a, b) => Number(a.via !== 'label') - Number(b.via !== 'label'));
  return found;
}

/**
 * Chooses the pages of a site to read, one at a time, from the links of the pages read so far: per kind of page the
 * best linked candidate; a well-known path only for a kind no read page links. Each page once.
 */
export class Planner {
  private readonly candidates = new Map<PageKind, PlannedPage[]>();
  private readonly tried = new Set<string>();
  private readonly settled = new Set<PageKind>();
  private lang: string | undefined;
  private readonly origin: string;

  constructor(
    start: PageLinksRead,
    private readonly site: string,
  ) {
    const url = new URL(start.url);
    this.origin = url.origin;
    this.lang = start.lang;
    this.tried.add(pageKey(start.url));
    const kind = kindOfPath(url);
    // The page the user is on needs no second reading, and neither does its kind.
    if (kind) this.settled.add(kind);
    this.addLinks(start);
  }

  /** Adds the links of a page just read (the home page's navigation names the pages a deep page did not). */
  addLinks(links: PageLinksRead): void {
    this.lang ??= links.lang;
    for (const [kind, list] of candidatesFrom(links, this.site)) {
      const known = this.candidates.get(kind) ?? [];
      for (const page of list) if (!known.some((k) => pageKey(k.url) === pageKey(page.url))) known.push(page);
      this.candidates.set(kind, known);
    }
  }

  /** A kind whose page was read (or is no longer wanted): its other candidates are not fetched. */
  settle(kind: PageKind): void {
    this.settled.add(kind);
  }

  /** The next page to read, or undefined when every kind is settled or out of candidates. */
  next(wanted: (kind: PageKind) => boolean = () => true): PlannedPage | undefined {
    for (const kind of KIND_ORDER) {
      if (this.settled.has(kind)) continue;
      const linked = (this.candidates.get(kind) ?? []).find((p) => !this.tried.has(pageKey(p.url)));
      if (linked) return this.take(linked);
    }
    // No read page links these kinds: one well-known path each, only for what is still unknown.
    for (const kind of KIND_ORDER) {
      if (this.settled.has(kind) || (this.candidates.get(kind)?.length ?? 0) > 0 || !wanted(kind)) continue;
      const path = wellKnownPath(kind, this.lang);
      this.settled.add(kind);
      if (!path) continue;
      const url = new URL(path, this.origin).href;
      if (!this.tried.has(pageKey(url))) return this.take({ kind, url, via: 'guess' });
    }
    return undefined;
  }

  /** How many more pages the plan holds now, for progress ("3 of 5"); guesses are counted when taken. */
  remaining(): number {
    let n = 0;
    for (const kind of KIND_ORDER) {
      if (this.settled.has(kind)) continue;
      if ((this.candidates.get(kind) ?? []).some((p) => !this.tried.has(pageKey(p.url)))) n++;
    }
    return n;
  }

  private take(page: PlannedPage): PlannedPage {
    this.tried.add(pageKey(page.url));
    return page;
  }
}
