import { browser } from 'wxt/browser';

/**
 * Whether ICP Lens may fetch an address: research fetches from the background, which reads an answer only from a
 * host it holds access to (the manifest's hosts, a granted site, all sites). A request to another host is still sent
 * by the browser, with only its answer hidden, so access is checked before every request, never inferred from a
 * failure.
 */
export type AccessCheck = (url: string) => Promise<boolean>;

function originPattern(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.hostname}/*` : undefined;
  } catch {
    return undefined;
  }
}

/** Host access held for good: the manifest's hosts or a site the user granted. */
export async function hasHostAccess(url: string): Promise<boolean> {
  const origins = originPattern(url);
  if (!origins) return false;
  try {
    return await browser.permissions.contains({ origins: [origins] });
  } catch {
    return false;
  }
}

/**
 * Whether the tab's page can be read right now, and at which origin: true after a toolbar click (activeTab) or on a
 * granted site. Chromium lets the background fetch from the origin of a tab it holds activeTab for, and only that
 * origin (checked in real Chromium: test/e2e/research.spec.ts); asking the tab costs the site nothing.
 */
export async function tabOrigin(tabId: number): Promise<string | undefined> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: () => location.origin });
    return typeof result?.result === 'string' ? result.result : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What research on a tab's site may fetch: a granted host, or the tab's own origin while activeTab holds. Undefined
 * when it may fetch nothing of `url`'s site yet.
 */
export async function accessFor(tabId: number, url: string): Promise<AccessCheck | undefined> {
  if (await hasHostAccess(url)) return hasHostAccess;
  const origin = await tabOrigin(tabId);
  let pageOrigin: string | undefined;
  try {
    pageOrigin = new URL(url).origin;
  } catch {
    return undefined;
  }
  if (!origin || origin !== pageOrigin) return undefined;
  return async (address) => {
    try {
      return new URL(address).origin === origin || (await hasHostAccess(address));
    } catch {
      return false;
    }
  };
}
