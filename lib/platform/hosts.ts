/**
 * Sites ICP Lens reads without being asked: the profile sites sellers prospect on, plus local pages (the bundled demo
 * page that `npm start` serves, and local test sites). Any other site is read on demand (toolbar button, context
 * menu) through `activeTab`, or once the user grants it from the panel (optional host permissions).
 */
export const PROFILE_SITE_MATCHES = [
  'https://www.linkedin.com/*',
  'https://www.crunchbase.com/*',
  'https://*.wikipedia.org/*',
  'https://github.com/*',
];
export const LOCAL_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
export const CONTENT_SCRIPT_MATCHES = [...PROFILE_SITE_MATCHES, ...LOCAL_MATCHES];

/**
 * Every web site, as one optional host permission: "Allow on all sites". Narrower than `<all_urls>` on purpose: web
 * pages over http and https, never local files or other schemes. Per-site grants are subsets of it.
 */
export const ALL_SITES = '*://*/*';

/** The built content script (WXT's output path for entrypoints/content.ts), injected on demand or registered. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';
