import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import type { FetchLike } from './fetch-page';

/** Where a static host finds a path: `/x/` is `x/index.html`; `/x` is `x.html` or `x/index.html`. */
export function staticFile(root: string, host: string, pathname: string): string | undefined {
  const base = resolve(root, host);
  if (!existsSync(base) || host.includes('/') || host.startsWith('.')) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const inside = (file: string) => {
    const full = normalize(join(base, file));
    return full.startsWith(`${base}/`) && existsSync(full) && statSync(full).isFile() ? full : undefined;
  };
  if (path.endsWith('/')) return inside(`${path}index.html`);
  return inside(`${path}.html`) ?? inside(`${path}/index.html`) ?? (/\.html?$/.test(path) ? inside(path) : undefined);
}

/**
 * A fetch that serves a folder of whole sites (`<root>/<host>/...`) the way a static host serves them, for the site
 * evaluation and the tests: a missing page is a 404, a host not in the folder cannot be reached. `requests` lists
 * every address asked for, in order.
 */
export function folderFetch(root: string): { fetch: FetchLike; requests: string[] } {
  const requests: string[] = [];
  const fetch: FetchLike = async (address) => {
    requests.push(address);
    const url = new URL(address);
    if (!existsSync(resolve(root, url.hostname))) throw new TypeError('fetch failed');
    const file = staticFile(root, url.hostname, url.pathname);
    if (!file) return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain' } });
    return new Response(readFileSync(file), { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
  };
  return { fetch, requests };
}
