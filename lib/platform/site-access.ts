import { browser } from 'wxt/browser';
import { ALL_SITES, CONTENT_SCRIPT_MATCHES } from './hosts';
import { serviceHosts } from './service-hosts';

export { ALL_SITES };

/** The host permission for the site a page is on: its scheme and host name, any port and path. Web pages only. */
export function sitePattern(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    if ((protocol !== 'http:' && protocol !== 'https:') || !hostname) return undefined;
    return `${protocol}//${hostname}/*`;
  } catch {
    return undefined;
  }
}

/**
 * The sites the user granted (optional host permissions), sorted; the browser's list also holds the sites the
 * manifest always has, which are not the user's to revoke here, and the hosts of service connections (`services`,
 * lib/platform/service-hosts.ts), which are no sites to read.
 */
export function grantedSites(
  origins: readonly string[] | undefined,
  services: ReadonlySet<string> = new Set(),
): string[] {
  const always = new Set(CONTENT_SCRIPT_MATCHES);
  return [...new Set(origins ?? [])].filter((origin) => !always.has(origin) && !services.has(origin)).sort();
}

/** How a granted site reads in the panel: `example.com`, `http://intranet.local`, or "All sites". */
export function siteLabel(pattern: string): string {
  if (pattern === ALL_SITES || pattern === '<all_urls>') return 'All sites';
  const match = /^(\*|https?):\/\/([^/]+)\/\*?$/.exec(pattern);
  if (!match) return pattern;
  const [, scheme, host = pattern] = match;
  return scheme === 'https' || scheme === '*' ? host : `${scheme}://${host}`;
}

/** The sites granted now for reading. */
export async function listGrantedSites(): Promise<string[]> {
  const [all, services] = await Promise.all([browser.permissions.getAll(), serviceHosts()]);
  return grantedSites(all.origins, services);
}

/**
 * Asks the browser for host access; it shows its own prompt. Must be called synchronously from the click handler of
 * an extension page: the request needs the user's gesture, which an `await` before it (or a hop through the
 * background) would lose. Resolves false when the user declines.
 */
export function requestSites(origins: string[]): Promise<boolean> {
  return browser.permissions.request({ origins });
}

/** Revokes a granted site; the content script stops being registered for it (see registered-scripts.ts). */
export function removeSite(origin: string): Promise<boolean> {
  return browser.permissions.remove({ origins: [origin] });
}

interface HostAccessRequests {
  addHostAccessRequest?: (request: { tabId: number }) => Promise<void>;
}

/**
 * Chrome (133+) hides a tab's address from an extension without access to it, so "this site" cannot be named in a
 * request. Chrome's own answer: the extension asks for access to whatever the tab shows, and Chrome offers "Allow"
 * in its toolbar's extensions menu. Returns false where the browser has no such request (Firefox).
 */
export async function requestTabSiteInToolbar(tabId: number): Promise<boolean> {
  const permissions = (globalThis as { chrome?: { permissions?: HostAccessRequests } }).chrome?.permissions;
  if (!permissions?.addHostAccessRequest) return false;
  await permissions.addHostAccessRequest({ tabId });
  return true;
}
