/**
 * A capped sample of a page's text: what the content script sends for the background to derive text facts from
 * (imprint, founding year, headcount, industry group; lib/extract/text/derive.ts), so the rules and keyword tables
 * stay out of the page. Plain data, capped both when collected (lib/extract/sample.ts) and when validated
 * (lib/signals/schema.ts); never stored.
 */
export interface PageSample {
  /** Visible text: the page's head and tail (where imprints, footers and copyright lines are), capped. */
  text: string;
  /** Title, meta and OpenGraph descriptions and keywords: what the page says it is about. */
  about: string;
  /** The footer's text: on a case study, where the vendor speaks of itself while the page tells its customer's story. */
  footer?: string;
  /** h1 and h2 texts. */
  headings: string;
  /** schema.org types of the page's JSON-LD and microdata. */
  types: string[];
  /** `og:type`, lower case, when the page states one. */
  ogType?: string;
  /** The page has Google News keywords: only publishers write them. */
  newsKeywords?: boolean;
  /** og:site_name as written: with the domain, the brand a copyright owner must spell. */
  siteName?: string;
  /** `<html lang>`. */
  lang?: string;
  /** `tel:` links (weak country evidence). */
  tels: string[];
  /** Product-site markers among the links (sign-in to the app, docs, status page...; lib/extract/text/product.ts). */
  product?: string[];
  /** The page links to its own site's basket or checkout: the site sells online. */
  shop?: boolean;
  /** A posting on a job board no list knows (lib/extract/text/board-employer.ts): the site is not the employer. */
  posting?: boolean;
}

export const SAMPLE_LIMITS = {
  textHead: 16_000,
  textTail: 6_000,
  siteName: 200,
  text: 22_100,
  about: 2_000,
  footer: 4_000,
  headings: 2_000,
  types: 20,
  type: 80,
  tels: 10,
  tel: 40,
  short: 40,
  product: 8,
} as const;
