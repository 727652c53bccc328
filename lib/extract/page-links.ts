import { chromeIndices } from './collect/links';

/**
 * The page's links as rules scan them: every href, one per line, so that a rule finds its links with one
 * regular-expression scan in native code and looks at only the few links a scan names.
 */

export interface PageLinks {
  /** Hrefs in document order (lib/signals/source.ts). */
  hrefs: string[];
  /** The hrefs joined by line breaks, for scans. */
  joined: string;
  /** Where each href starts in `joined`. */
  starts: number[];
}

export function linksOf(hrefs: string[]): PageLinks {
  const starts: number[] = new Array(hrefs.length);
  let at = 0;
  for (let i = 0; i < hrefs.length; i++) {
    starts[i] = at;
    at += (hrefs[i]?.length ?? 0) + 1;
  }
  return { hrefs, joined: hrefs.join('\n'), starts };
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
export function linksMatching(links: PageLinks, pattern: RegExp, max = links.hrefs.length): number[] {
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

/** Indices of the page's first `head` and last `tail` links: its navigation and footer. */
export function chromeLinks(links: PageLinks, head: number, tail: number): number[] {
  return chromeIndices(links.hrefs.length, head, tail);
}
