/** Categories as sellers read them; a fingerprint has exactly one. */
export const TECH_CATEGORIES = [
  'CRM',
  'Marketing automation',
  'Sales intelligence',
  'Analytics',
  'Session replay',
  'Tag managers',
  'Advertising',
  'Live chat',
  'Customer support',
  'Scheduling',
  'ATS',
  'CDP',
  'A/B testing',
  'Digital adoption',
  'Consent management',
  'CMS',
  'Page builders',
  'WordPress plugins',
  'E-commerce',
  'Payments',
  'Hosting',
  'CDN',
  'JavaScript frameworks',
  'Static site generators',
  'UI frameworks',
  'JavaScript libraries',
  'Fonts',
  'Monitoring',
  'Video',
  'Forms',
  'Reviews',
  'Search',
  'Security',
  'Maps',
  'SEO',
] as const;
export type TechCategory = (typeof TECH_CATEGORIES)[number];

/**
 * One technology and the traces it leaves in a page's source, never in its text. Strong indicators prove it alone;
 * weak ones need a second indicator of the same technology.
 * - `hosts` (strong): the vendor's own hosts of scripts, iframes, stylesheets, preloads and form actions, matched as
 *   a host suffix; `host/prefix` also requires the path to start with `/prefix`, `host/*part` to contain `part`.
 *   Found only as a URL inside an inline script, a host with a path stays strong (a loader snippet), a bare one is weak.
 *   An image or link from it is weak, unless the host is written `!host`: one that serves only its customers' own
 *   content (a headless CMS's asset host).
 * - `paths`: asset paths on any host, `/prefix` or `*part`; weak unless written `!/prefix` or `!*part`.
 * - `files` (strong): patterns of the file name (the path's last segment, lower case) of the technology's own build,
 *   on any host: a page loads `jquery-3.6.0.min.js` or `bootstrap.bundle.min.js` only to run that library, wherever
 *   it is copied. For names no other project ships; a name an app may give its own code stays a weak `paths` rule.
 * - `generator` (strong): pattern of `<meta name="generator">`.
 * - `dom`: CSS selectors of markers the technology writes into the DOM; weak unless written `!selector`.
 * - `inline` (weak): substrings of inline scripts (globals, init calls).
 * - `anchors` (strong): hosts whose links are the company's own instance (an ATS job board).
 */
export interface Fingerprint {
  name: string;
  /** Other names the product goes by ("TYPO3" for TYPO3 CMS, "Nuxt" for Nuxt.js), for matching what others call it. */
  aliases?: string[];
  category: TechCategory;
  hosts?: string[];
  paths?: string[];
  files?: RegExp[];
  generator?: RegExp;
  dom?: string[];
  inline?: string[];
  anchors?: string[];
}
