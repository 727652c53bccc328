/**
 * Second-level labels under which country-code registries sell names (`acme.co.uk`, `acme.com.au`, `acme.or.jp`).
 * A short list instead of the public suffix list: the content script only compares sites within one page, and the
 * full list (tldts, 130 KB) would triple its bundle. The background turns this into the authoritative registrable
 * domain with tldts (lib/signals/normalize.ts).
 */
const CC_SECOND_LEVEL = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'gob',
  'go',
  'gov',
  'gv',
  'ltd',
  'me',
  'mil',
  'ne',
  'net',
  'nic',
  'nom',
  'or',
  'org',
  'plc',
  'sch',
  'info',
  'biz',
  'ind',
  'firm',
  'gen',
  'web',
]);

/**
 * The site a URL or host belongs to, close to its registrable domain: `https://shop.acme.co.uk/x` -> `acme.co.uk`.
 * Undefined for IP addresses, single-label hosts (localhost) and anything that is not a host name.
 */
export function siteKey(urlOrHost: string | undefined): string | undefined {
  if (!urlOrHost) return undefined;
  let host: string;
  try {
    host = urlOrHost.includes('/') ? new URL(urlOrHost).hostname : urlOrHost;
  } catch {
    return undefined;
  }
  host = host.toLowerCase().replace(/\.$/, '');
  if (!/^[a-z0-9.-]+$/.test(host) || /^[\d.]+$/.test(host) || host.includes('..')) return undefined;
  const labels = host.split('.');
  if (labels.length < 2) return undefined;
  const tld = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const keep = tld.length === 2 && CC_SECOND_LEVEL.has(second) && labels.length >= 3 ? 3 : 2;
  const key = labels.slice(-keep).join('.');
  return key.length >= 3 && key.length <= 253 ? key : undefined;
}
