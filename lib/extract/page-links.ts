/**
 * The page's links, read once per extraction and shared by every rule that looks at links (careers, pricing, social
 * profiles, phone numbers, technology hosts). The content script runs once per page, so its code runs mostly
 * unoptimized: each rule testing each link's href from JavaScript cost more than the rule itself. Here each href is
 * read once, and a rule finds its links with one regular-expression scan over all hrefs, one per line, in native
 * code; only the few links a scan names are looked at from JavaScript.
 */

const MAX_LINKS = 3_000;
const MAX_HREF = 2_048;
// The URL parser drops tabs and line breaks inside an href; so does this copy, which keeps one href per line.
const BREAKS = /[\t\n\r]/g;

export interface PageLinks {
  /** `a[href]` elements in document order, capped. */
  anchors: Element[];
  /** Their hrefs, tabs and line breaks removed; an oversized href is empty. */
  hrefs: string[];
  /** The hrefs joined by line breaks, for scans. */
  joined: string;
  /** Where each href starts in `joined`. */
  starts: number[];
}

export function readLinks(doc: Document): PageLinks {
  const all = doc.querySelectorAll('a[href]');
  const anchors: Element[] = [];
  const hrefs: string[] = [];
  const starts: number[] = [];
  let at = 0;
  for (let i = 0; i < all.length && i < MAX_LINKS; i++) {
    const a = all[i];
    if (!a) continue;
    const raw = a.getAttribute('href') ?? '';
    const href = raw.length > MAX_HREF ? '' : raw.replace(BREAKS, '');
    anchors.push(a);
    hrefs.push(href);
    starts.push(at);
    at += href.length + 1;
  }
  return { anchors, hrefs, joined: hrefs.join('\n'), starts };
}

/** The index of the href that holds position `at` of `joined`. */
function indexAt(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Indices of the links whose href `pattern` matches, in document order, each once. `pattern` needs the `g` flag
 * (and `m` to anchor with `^`), and must not match across a line break.
 */
export function linksMatching(links: PageLinks, pattern: RegExp, max = MAX_LINKS): number[] {
  const found: number[] = [];
  if (!links.hrefs.length) return found;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(links.joined); m && found.length < max; m = pattern.exec(links.joined)) {
    const index = indexAt(links.starts, m.index);
    found.push(index);
    // One match per link is enough: the next scan starts on the next link's line.
    const next = links.starts[index + 1];
    if (next === undefined) break;
    pattern.lastIndex = next;
  }
  return found;
}

/**
 * Indices of the page's first `head` and last `tail` links: its navigation and footer, where a site links its careers
 * page and puts its calls to action. Rules that must read a link's text (a DOM read per link) read only these.
 */
export function chromeLinks(links: PageLinks, head: number, tail: number): number[] {
  const n = links.anchors.length;
  if (n <= head + tail) return Array.from({ length: n }, (_, i) => i);
  return [...Array.from({ length: head }, (_, i) => i), ...Array.from({ length: tail }, (_, i) => n - tail + i)];
}
