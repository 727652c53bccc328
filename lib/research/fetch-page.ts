import { registrableDomain } from '../signals/identity';
import { RESEARCH_LIMITS } from './limits';

/** How fetching one page ended, in terms the panel and the queue can show. */
export type FetchOutcome =
  | { ok: true; url: string; html: string; truncated: boolean }
  | { ok: false; url: string; reason: FetchFailure; status?: number };

export type FetchFailure =
  | 'off-site' // the address, or a redirect, leads to another domain: never requested
  | 'not-found' // 404 and 410
  | 'http-error' // any other status outside 2xx
  | 'not-html' // the answer is not a web page
  | 'timeout'
  | 'unreachable' // the network failed (no such host, refused, TLS, CORS without access)
  | 'redirect-unknown' // the browser hid where a redirect leads, and no same-site variant of the address answered
  | 'too-many-redirects'
  | 'no-access'; // ICP Lens may not read that host: never requested

/** What failed, in words. */
export const FAILURE_WORDS: Record<FetchFailure, string> = {
  'off-site': 'leads to another site, not read',
  'not-found': 'not found',
  'http-error': 'the site answered with an error',
  'not-html': 'not a web page',
  timeout: 'no answer in time',
  unreachable: 'could not be reached',
  'redirect-unknown': 'redirects somewhere the browser does not say',
  'too-many-redirects': 'redirects too often',
  'no-access': 'ICP Lens may not read that address',
};

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export interface FetchOptions {
  /** The registrable domain every request must stay on. */
  site: string;
  fetch?: FetchLike;
  timeoutMs?: number;
  maxBytes?: number;
  /** What the answer must be: a web page (default), or the plain text of robots.txt. */
  accept?: 'html' | 'text';
  /**
   * Whether ICP Lens may read an address (host access). Checked before every request, redirects and variants
   * included: a request without access is still sent by the browser, only its answer is hidden.
   */
  allowed?: (url: string) => boolean | Promise<boolean>;
  /** Called before every request, redirects included: rate limiting and the record of what was fetched. */
  beforeRequest?: (url: string) => Promise<void> | void;
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;

function onSite(url: URL, site: string): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && registrableDomain(url.hostname) === site;
}

/**
 * Where else the same page may answer when the browser hides a redirect's target: the path with its trailing slash
 * toggled (`/about` -> `/about/`, what static hosts redirect to), then the host with `www.` toggled. All on the same
 * registrable domain by construction.
 */
export function sameSiteVariants(url: URL): URL[] {
  const slash = new URL(url.href);
  if (slash.pathname.endsWith('/') && slash.pathname !== '/') slash.pathname = slash.pathname.replace(/\/+$/, '');
  else if (!slash.pathname.endsWith('/') && !/\.[a-z0-9]{2,5}$/i.test(slash.pathname)) slash.pathname += '/';
  const www = new URL(url.href);
  www.hostname = www.hostname.startsWith('www.') ? www.hostname.slice(4) : `www.${www.hostname}`;
  return [slash, www].filter((u) => u.href !== url.href);
}

/**
 * Fetches one page of the company's own site the way research may (DESIGN.md "Research"): no cookies or other
 * credentials (`credentials: 'omit'`), no referrer, a timeout, the body streamed and cut at a size cap, web pages
 * only, redirects followed only within the registrable domain.
 *
 * Redirects are never followed by the browser (`redirect: 'manual'`): a followed redirect would already have
 * requested the other domain by the time its answer could be checked. Where the redirect's target is readable (a
 * `Location` header: Node, tests) it is followed when it stays on the domain; in a browser it is not readable (fetch
 * returns an opaque redirect, by the Fetch standard), so the same page is asked for at its same-site variants: the
 * trailing slash toggled (`/about` -> `/about/`, most redirects on a site), then `www.` toggled. A redirect to
 * another domain is therefore never followed, at the cost of a page whose redirect goes elsewhere on the site.
 */
