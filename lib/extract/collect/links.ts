import { SOURCE_LIMITS as CAP } from '../../signals/source';

// The URL parser drops tabs and line breaks inside an href; so does this copy, which keeps one href per line.
const BREAKS = /[\t\n\r]/g;
const BREAK = /[\t\n\r]/;
/** Navigation and footer: the first and last links, where a site links its careers page and its calls to action. */
export const CHROME_HEAD = 100;
export const CHROME_TAIL = 80;
// A social site as the link's host, not inside another name ("x.com" ends dropbox.com and netflix.com).
export const SOCIAL_HOST =
  /(?:^|[/.])(?:linkedin|twitter|x|github|crunchbase|facebook|fb|instagram|youtube)\.com(?:[/:?#]|$)/gim;
// The same, leaving out share and intent links (a news page has dozens): only a profile link's place is looked up.
const SOCIAL_PROFILE_HOST = new RegExp(
  `${SOCIAL_HOST.source}(?!\\/?(?:intent|share|sharer|sharing|shareArticle|dialog)\\b)`,
  'gim',
);

export interface ReadLinks {
  hrefs: string[];
  labels: Array<[number, string]>;
  chromeSocial: number[];
}

/**
 * Every link's href, read once (one attribute read per link), and the text of the navigation and footer links only:
 * reading a link's text is a DOM read per link. Past the character budget, links in the middle of the page are sent
 * empty, so indices stay right and the navigation and footer are kept.
 */
export function readLinks(doc: Document): ReadLinks {
  const all = doc.querySelectorAll('a[href]');
  const n = Math.min(all.length, CAP.hrefs);
  const hrefs: string[] = new Array(n);
  let chars = 0;
  for (let i = 0; i < n; i++) {
    const raw = all[i]?.getAttribute('href') ?? '';
    const href = raw.length > CAP.href ? '' : raw;
    hrefs[i] = href;
    chars += href.length;
  }
  if (chars > CAP.hrefChars) trimMiddle(hrefs, chars - CAP.hrefChars);
  // Rare: an href with a line break inside; the copy drops it as the URL parser would. One native test for all.
  if (BREAK.test(hrefs.join(''))) for (let i = 0; i < n; i++) hrefs[i] = (hrefs[i] ?? '').replace(BREAKS, '');
  const joined = hrefs.join('\n');
  const labels: Array<[number, string]> = [];
  let labelChars = 0;
  const chrome = chromeIndices(n);
  for (let k = 0; k < chrome.length; k++) {
    if (labelChars >= CAP.labelChars) break;
    const i = chrome[k] ?? 0;
    const text = (all[i]?.textContent ?? '').slice(0, CAP.label);
    if (!text.trim()) continue;
    labels.push([i, text]);
    labelChars += text.length;
  }
  const social = socialLines(joined);
  const inChrome = chromeTest();
  const chromeSocial: number[] = [];
  for (const line of social) {
    if (chromeSocial.length >= CAP.labels) break;
    const a = all[line];
    if (a && inChrome(a)) chromeSocial.push(line);
  }
  return { hrefs, labels, chromeSocial };
}

/** The lines (link indices) of `joined` whose href is a social profile's, in order. */
function socialLines(joined: string): number[] {
  const lines: number[] = [];
  // Matches come in document order: the line (link) count advances from the previous match.
  let line = 0;
  let at = 0;
  SOCIAL_PROFILE_HOST.lastIndex = 0;
  for (let m = SOCIAL_PROFILE_HOST.exec(joined); m; ) {
    for (let b = joined.indexOf('\n', at); b >= 0 && b < m.index; b = joined.indexOf('\n', b + 1)) {
      line++;
      at = b + 1;
    }
    lines.push(line);
    const next = joined.indexOf('\n', m.index);
    if (next < 0) break;
    SOCIAL_PROFILE_HOST.lastIndex = next + 1;
    m = SOCIAL_PROFILE_HOST.exec(joined);
  }
  return lines;
}

// Whether a social link sits in the header, footer or navigation, where a site links its own profiles (an article body
// links other people's). Each ancestor is tested once, from JavaScript, and its verdict kept for the links that share
// it: `closest` matched the case-insensitive class and id substrings on every ancestor of every link (0.8 ms on a
// platform's page that links profiles by the hundred), and one `querySelectorAll` of the blocks walked the whole page.
const CHROME_TAG = /^(?:footer|header|nav)$/;
const CHROME_ROLE = /^(?:contentinfo|banner)$/;
const FOOTER_NAME = /footer/i;

/** A header, footer or navigation block: by its tag, its landmark role, or "footer" in its id or class. */
function isChromeBlock(el: Element): boolean {
  return (
    CHROME_TAG.test(el.localName) ||
    CHROME_ROLE.test(el.getAttribute('role') ?? '') ||
    FOOTER_NAME.test(el.id) ||
    FOOTER_NAME.test(el.getAttribute('class') ?? '')
  );
}

function chromeTest(): (a: Element) => boolean {
  const verdicts = new Map<Element, boolean>();
  return (a) => {
    const path: Element[] = [];
    let inside = false;
    for (let el: Element | null = a; el; el = el.parentElement) {
      const known = verdicts.get(el);
      if (known !== undefined) {
        inside = known;
        break;
      }
      path.push(el);
      if (isChromeBlock(el)) {
        inside = true;
        break;
      }
    }
    // Every element walked shares the verdict: inside when the walk ended at a block or at an element inside one.
    for (const el of path) verdicts.set(el, inside);
    return inside;
  };
}

/** Indices of the first `CHROME_HEAD` and last `CHROME_TAIL` of `n` links. */
export function chromeIndices(n: number, head: number = CHROME_HEAD, tail: number = CHROME_TAIL): number[] {
  // Plain loops: on a fresh page the script runs unoptimized, where a callback per index costs several times more.
  const out: number[] = [];
  if (n <= head + tail) {
    for (let i = 0; i < n; i++) out.push(i);
    return out;
  }
  for (let i = 0; i < head; i++) out.push(i);
  for (let i = n - tail; i < n; i++) out.push(i);
  return out;
}

/** Empties hrefs from the middle outwards until `excess` characters are gone. */
function trimMiddle(hrefs: string[], excess: number): void {
  let left = excess;
  const mid = hrefs.length >> 1;
  for (let d = 0; left > 0 && d <= mid; d++) {
    for (const i of d ? [mid - d, mid + d] : [mid]) {
      if (i < 0 || i >= hrefs.length) continue;
      left -= hrefs[i]?.length ?? 0;
      hrefs[i] = '';
    }
  }
}
