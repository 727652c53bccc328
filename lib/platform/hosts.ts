/**
 * Sites ICP Lens reads without being asked: the profile sites sellers prospect on, plus, in the development build
 * only, local pages (the bundled demo page that `npm start` serves, and local test sites; wxt.config.ts). Any other
 * site is read on demand (toolbar button, context menu) through `activeTab`, or once the user grants it from the
 * panel (optional host permissions).
 */
export const PROFILE_SITE_MATCHES = [
  'https://www.linkedin.com/*',
  'https://www.crunchbase.com/*',
  'https://*.wikipedia.org/*',
  'https://github.com/*',
];
export const LOCAL_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

/** The sites the manifest always grants, with or without the local pages. */
export function alwaysMatches(localHosts: boolean): string[] {
  return [...PROFILE_SITE_MATCHES, ...(localHosts ? LOCAL_MATCHES : [])];
}

// Replaced at build time (wxt.config.ts); undefined where nothing replaces it (unit tests, Node scripts).
declare const __ICP_LENS_LOCAL_HOSTS__: boolean | undefined;
const LOCAL_HOSTS = typeof __ICP_LENS_LOCAL_HOSTS__ !== 'undefined' && __ICP_LENS_LOCAL_HOSTS__ === true;
/** What this build's manifest grants and its content script matches. */
export const CONTENT_SCRIPT_MATCHES = alwaysMatches(LOCAL_HOSTS);

/**
 * Every web site, as one optional host permission: "Allow on all sites". Narrower than `<all_urls>` on purpose: web
 * pages over http and https, never local files or other schemes. Per-site grants are subsets of it.
 */
export const ALL_SITES = '*://*/*';

/** The built content script (WXT's output path for entrypoints/content.ts), injected on demand or registered. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