export async function fetchPage(address: string, options: FetchOptions): Promise<FetchOutcome> {
  const fetcher = options.fetch ?? ((u, i) => globalThis.fetch(u, i));
  const timeoutMs = options.timeoutMs ?? RESEARCH_LIMITS.timeoutMs;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { ok: false, url: address, reason: 'off-site' };
  }
  if (!onSite(url, options.site) || url.username || url.password)
    return { ok: false, url: address, reason: 'off-site' };
  const queue: URL[] = [url];
  const seen = new Set<string>();
  let variantsTried = false;
  let hops = 0;
  while (queue.length) {
    const current = queue.shift() as URL;
    if (seen.has(current.href)) continue;
    seen.add(current.href);
    if (options.allowed && !(await options.allowed(current.href))) {
      if (current === url) return { ok: false, url: address, reason: 'no-access' };
      continue;
    }
    await options.beforeRequest?.(current.href);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const response = await fetcher(current.href, {
        credentials: 'omit',
        redirect: 'manual',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        signal: controller.signal,
        headers: { accept: options.accept === 'text' ? 'text/plain' : 'text/html,application/xhtml+xml' },
      });
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
        await response.body?.cancel().catch(() => undefined);
        if (++hops > RESEARCH_LIMITS.maxRedirects) return { ok: false, url: address, reason: 'too-many-redirects' };
        const location = response.headers.get('location');
        if (location) {
          const target = safeUrl(location, current);
          if (!target || !onSite(target, options.site)) return { ok: false, url: address, reason: 'off-site' };
          if (seen.has(target.href)) return { ok: false, url: address, reason: 'too-many-redirects' };
          queue.unshift(target);
        } else if (!variantsTried) {
          variantsTried = true;
          queue.push(...sameSiteVariants(url));
        }
        if (!queue.length) return { ok: false, url: address, reason: 'redirect-unknown' };
        continue;
      }
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, url: current.href, reason: 'not-found', status: response.status };
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, url: current.href, reason: 'http-error', status: response.status };
      }
      const type = response.headers.get('content-type') ?? '';
      const wanted = options.accept === 'text' ? /^text\/plain\b/i.test(type) || !type : HTML_TYPES.test(type);
      if (!wanted) {
        await response.body?.cancel().catch(() => undefined);
        return { ok: false, url: current.href, reason: 'not-html' };
      }
      const { text, truncated } = await readCapped(response, options.maxBytes ?? RESEARCH_LIMITS.maxBytes);
      return { ok: true, url: current.href, html: text, truncated };
    } catch {
      return { ok: false, url: current.href, reason: controller.signal.aborted ? 'timeout' : 'unreachable' };
    } finally {
      clearTimeout(timer);
    }
  }
  return { ok: false, url: address, reason: 'redirect-unknown' };
}

function safeUrl(raw: string, base: URL): URL | undefined {
  try {
    return new URL(raw, base);
  } catch {
    return undefined;
  }
}

/** The body up to `maxBytes`, decoded as UTF-8 (or the charset the answer names); the rest is never downloaded. */
async function readCapped(response: Response, maxBytes: number): Promise<{ text: string; truncated: boolean }> {
  const charset = /charset=["']?([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  const reader = response.body?.getReader();
  if (!reader) return { text: '', truncated: false };
  const parts: string[] = [];
  let bytes = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = maxBytes - bytes;
    if (value.byteLength >= room) {
      parts.push(decoder.decode(value.subarray(0, room), { stream: true }));
      truncated = value.byteLength > room || !(await isDone(reader));
      break;
    }
    bytes += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  if (truncated) await reader.cancel().catch(() => undefined);
  return { text: parts.join(''), truncated };
}

/** Whether the stream has ended right at the cap; otherwise the page was longer. */
async function isDone(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<boolean> {
  const { done } = await reader.read();
  return done;
}
