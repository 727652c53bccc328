import { LIMITS } from '../../signals/limits';
import { SOURCE_LIMITS } from '../../signals/source';
import { TRACE_LIMITS as CAP, type PageTraces } from '../../signals/traces';
import { escapeRegExp } from '../../util/regexp';
import { INLINE_MARKERS } from '../tech/markers';
import { isForeign } from './foreign';

const MAX_INLINE_SCRIPTS = 100;
// Scripts looked at, with or without a source: a bound on the loop, far above real pages.
const MAX_SCRIPTS = 10_000;
// Of each inline script only its head and tail are scanned: snippets that load or start a vendor are small, and a
// large script is state data (`window.__INITIAL_DATA__ = "..."`) or an inlined bundle whose globals are set at its
// ends. Scanning a 170 KB state blob cost a news page more than the rest of its extraction.
const SCRIPT_HEAD = 12_000;
const SCRIPT_TAIL = 4_000;
const MAX_INLINE_CHARS = 100_000;
// A `//` in inline code, then a host with a dot and an optional path.
const INLINE_URL = /\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/[^\s"'`<>\\)]{0,200})?/gi;
const INLINE_MARKER_RE = new RegExp(INLINE_MARKERS.map(escapeRegExp).join('|'), 'g');
const CODE_TYPES = /^(|text\/javascript|application\/javascript|module|text\/x-magento-init)$/i;
const JSON_LD = /^\s*application\/ld\+json\s*$/i;

export interface ReadScripts {
  jsonLd: Array<string | null>;
  inline: PageTraces['inline'];
  inlineUrls: PageTraces['inlineUrls'];
}

/**
 * One pass over the document's script collection: JSON-LD texts as they are (the background parses them), and in
 * inline code the vendor markers and loader URLs, found by native regular-expression scans; JavaScript runs only for
 * each hit. `scanCode` false (a platform page) reads the JSON-LD only.
 */
export function readScripts(doc: Document, scanCode: boolean): ReadScripts {
  const out: ReadScripts = { jsonLd: [], inline: [], inlineUrls: [] };
  const pending = new Set(INLINE_MARKERS);
  const urls = new Map<string, { host: string; path: string }>();
  const scripts = doc.getElementsByTagName('script');
  let budget = MAX_INLINE_CHARS;
  let jsonChars = 0;
  for (let i = 0, n = 0; i < scripts.length && i < MAX_SCRIPTS; i++) {
    const el = scripts[i];
    if (!el || el.hasAttribute('src')) continue;
    const type = el.getAttribute('type') ?? '';
    if (JSON_LD.test(type)) {
      if (out.jsonLd.length >= SOURCE_LIMITS.jsonLdBlocks) continue;
      const raw = el.textContent ?? '';
      const text = raw.length <= SOURCE_LIMITS.jsonLdChars - jsonChars ? raw : shrinkJson(raw);
      // A block past the budget is sent as null: later blocks keep their index (it is in their evidence path).
      const fits = text !== null && jsonChars + text.length <= SOURCE_LIMITS.jsonLdChars;
      out.jsonLd.push(fits ? text : null);
      if (fits) jsonChars += text.length;
      continue;
    }
    if (!scanCode || n >= MAX_INLINE_SCRIPTS || budget <= 0 || !CODE_TYPES.test(type.trim())) continue;
    n++;
    const text = el.textContent ?? '';
    const whole = text.length <= SCRIPT_HEAD + SCRIPT_TAIL;
    const code = (whole ? text : `${text.slice(0, SCRIPT_HEAD)}\n${text.slice(-SCRIPT_TAIL)}`).slice(0, budget);
    budget -= code.length;
    const found = scan(code, pending, urls);
    if (!found.inline.length && !found.urls.length) continue;
    // Checked only for a script that shows something: most scripts show nothing.
    if (isForeign(el)) continue;
    for (const marker of found.inline) {
      pending.delete(marker);
      out.inline.push(marker);
    }
    for (const u of found.urls) urls.set(`${u.host}${u.path}`, u);
  }
  out.inlineUrls = [...urls.values()].slice(0, CAP.inlineUrls);
  return out;
}

const SHRINK_STRING = 2_000;
const SHRINK_ARRAY = 200;

/**
 * An oversized JSON-LD block (a catalogue, an article body) made small enough to send: long strings and long lists
 * cut, as the background would cut them anyway. Null when it is not JSON or too large to parse.
 */
function shrinkJson(text: string): string | null {
  if (text.length > LIMITS.jsonLdChars) return null;
  try {
    return JSON.stringify(JSON.parse(text), (_key, value: unknown) =>
      typeof value === 'string' && value.length > SHRINK_STRING
        ? value.slice(0, SHRINK_STRING)
        : Array.isArray(value) && value.length > SHRINK_ARRAY
          ? value.slice(0, SHRINK_ARRAY)
          : value,
    );
  } catch {
    return null;
  }
}

/** Inline markers and loader URLs of one script's code; markers already found are not looked for again. */
function scan(
  code: string,
  pending: Set<string>,
  urls: Map<string, { host: string; path: string }>,
): { inline: string[]; urls: Array<{ host: string; path: string }> } {
  const inline: string[] = [];
  // One pass over the code for every marker; restarting one character after each hit keeps overlapping markers
  // ("rudderanalytics.load" holds "analytics.load(") as `includes` per marker would find them.
  if (pending.size) {
    const seen = new Set<string>();
    INLINE_MARKER_RE.lastIndex = 0;
    for (let m = INLINE_MARKER_RE.exec(code); m; m = INLINE_MARKER_RE.exec(code)) {
      if (pending.has(m[0]) && !seen.has(m[0])) {
        seen.add(m[0]);
        inline.push(m[0]);
      }
      INLINE_MARKER_RE.lastIndex = m.index + 1;
    }
  }
  const found = new Map<string, { host: string; path: string }>();
  INLINE_URL.lastIndex = 0;
  for (let m = INLINE_URL.exec(code); m && urls.size + found.size < CAP.inlineUrls; m = INLINE_URL.exec(code)) {
    const host = (m[1] ?? '').toLowerCase();
    if (!host || host.length > CAP.host) continue;
    const path = (m[2] ?? '/').slice(0, CAP.path).toLowerCase();
    const key = `${host}${path}`;
    if (!urls.has(key)) found.set(key, { host, path });
  }
  return { inline, urls: [...found.values()] };
}
