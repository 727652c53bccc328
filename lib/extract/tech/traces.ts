import { TRACE_LIMITS as CAP, type PageTraces } from '../../signals/traces';
import { escapeRegExp } from '../../util/regexp';
import { linksMatching, type PageLinks, readLinks } from '../page-links';
import { findDomMarkers } from './dom-markers';
import { INLINE_MARKERS } from './markers';

export type { PageTraces } from '../../signals/traces';

const MAX_NODES = 1_000;
const MAX_METAS = 500;
const MAX_INLINE_SCRIPTS = 100;
// Scripts looked at for inline code, with or without a source: a bound on the loop, far above real pages.
const MAX_SCRIPTS = 10_000;
// Of each inline script only its head and tail are scanned: snippets that load or start a vendor are small, and a
// large script is state data (`window.__INITIAL_DATA__ = "..."`) or an inlined bundle whose globals are set at its
// ends. Scanning a 170 KB state blob cost a news page more than the rest of its extraction.
const SCRIPT_HEAD = 24_000;
const SCRIPT_TAIL = 8_000;
const MAX_INLINE_CHARS = 200_000;
const MAX_DEPTH = 40;
const EXTENSION = /^(chrome|moz|safari-web|ms-browser)-extension:/i;
const ABSOLUTE = /^(?:https?:)?\/\/([^/?#\\]*)([^?#]*)/i;
const PLAIN_HOST = /^[a-z0-9.-]+$/;
// A `//` in inline code, then a host with a dot and an optional path.
const INLINE_URL = /\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/[^\s"'`<>\\)]{0,200})?/gi;
// Preconnect hints are often left in templates after a vendor is gone: weak evidence only.
const WEAK_RELS = /\b(preconnect|dns-prefetch)\b/i;
const INLINE_MARKER_RE = new RegExp(INLINE_MARKERS.map(escapeRegExp).join('|'), 'g');
const CODE_TYPES = /^(|text\/javascript|application\/javascript|module|text\/x-magento-init)$/i;

/**
 * True for nodes another extension injected: inside a custom element that hosts a shadow root (how extensions
 * mount their UI), or loaded from an extension URL. The page's own shadow hosts are rarely ancestors of its scripts.
 */
export function isForeign(el: Element, url?: string): boolean {
  if (url && EXTENSION.test(url)) return true;
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    if (node.tagName.includes('-') && node.shadowRoot) return true;
  }
  return false;
}

interface HostPath {
  host: string;
  path: string;
}

/** Host and path, lower case; `new URL` only for the rare relative forms a string test cannot resolve. */
function parse(raw: string | null, base: URL): HostPath | undefined {
  if (!raw) return undefined;
  const value = raw.trim();
  if (!value || value.length > 2_048) return undefined;
  const abs = ABSOLUTE.exec(value);
  if (abs) {
    const authority = (abs[1] ?? '').toLowerCase();
    const host = authority.slice(authority.lastIndexOf('@') + 1).replace(/:\d*$/, '');
    if (PLAIN_HOST.test(host) && host.includes('.')) return cut({ host, path: abs[2] || '/' });
  } else if (value[0] === '/' && value[1] !== '/' && value[1] !== '\\') {
    return cut({ host: base.hostname, path: value.replace(/[?#].*$/s, '') });
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) && !/^https?:/i.test(value)) return undefined;
  try {
    const url = new URL(value, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return cut({ host: url.hostname, path: url.pathname });
  } catch {
    return undefined;
  }
}

function cut({ host, path }: HostPath): HostPath | undefined {
  if (!host || host.length > CAP.host) return undefined;
  return { host: host.toLowerCase(), path: path.slice(0, CAP.path).toLowerCase() };
}

// Elements that load a resource, by tag: the document's cached tag collections (the JSON-LD and meta layers read the
// same script and meta collections), where the selector list of all five took the engine's slow path.
const RESOURCE_TAGS = ['script', 'iframe', 'link', 'form', 'embed'];

/** Resources on other hosts first: they carry the host evidence; the page's own assets only their paths. */
function collectResources(doc: Document, base: URL, traces: PageTraces): void {
  const own: PageTraces['resources'] = [];
  const seen = new Set<string>();
  let read = 0;
  for (const name of RESOURCE_TAGS) {
    const nodes = doc.getElementsByTagName(name);
    for (let i = 0; i < nodes.length && read < MAX_NODES; i++) {
      const el = nodes[i];
      if (el && addResource(el, base, traces, own, seen)) read++;
    }
  }
  traces.resources = traces.resources.concat(own).slice(0, CAP.resources);
}

/** One element's resource into `traces` or `own`; false when the element names none (it does not count). */
function addResource(
  el: Element,
  base: URL,
  traces: PageTraces,
  own: PageTraces['resources'],
  seen: Set<string>,
): boolean {
  const tag = el.tagName.toUpperCase();
  const raw = el.getAttribute(tag === 'LINK' ? 'href' : tag === 'FORM' ? 'action' : 'src');
  if (raw === null) return false;
  // Translations of the page: many links, none of them a technology's trace.
  if ((tag === 'LINK' && el.hasAttribute('hreflang')) || EXTENSION.test(raw.trim())) return true;
  const parsed = parse(raw, base);
  if (!parsed) return true;
  const strong = tag !== 'LINK' || !WEAK_RELS.test(el.getAttribute('rel') ?? '');
  const key = `${strong ? 1 : 0}${parsed.host}${parsed.path}`;
  if (seen.has(key)) return true;
  seen.add(key);
  // The ancestor walk only for other hosts: an extension mounts its UI with its own vendors, not the page's assets.
  if (parsed.host === base.hostname) own.push({ ...parsed, strong });
  else if (!isForeign(el)) traces.resources.push({ ...parsed, strong });
  return true;
}

/** Inline markers and loader URLs of one script's code; `pending` loses the markers found. */
function scanCode(
  code: string,
  pending: Set<string>,
  urls: Map<string, HostPath>,
): { inline: string[]; urls: HostPath[] } {
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
  const found = new Map<string, HostPath>();
  // One native scan for every `//host/path` of the code; JavaScript only runs for each URL found.
  INLINE_URL.lastIndex = 0;
  for (let m = INLINE_URL.exec(code); m && urls.size + found.size < CAP.inlineUrls; m = INLINE_URL.exec(code)) {
    const parsed = cut({ host: m[1] ?? '', path: m[2] ?? '/' });
    const key = parsed && `${parsed.host}${parsed.path}`;
    if (parsed && key && !urls.has(key)) found.set(key, parsed);
  }
  return { inline, urls: [...found.values()] };
}

function collectInline(doc: Document, traces: PageTraces): void {
  const pending = new Set(INLINE_MARKERS);
  const urls = new Map<string, HostPath>();
  const scripts = doc.getElementsByTagName('script');
  let budget = MAX_INLINE_CHARS;
  for (let i = 0, n = 0; i < scripts.length && i < MAX_SCRIPTS && n < MAX_INLINE_SCRIPTS && budget > 0; i++) {
    const el = scripts[i];
    if (!el || el.hasAttribute('src') || !CODE_TYPES.test((el.getAttribute('type') ?? '').trim())) continue;
    n++;
    const text = el.textContent ?? '';
    const whole = text.length <= SCRIPT_HEAD + SCRIPT_TAIL;
    const code = (whole ? text : `${text.slice(0, SCRIPT_HEAD)}\n${text.slice(-SCRIPT_TAIL)}`).slice(0, budget);
    budget -= code.length;
    const found = scanCode(code, pending, urls);
    if (!found.inline.length && !found.urls.length) continue;
    // Checked only for a script that shows something: most scripts show nothing.
    if (isForeign(el)) continue;
    for (const marker of found.inline) {
      pending.delete(marker);
      traces.inline.push(marker);
    }
    for (const u of found.urls) urls.set(`${u.host}${u.path}`, u);
  }
  traces.inlineUrls = [...urls.values()].slice(0, CAP.inlineUrls);
}

/**
 * Absolute links to a host other than the page's: relative ones and links to the page's own host are the site's own
 * pages, and a news page links its own articles hundreds of times.
 */
function otherHostLinks(host: string): RegExp {
  return new RegExp(`^[^\\S\\n]*(?:https?:)?\\/\\/(?!${escapeRegExp(host)}(?:[:/?#\\\\]|$))`, 'gim');
}

function collectAnchors(doc: Document, base: URL, traces: PageTraces, read?: PageLinks): void {
  const seen = new Set<string>();
  const links = read ?? readLinks(doc);
  for (const i of linksMatching(links, otherHostLinks(base.hostname))) {
    if (traces.anchors.length >= CAP.anchors) break;
    const parsed = parse(links.hrefs[i] ?? null, base);
    if (!parsed || parsed.host === base.hostname || seen.has(`${parsed.host}${parsed.path}`)) continue;
    seen.add(`${parsed.host}${parsed.path}`);
    traces.anchors.push(parsed);
  }
}

/**
 * What the background's detector needs from a page's source, collected once and capped (lib/signals/traces.ts):
 * never its visible text; nodes other extensions injected are skipped. Undefined when the page shows nothing.
 * `links`: the page's links when the caller has already read them.
 */
export function collectTraces(doc: Document, pageUrl: string, links?: PageLinks): PageTraces | undefined {
  let base: URL;
  try {
    base = new URL(pageUrl);
  } catch {
    return undefined;
  }
  const traces: PageTraces = { resources: [], inlineUrls: [], anchors: [], generators: [], dom: [], inline: [] };
  collectResources(doc, base, traces);
  collectInline(doc, traces);
  traces.dom = findDomMarkers(doc, (el) => isForeign(el));
  collectAnchors(doc, base, traces, links);
  // The meta collection the meta layer has already read: a case-insensitive attribute selector walks the page again.
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < MAX_METAS && traces.generators.length < CAP.generators; i++) {
    if (metas[i]?.getAttribute('name')?.toLowerCase() !== 'generator') continue;
    const content = metas[i]?.getAttribute('content')?.trim();
    if (content) traces.generators.push(content.slice(0, CAP.generator));
  }
  const empty = Object.values(traces).every((list) => !list.length);
  return empty ? undefined : traces;
}
