import type { BodySource, PageSource } from '../../signals/source';
import { TRACE_LIMITS as CAP, type PageTraces } from '../../signals/traces';
import { escapeRegExp } from '../../util/regexp';
import { linksMatching, type PageLinks } from '../page-links';

export type { PageTraces } from '../../signals/traces';

const ABSOLUTE = /^(?:https?:)?\/\/([^/?#\\]*)([^?#]*)/i;
const PLAIN_HOST = /^[a-z0-9.-]+$/;

interface HostPath {
  host: string;
  path: string;
}

/** Host and path, lower case; `new URL` only for the rare relative forms a string test cannot resolve. */
function parse(raw: string | null | undefined, base: URL): HostPath | undefined {
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

/** Resources on other hosts first: they carry the host evidence; the page's own assets only their paths. */
function resourceTraces(resources: BodySource['resources'], base: URL): PageTraces['resources'] {
  const other: PageTraces['resources'] = [];
  const own: PageTraces['resources'] = [];
  const seen = new Set<string>();
  for (const { url, strong } of resources) {
    const parsed = parse(url, base);
    if (!parsed) continue;
    const key = `${strong ? 1 : 0}${parsed.host}${parsed.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (parsed.host === base.hostname ? own : other).push({ ...parsed, strong });
  }
  return other.concat(own).slice(0, CAP.resources);
}

/**
 * Absolute links to a host other than the page's: relative ones and links to the page's own host are the site's own
 * pages, and a news page links its own articles hundreds of times.
 */
function otherHostLinks(host: string): RegExp {
  return new RegExp(`^[^\\S\\n]*(?:https?:)?\\/\\/(?!${escapeRegExp(host)}(?:[:/?#\\\\]|$))`, 'gim');
}

function anchorTraces(links: PageLinks, base: URL): PageTraces['anchors'] {
  const anchors: PageTraces['anchors'] = [];
  const seen = new Set<string>();
  for (const i of linksMatching(links, otherHostLinks(base.hostname))) {
    if (anchors.length >= CAP.anchors) break;
    const parsed = parse(links.hrefs[i], base);
    if (!parsed || parsed.host === base.hostname || seen.has(`${parsed.host}${parsed.path}`)) continue;
    seen.add(`${parsed.host}${parsed.path}`);
    anchors.push(parsed);
  }
  return anchors;
}

/**
 * The share image (og:image), as weak evidence: a CMS's asset host or path shows in it as in the page's own images,
 * which the content script does not read ("images.ctfassets.net/...", "/content/dam/...").
 */
function shareImage(metas: PageSource['metas']): BodySource['resources'] {
  const image = metas.find((meta) => meta.key.trim().toLowerCase() === 'og:image')?.content.trim();
  return image ? [{ url: image.split('?')[0] ?? '', strong: false }] : [];
}

function generators(metas: PageSource['metas']): string[] {
  const out: string[] = [];
  for (const meta of metas) {
    if (out.length >= CAP.generators) break;
    if (meta.attr !== 'name' || meta.key.trim().toLowerCase() !== 'generator') continue;
    const content = meta.content.trim();
    if (content) out.push(content.slice(0, CAP.generator));
  }
  return out;
}

/**
 * What the technology detector needs from a page's source (lib/signals/traces.ts), from what the content script read:
 * hosts and paths of its resources and outbound links, generators, and the inline-code and DOM markers it found in the
 * page (lib/extract/collect). Never the visible text. Undefined when the page shows nothing.
 */
export function tracesFrom(
  body: BodySource,
  links: PageLinks,
  metas: PageSource['metas'],
  pageUrl: string,
): PageTraces | undefined {
  let base: URL;
  try {
    base = new URL(pageUrl);
  } catch {
    return undefined;
  }
  const traces: PageTraces = {
    resources: resourceTraces([...body.resources, ...shareImage(metas)], base),
    inlineUrls: body.traces.inlineUrls.slice(0, CAP.inlineUrls),
    anchors: anchorTraces(links, base),
    generators: generators(metas),
    dom: body.traces.dom.slice(0, CAP.markers),
    inline: body.traces.inline.slice(0, CAP.markers),
  };
  const empty = Object.values(traces).every((list) => !list.length);
  return empty ? undefined : traces;
}
