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
