/**
 * Where Salesforce orgs live. Kept apart from connection.ts so the manifest (built in Node) imports no browser code.
 * Every org has a My Domain address (`https://<name>.my.salesforce.com`, sandboxes `…sandbox.my.salesforce.com`), and
 * Government Cloud Plus orgs are under salesforce.mil: the optional host permissions cover both, and connecting asks
 * for the one org's address only.
 */
export const SALESFORCE_HOST_MATCHES = ['https://*.salesforce.com/*', 'https://*.salesforce.mil/*'];
const SUFFIXES = ['.salesforce.com', '.salesforce.mil'];

/** The REST API version ICP Lens speaks (Spring '25): every call names it, so a newer org answers the same way. */
export const API_VERSION = 'v63.0';
export const DATA = `/services/data/${API_VERSION}`;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * An org's address from what the user typed ("acme.my.salesforce.com", "https://acme.my.salesforce.com/lightning"):
 * its origin, or undefined when it is not a Salesforce address. `allowLoopback` is for the tests' local Salesforce.
 */
export function orgOrigin(text: string, allowLoopback = false): string | undefined {
  const trimmed = text.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return undefined;
  }
  if (url.username || url.password) return undefined;
  if (url.protocol === 'https:' && SUFFIXES.some((s) => url.hostname.endsWith(s))) return url.origin;
  if (allowLoopback && url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return url.origin;
  return undefined;
}

/** The host permission for one org, asked for when the user connects. */
export const originPattern = (origin: string) => `${new URL(origin).origin}/*`;
