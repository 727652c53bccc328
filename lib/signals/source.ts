import type { PeopleCard } from './people-source';
import type { Address, CompanySignals, Fact, PersonSignals } from './schema';
import type { PageTraces } from './traces';

/**
 * What the content script reads off a page: the page's own material, read with as few DOM calls as it can, and no
 * interpretation. The background turns it into signals (lib/extract/index.ts `interpretPage`): every rule, pattern
 * and parser runs there, in a long-lived worker whose code is warm, instead of in each page the user opens, where
 * the content script's code runs once and cold. Plain data, capped here when collected (lib/extract/collect) and
 * when validated (lib/signals/source-schema.ts), so the message stays under `LIMITS.messageBytes`.
 *
 * Only two readers interpret in the page, because they need the DOM's nesting: a site adapter (LinkedIn, GitHub...)
 * and microdata. Their facts travel as they are and are validated field by field like any page's.
 */
export interface PageSource {
  url: string;
  extractedAt: number;
  /** `document.title`. */
  title: string;
  /** `<html lang>`. */
  lang?: string;
  /** A site adapter's facts (lib/extract/sites), when one matches the URL. */
  site?: { company?: SourceCompany; person?: PersonSignals; about?: ProfileText };
  /** The microdata layer's facts (lib/extract/microdata.ts), its addresses read in full (lib/extract/region-codes.ts). */
  microdata?: CompanySignals;
  /** Texts of `script[type="application/ld+json"]`, in order; null for a block too large to send. */
  jsonLd: Array<string | null>;
  /** `<meta>` tags with content: the attribute that names them (`property` or `name`), the name as written, content. */
  metas: Array<{ attr: 'name' | 'property'; key: string; content: string }>;
  /** `link[rel=canonical]` href. */
  canonical?: string;
  /** h-card and hCard microformats, each card's properties by name (lib/extract/collect/cards.ts). */
  cards?: Card[];
  /** People the page lists as the company's (lib/extract/people): team sections, a LinkedIn company page's people. */
  people?: PeopleCard[];
  /** What only a company site gives; absent on a platform page (LinkedIn, GitHub...), whose chrome is the platform's. */
  body?: BodySource;
}

/**
 * An HQ as a site adapter sends it: the parts it read, or the location as the page prints it, for the background to
 * read with its region tables (lib/extract/address-draft.ts `resolveCompany`), which are too large for the content
 * script. Never stored: interpretPage turns it into an `Address` before the layers are merged.
 */
export interface AddressDraft extends Address {
  /** A one-line location as the page prints it ("Bristol, England"), at most `SOURCE_LIMITS.locationLine` long. */
  line?: string;
  /** The region names the country when no part does (LinkedIn's hCard: "Austin", "TX"); filled in the background. */
  countryFromRegion?: true;
}

/**
 * What a profile's owner wrote about itself on a platform page (a GitHub organization's profile README): its text and
 * links, as `[href, label]`, for the background's text rules. The rest of a platform page is the platform's.
 */
export interface ProfileText {
  text: string;
  links: Array<[href: string, label: string]>;
}

/** A site adapter's company facts as the content script sends them: the HQ may still be a draft. */
export type SourceCompany = Omit<CompanySignals, 'hq'> & { hq?: Fact<AddressDraft> };

export interface BodySource {
  /** `body.innerText`, head and tail. */
  text: string;
  /** `a[href]` hrefs in document order, tabs and line breaks removed; an oversized href is empty. */
  hrefs: string[];
  /** Text of the navigation and footer links (the first and last links), by index into `hrefs`. */
  labels: Array<[index: number, text: string]>;
  /** Indices of links to a social site that sit in a header, footer or navigation. */
  chromeSocial: number[];
  /** Labels of buttons, submit inputs and ARIA buttons. */
  controls: string[];
  /** Text of the footer (`footer`, `[role=contentinfo]`), head and tail. */
  footer: string;
  /** Text of articles, read only when the visible text names a compliance standard. */
  article: string;
  /** Words (alt, title, aria-label, src) of images and icons that name a compliance standard. */
  badges: string;
  /** h1 and h2 texts, one per line. */
  headings: string;
  /** `itemtype` values of typed elements. */
  itemTypes: string[];
  /** Titles of JobPosting microdata items. */
  jobTitles: string[];
  /** Resources: raw URL of scripts, iframes, links, forms and embeds; `strong` unless a preconnect hint. */
  resources: Array<{ url: string; strong: boolean }>;
  /** Technology traces read in the page: inline-code markers and URLs, and DOM markers. */
  traces: Pick<PageTraces, 'inline' | 'inlineUrls' | 'dom'>;
}

/**
 * Caps chosen so that even a page that fills all of them stays under the message cap once in JSON; a page past
 * `fitChars` in total is measured and trimmed (lib/extract/collect/fit.ts).
 */
/** The microformat card properties the content script reads, by the one name each goes by (h-card and hCard). */
export const CARD_KEYS = [
  'name',
  'given',
  'family',
  'org',
  'title',
  'role',
  'street',
  'locality',
  'region',
  'postalCode',
  'country',
  'label',
  'url',
  'email',
] as const;
export type CardKey = (typeof CARD_KEYS)[number];
/** One h-card or hCard: each property's first value as the page shows it. */
export type Card = Partial<Record<CardKey, string>>;

export const SOURCE_LIMITS = {
  title: 1_000,
  lang: 40,
  jsonLdBlocks: 50,
  /** All JSON-LD blocks together; a block past it is sent as null. */
  jsonLdChars: 48_000,
  metas: 40,
  cards: 8,
  cardValue: 300,
  metaKey: 100,
  metaContent: 1_000,
  hrefs: 3_000,
  /** All hrefs together: past it, links in the middle of the page are sent empty (navigation and footer stay). */
  hrefChars: 32_000,
  href: 2_048,
  labels: 200,
  label: 120,
  labelChars: 12_000,
  controls: 200,
  control: 120,
  controlChars: 8_000,
  footer: 8_000,
  article: 8_000,
  badges: 4_000,
  headings: 2_000,
  itemTypes: 24,
  itemType: 200,
  jobTitles: 500,
  jobTitle: 200,
  resources: 300,
  /** Scheme, host and path: the query is cut. */
  resource: 200,
  text: 22_100,
  /** A profile's own text (`ProfileText`) and its links. */
  profileText: 3_000,
  profileLinks: 40,
  /** A one-line location a site adapter sends (`AddressDraft.line`). */
  locationLine: 200,
  /** Past this many characters in all, the collector measures the JSON and trims. */
  fitChars: 90_000,
} as const;
