/** What the detector reads from a page's source, collected once and bounded; never its visible text. */
export interface Traces {
  /** Hosts and paths (lower case) of scripts, iframes, stylesheets, preloads and form actions. */
  resources: Array<{ host: string; path: string; strong: boolean }>;
  /** URLs found inside inline scripts: loader snippets inject the vendor script at run time. */
  inlineUrls: Array<{ host: string; path: string }>;
  /** Inline script code, concatenated and capped, for global names and init calls. */
  inlineCode: string;
  anchors: Array<{ host: string; path: string }>;
  generators: string[];
}

const MAX_RESOURCES = 1_000;
const MAX_INLINE_SCRIPTS = 100;
const MAX_SCRIPT_CHARS = 100_000;
const MAX_INLINE_CHARS = 400_000;
const MAX_ANCHORS = 3_000;
const MAX_DEPTH = 40;
const URL_IN_CODE = /(?:https?:)?\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)(\/[^\s"'`<>\\)]{0,200})?/gi;
const EXTENSION = /^(chrome|moz|safari-web|ms-browser)-extension:/i;
// Preconnect hints are often left in templates after a vendor is gone: weak evidence only.
const WEAK_RELS = /\b(preconnect|dns-prefetch)\b/i;
const CODE_TYPES = /^(|text\/javascript|application\/javascript|module|text\/x-magento-init)$/i;

/**
 * True for nodes another extension injected: inside a custom element that hosts a shadow root (how extensions
 * mount their UI), or loaded from an extension URL. The page's own shadow hosts are rarely ancestors of its scripts.
 */
export function isForeign(el: Element, url?: string): boolean {
  if (url && EXTENSION.test(url)) return true;
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++, node = node.parentElement) {
    if (node.shadowRoot && node.tagName.includes('-')) return true;
  }
  return false;
}

function parse(raw: string | null, base: string): { host: string; path: string } | undefined {
  if (!raw || raw.length > 2_048 || EXTENSION.test(raw) || /^(data|blob|javascript):/i.test(raw)) return undefined;
  try {
    const url = new URL(raw, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return { host: url.hostname.toLowerCase(), path: url.pathname.toLowerCase() };
  } catch {
    return undefined;
  }
}

export function collectTraces(doc: Document, base: string): Traces {
  const traces: Traces = { resources: [], inlineUrls: [], inlineCode: '', anchors: [], generators: [] };
  const nodes = doc.querySelectorAll('script[src], iframe[src], link[href], form[action], embed[src]');
  for (let i = 0; i < nodes.length && traces.resources.length < MAX_RESOURCES; i++) {
    const el = nodes[i];
    if (!el) continue;
    const tag = el.tagName;
    const raw = el.getAttribute(tag === 'LINK' ? 'href' : tag === 'FORM' ? 'action' : 'src');
    const parsed = parse(raw, base);
    if (!parsed || isForeign(el, raw ?? undefined)) continue;
    const strong = tag !== 'LINK' || !WEAK_RELS.test(el.getAttribute('rel') ?? '');
    traces.resources.push({ ...parsed, strong });
  }
  const scripts = doc.querySelectorAll('script:not([src])');
  for (let i = 0, n = 0; i < scripts.length && n < MAX_INLINE_SCRIPTS; i++) {
    const el = scripts[i];
    if (!el || !CODE_TYPES.test((el.getAttribute('type') ?? '').trim()) || isForeign(el)) continue;
    n++;
    const code = (el.textContent ?? '').slice(0, MAX_SCRIPT_CHARS);
    if (traces.inlineCode.length + code.length > MAX_INLINE_CHARS) break;
    traces.inlineCode += `\n${code}`;
  }
  let found = 0;
  for (const m of traces.inlineCode.matchAll(URL_IN_CODE)) {
    if (++found > MAX_RESOURCES) break;
    traces.inlineUrls.push({ host: (m[1] ?? '').toLowerCase(), path: (m[2] ?? '/').toLowerCase() });
  }
  const anchors = doc.querySelectorAll('a[href]');
  for (let i = 0; i < anchors.length && i < MAX_ANCHORS; i++) {
    const href = anchors[i]?.getAttribute('href') ?? null;
    // Only absolute links can point at a vendor's host; relative ones are the site's own pages.
    if (!href || !/^(https?:)?\/\//i.test(href)) continue;
    const parsed = parse(href, base);
    if (parsed) traces.anchors.push(parsed);
  }
  const metas = doc.querySelectorAll('meta[name="generator" i]');
  for (let i = 0; i < metas.length && i < 10; i++) {
    const content = metas[i]?.getAttribute('content');
    if (content) traces.generators.push(content.slice(0, 200));
  }
  return traces;
}
