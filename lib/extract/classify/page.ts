import type { IndustryGroup } from '../../signals/enums';
import type { PageSample } from '../../signals/sample';
import { isCompanyOwnPage, isServicePage } from '../own-page';
import { bareType, isStoryType } from '../page-type';
import { withoutBoilerplate } from '../text/credits';
import { industryGroup } from './industry';
import { FOOD_AND_DRINK, KEYWORDS } from './keywords';
import { AR_RU_KEYWORDS } from './keywords-ar-ru';
import { CJK_KEYWORDS } from './keywords-cjk';
import { EL_HE_KEYWORDS } from './keywords-el-he';
import { TH_KEYWORDS, THAI_SCRIPT, withoutThaiMarkets } from './keywords-th';
import {
  foldAccents,
  foldScript,
  normalizeText,
  OWN_SCRIPTS,
  scriptPattern,
  withoutCjkMarkets,
  withoutMarkets,
} from './normalize';
import { claimsSoftwareProduct } from './product-claim';
import { groupOfType } from './schema-types';
import { languageTerms, TERMS } from './terms';

export interface PageIndustry {
  group: IndustryGroup;
  confidence: number;
  /** `schema-type` for a schema.org type, `product-site` for a software maker's links, `page-text` for keywords. */
  via: 'schema-type' | 'product-site' | 'page-text';
}

// The body text counts from its first KB only: the tail is footers and link lists every site has.
const MAX_BODY = 8_000;
// Distinct words of a group counted per source.
const MAX_HITS = 8;
// Where the page says what the organization is counts more than a paragraph halfway down.
const WEIGHTS = { about: 3, heading: 2, body: 1 } as const;
const MIN_SCORE = 8;
const MARGIN = 1.4;
// A product-site marker (lib/extract/text/product.ts) weighs as a strong word in the title; one alone is not
// enough (a shop links its app, an IT firm its status page), so they count from two distinct markers up.
const PRODUCT_POINTS = 6;
const SHOP_POINTS = 6;
// A sentence where the company says it builds software weighs as a strong word in the title.
const CLAIM_POINTS = 6;
const MIN_MARKERS = 2;
const MAX_MARKERS = 4;
// A blog post is about its subject: only its title, descriptions and headings say who publishes it. `Article` alone
// is not one: CMSs and news sites mark home and section pages so.
const ARTICLE_TYPES = new Set(['blogposting', 'techarticle']);
// OpenGraph's object types that name what a site is (https://ogp.me/#types), with the older Facebook types that
// sites set years ago and never changed (`hotel`, `non_profit`, `university`); `website`, `article`, `product`,
// `company` and `profile` do not.
const OG_TYPES: Array<[RegExp, IndustryGroup]> = [
  [
    /^(?:music|video\.(?:movie|episode|tv_show)|books?|band|musician|album|song|movie|tv_show|author)\b/,
    'media-publishing',
  ],
  [/^(?:restaurant|hotel|bar|cafe|sports_league|sports_team)\b/, 'hospitality-travel'],
  [/^(?:non_profit|cause|government|politician)\b/, 'government-nonprofit'],
  [/^(?:school|university)\b/, 'education'],
];

/**
 * The activity classification's terms of several words (./terms.ts: "commerce de détail", "Erziehung und
 * Unterricht") count as strong words of their group on a page too; its one-word terms ("conseil", "presse",
 * "Handel") are words every site uses, in one language or another.
 */
function classificationPhrases(group: IndustryGroup): string[] {
  const terms = TERMS.find((t) => t.group === group);
  if (!terms) return [];
  return languageTerms(terms).flatMap((list) => list.split('|').filter((t) => t.includes(' ')));
}

const TIERS = KEYWORDS.map(([group, strong, weak]) => ({
  group,
  strong: new RegExp(`\\b(?:${[strong, ...classificationPhrases(group)].join('|')})\\b`, 'g'),
  weak: new RegExp(`\\b(?:${weak})\\b`, 'g'),
}));

// Greek, Hebrew, Arabic and Russian, which the Latin normalization drops, in the same two tiers on their own folding
// (./normalize.ts); each script's stems only ever match its own letters, so one pattern per group and tier holds all.
const SCRIPT_TIERS = (Object.entries(EL_HE_KEYWORDS) as Array<[IndustryGroup, [string, string]]>).map(
  ([group, [strong, weak]]) => {
    const [arRuStrong, arRuWeak] = AR_RU_KEYWORDS[group] ?? [];
    return {
      group,
      strong: scriptPattern([strong, arRuStrong].filter(Boolean).join('|')),
      weak: scriptPattern([weak, arRuWeak].filter(Boolean).join('|')),
    };
  },
);

// Korean and Chinese as they stand, without word boundaries: words run together or carry particles.
const CJK_SCRIPT = /[\p{Script=Han}\p{Script=Hangul}]/u;
const CJK_TIERS = (Object.entries(CJK_KEYWORDS) as Array<[IndustryGroup, [string, string]]>).map(
  ([group, [strong, weak]]) => ({ group, strong: new RegExp(strong, 'g'), weak: new RegExp(weak, 'g') }),
);

// Thai the same way (./keywords-th.ts): no spaces between its words either.
const TH_TIERS = (Object.entries(TH_KEYWORDS) as Array<[IndustryGroup, [string, string]]>).map(
  ([group, [strong, weak]]) => ({ group, strong: new RegExp(strong, 'gu'), weak: new RegExp(weak, 'gu') }),
);

/** One group from the schema.org types, when the mapped types agree. */
function fromTypes(types: string[]): IndustryGroup | undefined {
  const groups = new Set<IndustryGroup>();
  for (const type of types) {
    const group = groupOfType(type);
    if (group) groups.add(group);
  }
  return groups.size === 1 ? [...groups][0] : undefined;
}

function distinct(text: string, pattern: RegExp): number {
  const seen = new Set<string>();
  for (const m of text.matchAll(pattern)) {
    seen.add(m[0]);
    if (seen.size >= MAX_HITS) break;
  }
  return seen.size;
}

/**
 * Keyword score per group in one source: distinct strong words count 2, distinct weak words 1, capped. Distinct,
 * because a nav menu repeating "Cloud" ten times says less than ten different words of one trade.
 */
function scoreInto(scores: Map<IndustryGroup, number>, text: string, weight: number, coop = false): void {
  // "Software for hospitals": the market's words are not the trade's.
  if (OWN_SCRIPTS.test(text)) addHits(scores, foldScript(text), SCRIPT_TIERS, weight);
  if (CJK_SCRIPT.test(text)) addHits(scores, withoutCjkMarkets(text), CJK_TIERS, weight);
  if (THAI_SCRIPT.test(text)) addHits(scores, withoutThaiMarkets(text), TH_TIERS, weight);
  const t = withoutMarkets(normalizeText(text)).replace(SITE_PUBLISHER, ' ');
  if (!t) return;
  addHits(scores, coop ? t.replace(MEMBER_WORDS, ' ') : t, TIERS, weight);
}

// An imprint names who publishes the site, as the law asks of every company ("Publisher of this website", "Directeur
// de la publication", "Herausgeber dieser Website"): the legal notice's words, not a publishing trade.
const SITE_PUBLISHER =
  /\b(?:(?:this|the) (?:web ?site|site) is published by|publisher of (?:this|the) (?:web ?site|site)|(?:web ?site|site) publisher|director of (?:the )?publication|publication director|directeur(?:rice)? de (?:la )?publication|responsable de (?:la )?publication|editeur du site|herausgeber (?:dieser|der) (?:website|webseite|internetseite|homepage)|uitgever van deze website|editore del sito|responsabile della pubblicazione)\b/g;

// A cooperative's title or description: "Obstgenossenschaft", "cooperativa agricola", "andelsselskab", "osuuskunta".
const COOPERATIVE =
  /\b(?:\w{0,20}genossenschaft\w{0,6}|co ?operatives?|cooperativ[ae]s?|cooperatieve?|cooperatie|andelsselskab\w{0,6}|andelsforening\w{0,6}|osuuskunta\w{0,6}|ekonomisk forening|samvirke\w{0,6}|spoldzielni\w{0,6}|druzstvo)\b/;
// A cooperative's members are its owners, farmers or shops, not a nonprofit's: their words are no civic word there.
const MEMBER_WORDS =
  /\b(?:mitglied\w{0,6}|members?|membership|soci|socios|medlem\w{0,6}|jasen\w{0,6}|leden|czlonk\w{0,6}|adherents?)\b/g;

/** The page's title and descriptions name the organization a cooperative (COOPERATIVE). */
function isCooperative(sample: PageSample): boolean {
  return COOPERATIVE.test(normalizeText(sample.about.slice(0, MAX_SECTION)));
}

// "fabricantes de muebles de madera", "fabricante de malhas e vestuário", "manufacturer of office furniture",
// "Hersteller von Möbeln": the goods a maker names are what it makes, not what a shop sells, and no word of retail.
// Food and drink stay: their makers are filed with retail (./keywords.ts FOOD_AND_DRINK). Growers' "productores" are
// no makers.
const MADE_GOODS =
  /\b(?:fabricantes?|manufacturers?|makers?|fabricants?|hersteller|fabbricant[ei]|produttor[ei])\s+(?:de|of|von|di|do|da|dos|das|del|des|d)\s+([a-z]+(?:\s+(?:e|y|and|et|und|ed|i|de|di|da|do|em|en|in)\s+[a-z]+){0,3})/g;
const FOOD_WORD = new RegExp(`\\b(?:${FOOD_AND_DRINK})\\b`);

/** Normalized text without the goods a maker says it makes (MADE_GOODS), for retail's words. */
function withoutMadeGoods(t: string): string {
  return t.replace(MADE_GOODS, (phrase, goods: string) =>
    FOOD_WORD.test(goods) ? phrase : phrase.slice(0, phrase.length - goods.length),
  );
}

// "Coffee Processing Corp.", "we process the cherries at our own wet mill": a processor of coffee buys the crop and
// sells it green or roasted, and its coffee words (retail's, as a roaster's and a café's) are the goods it makes.
const COFFEE_PROCESSOR = /\b(?:(?:coffee|arabica|robusta) process(?:ing|ors?)|(?:coffee|our|own) wet mills?)\b/;
const COFFEE_WORDS = /\b(?:(?:specialty|green) )?coffee(?: (?:growers?|exporters?|farms?|roasting))?\b/g;

/** Normalized text without a coffee processor's coffee words (COFFEE_PROCESSOR), for retail's words. */
function withoutProcessedCrop(t: string): string {
  return COFFEE_PROCESSOR.test(t) ? t.replace(COFFEE_WORDS, ' ') : t;
}

// A cold store is a refrigerated warehouse (a processor's, a haulier's), no shop; food safety is the standard a food
// plant is certified to (BRCGS, IFS, FSSC 22000); "retail customers" are whom a maker or a bank sells to.
const NOT_A_SHOP = /\b(?:cold stores?|food safety|(?:retail|wholesale|foodservice) (?:customers|clients|buyers))\b/g;

function addHits(
  scores: Map<IndustryGroup, number>,
  t: string,
  tiers: ReadonlyArray<{ group: IndustryGroup; strong: RegExp; weak: RegExp }>,
  weight: number,
): void {
  const made = t.includes(' ') ? withoutProcessedCrop(withoutMadeGoods(t)).replace(NOT_A_SHOP, ' ') : t;
  for (const { group, strong, weak } of tiers) {
    const text = group === 'retail-consumer' ? made : t;
    const hits = Math.min(MAX_HITS * 2, distinct(text, strong) * 2 + distinct(text, weak));
    if (hits) scores.set(group, (scores.get(group) ?? 0) + hits * weight);
  }
}

/**
 * Software's points from what the site links to and offers: the product markers of its links, with the pricing page
 * and the free-trial call to action the commercial rules found (`offers`).
 */
function productPoints(sample: PageSample, offers: readonly string[]): number {
  const markers = productSet(sample, offers);
  return markers.size >= MIN_MARKERS ? Math.min(markers.size, MAX_MARKERS) * PRODUCT_POINTS : 0;
}

function productSet(sample: PageSample, offers: readonly string[]): Set<string> {
  return new Set([...(sample.product ?? []), ...offers]);
}

// What only a maker of software for businesses links to: a demo to book, developer docs, a status page, a changelog.
// A bank or a shop has an app, a sign-up and store badges too, never these.
const MAKER_MARKERS = ['demo', 'docs', 'status', 'changelog'];
const MAKER_MIN = 3;

/**
 * A site built like a software product (three markers or more, one of them a maker's own) is a software maker,
 * however many words of the trade it sells to it uses: software for restaurants talks of tables and covers.
 */
function isSoftwareMaker(sample: PageSample, offers: readonly string[]): boolean {
  const markers = productSet(sample, offers);
  return markers.size >= MAKER_MIN && MAKER_MARKERS.some((m) => markers.has(m));
}

/** The page is an article: OpenGraph or its schema.org types say so. */
export function isArticle(sample: PageSample): boolean {
  return sample.ogType === 'article' || isPost(sample);
}

/** The page's structured data says it is a post: CMSs mark every page an OpenGraph article, but not a BlogPosting. */
function isPost(sample: PageSample): boolean {
  return sample.types.some((t) => ARTICLE_TYPES.has(bareType(t)));
}

// A line that heads the company's own section, in the languages the classifiers know: "About us", "About Acme",
// "Über uns", "Wer wir sind", "Qui sommes-nous", "À propos de Acme", "Sobre nosotros", "Chi siamo", "Over ons"; not
// a job page's sections on the role and the reader ("About the role", "About you"); Icelandic "Um okkur", Estonian
// "Meist", Finnish "Meistä", Latvian "Par mums", Lithuanian "Apie mus".
const ABOUT_HEADING =
  /^(?:about (?!(?:this|the) (?:job|role|position|opportunity|team)|you\b)[^\n]{1,40}|who we are|our story|uber uns|wer wir sind|das unternehmen|qui sommes[ -]nous|a propos(?: de [^\n]{1,40})?|l entreprise|sobre nosotros|quienes somos|(?:sobre )?la empresa|acerca de [^\n]{1,40}|chi siamo|l azienda|over ons|wie zijn wij|sobre nos|quem somos|(?:sobre )?a empresa|om oss|om os|o nas|o firmie|um okkur|meist|meista|tietoa meista|par mums|par uznemumu|apie mus|apie imone)\s*[:?]?$/;
const MAX_SECTION = 1_200;
const MAX_SECTION_LINES = 12;

/**
 * The text under the first line that heads the company's own section, up to the next short line that reads like a
 * heading or MAX_SECTION characters: on a job page or a long home page the rest of the text is about a role or a
 * product, this part about the company.
 */
export function aboutSection(
  text: string,
  heads: (folded: string) => boolean = (folded) => ABOUT_HEADING.test(folded),
  limit = MAX_BODY,
): string {
  const lines = text.slice(0, limit).split('\n');
  for (let start = 0; start < lines.length; start++) {
    if (!heads(foldLine(lines[start] ?? ''))) continue;
    const section = sectionAfter(lines, start);
    // A menu's "About us" link has its own line too, followed by the next link: no section, read on.
    if (section) return section;
  }
  return '';
}

/** A short line without a full stop reads as a heading or a menu link ("Your tasks", "Was wir bieten", "Services"). */
const isShortLine = (line: string) => line.length < 40 && !/[.!?]$/.test(line);

/** The lines under `lines[start]` up to the next heading, when the first of them is text rather than another heading. */
function sectionAfter(lines: string[], start: number): string {
  const out: string[] = [];
  for (const line of lines.slice(start + 1, start + 1 + MAX_SECTION_LINES)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (isShortLine(trimmed)) {
      if (out.length) break;
      // "About Acme" then "Acme GmbH" then its text is fine; "About us" then "Services", "Contact" is a menu.
      if (trimmed.split(/\s+/).length <= 2) return '';
    }
    out.push(trimmed);
  }
  // "Um okkur" then "Störf hjá okkur", "Hafa samband": a menu's next link of three words, then another link, is no
  // section either; the heading over the text comes further down.
  if (out.every(isShortLine)) return '';
  return out.join(' ').slice(0, MAX_SECTION);
}

/** A line as the heading pattern reads it: trimmed, lower case, accents folded; a long line heads nothing. */
export function foldLine(line: string): string {
  const t = line.trim();
  return t.length > 60 ? '' : foldAccents(t).replace(/['’]/g, ' ');
}

/**
 * The page tells a story (a news article, a report, a post), as its structured data or a confirmed og:type `article`
 * (../page-type.ts) say: its text is about its subject, not about the site that publishes it. A bare `Article` (the
 * type Joomla's com_content and some WordPress themes give every page) or og:type on the site's home or about page
 * (isCompanyOwnPage) is the company speaking of itself; a news article, post or report type is a story anywhere.
 */
export function isStoryAt(sample: PageSample, url: string): boolean {
  const types = sample.types.filter(isStoryType).map(bareType);
  if (types.some((t) => t !== 'article')) return true;
  return (types.length > 0 || sample.ogType === 'article') && !isCompanyOwnPage(url) && !isServicePage(url);
}

/**
 * Keyword scores per group from the page's title and descriptions, headings and (unless `aboutOnly`) text, with
 * software's product-site points (`offers`: `pricing`, `trial`, see productPoints).
 */
export function pageScores(
  sample: PageSample,
  aboutOnly = false,
  offers: readonly string[] = [],
): Array<[IndustryGroup, number]> {
  const scores = new Map<IndustryGroup, number>();
  const coop = isCooperative(sample);
  scoreInto(scores, sample.about, WEIGHTS.about, coop);
  scoreInto(scores, sample.headings, WEIGHTS.heading, coop);
  if (!aboutOnly) {
    // The web agency's credit line ("Webdesign: X Werbeagentur") and the imprint's consumer dispute notice are not
    // the company's trade.
    const text = withoutBoilerplate(sample.text.slice(0, MAX_BODY));
    scoreInto(scores, text, WEIGHTS.body, coop);
    // The company's own section ("About us", "Über uns", "About Acme" on a job page) says what it does.
    scoreInto(scores, aboutSection(text), WEIGHTS.about - WEIGHTS.body, coop);
  }
  const product = productPoints(sample, offers);
  if (product) scores.set('software', (scores.get('software') ?? 0) + product);
  // The company's own sentence saying it builds software outweighs its customers' trade on the page (./product-claim.ts).
  if (claimsSoftwareProduct(`${sample.about}\n${aboutOnly ? '' : sample.text.slice(0, MAX_BODY)}`))
    scores.set('software', (scores.get('software') ?? 0) + CLAIM_POINTS);
  // A basket or checkout of its own: the site sells goods online, as a strong word of retail in the title would say.
  if (sample.shop) scores.set('retail-consumer', (scores.get('retail-consumer') ?? 0) + SHOP_POINTS);
  return [...scores].sort((a, b) => b[1] - a[1]);
}

/**
 * The industry group from the page itself: a schema.org type that names the business (Bakery, NewsMediaOrganization,
 * SoftwareApplication), or an OpenGraph type that does, else keyword and product-site evidence (pageScores). Text answers only when the best group scores at least
 * MIN_SCORE and MARGIN times the runner-up: a page that mentions "payments" once is not a bank.
 */
export function pageIndustry(sample: PageSample, offers: readonly string[] = []): PageIndustry | undefined {
  const release = ownRelease(sample);
  const typed = fromTypes(sample.types.filter((t) => !isGenericType(t) && !(release && isNewsType(t))));
  if (typed) return { group: typed, confidence: 0.7, via: 'schema-type' };
  const og = sample.ogType && OG_TYPES.find(([re]) => re.test(sample.ogType ?? ''));
  if (og) return { group: og[1], confidence: 0.5, via: 'schema-type' };
  if (!sample.types.some(isGenericType)) return wordsIndustry(sample, offers);
  // A service business by its type: the page's leading words say which service, else the type's group stands.
  return wordsIndustry(sample, offers, 1) ?? { group: 'professional-services', confidence: 0.7, via: 'schema-type' };
}

const NEWS_TYPES = new Set(['newsarticle', 'reportagenewsarticle']);

function isNewsType(type: string): boolean {
  return NEWS_TYPES.has(bareType(type));
}

/**
 * A company's own newsroom marks its releases NewsArticle as publishers do: a headline that names the site's own
 * brand ("Leogra Impianti inaugura il nuovo stabilimento | Leogra Impianti") is the company speaking of itself, and
 * its type says nothing of its trade. A publisher's headline names its subject, not the publisher.
 */
function ownRelease(sample: PageSample): boolean {
  const parts = (sample.about.split('\n')[0] ?? '').split(/\s+[|–—]\s+|\s*｜\s*/);
  const brand = (sample.siteName ?? (parts.length > 1 ? parts.at(-1) : undefined))?.trim().toLowerCase();
  const headline = parts.slice(0, -1).join(' ').toLowerCase();
  return !!brand && brand.length >= 3 && headline.includes(brand);
}

/**
 * "ProfessionalService" is the type site builders give any service business (a cybersecurity consultancy, a web
 * agency, an architect): it names the group only where the page's own words name none.
 */
function isGenericType(type: string): boolean {
  return bareType(type) === 'professionalservice';
}

/** The group the page's OpenGraph type, news keywords, product-site markers or words name (pageIndustry). */
function wordsIndustry(sample: PageSample, offers: readonly string[], margin = MARGIN): PageIndustry | undefined {
  // Google News keywords are a publisher's. Any other article's words are about its subject (a funding round, a
  // product), not about who published it: a news site writing on software is not a software company.
  if (sample.newsKeywords) return { group: 'media-publishing', confidence: 0.5, via: 'page-text' };
  // A story whose site names its own publisher or editor speaks as a publication: its words are the subject's trade.
  if (isArticle(sample) && isMasthead(sample)) return { group: 'media-publishing', confidence: 0.5, via: 'page-text' };
  // Many CMSs mark every page an article, so the title, descriptions and headings still count, but not its body.
  const article = isArticle(sample);
  // A post on a software maker's blog sits in the maker's navigation (its web app, status page, docs): the links are
  // the site's structure, not the post's subject.
  if (isSoftwareMaker(sample, offers)) return { group: 'software', confidence: 0.5, via: 'product-site' };
  const [best, second] = pageScores(sample, article, offers);
  // A post's title and headline name its subject as much as its publisher ("How we chose our ordering software", on
  // a bakery's blog): it takes twice the evidence.
  const min = isPost(sample) ? 2 * MIN_SCORE : MIN_SCORE;
  if (!best || best[1] < min) return undefined;
  if (second && (best[1] < second[1] * margin || best[1] === second[1]) && !makesMedicalGoods(best, second))
    return undefined;
  return { group: best[0], confidence: best[1] >= 3 * MIN_SCORE ? 0.5 : 0.4, via: 'page-text' };
}

/**
 * A maker of medicines or medical instruments (NACE 21, 32.50) names its goods in healthcare's words as often as its
 * making in manufacturing's: where the making leads, the two are one business, not a tie.
 */
function makesMedicalGoods(best: [IndustryGroup, number], second: [IndustryGroup, number]): boolean {
  return best[0] === 'manufacturing' && second[0] === 'healthcare' && best[1] > second[1];
}

// A masthead's imprint: "Published by Glen Media Ltd", "is published by Harbour Press LLC", "Herausgegeben von
// Muster Verlag GmbH": a company whose business is publishing the site. The legal form makes it a company, not an
// author's name on a company blog's byline ("Published by Jane Doe") or a book's publisher in a story.
const PUBLISHED_BY =
  /\b(?:[Pp]ublished by|[Hh]erausgegeben von|[Éé]dit[ée] par|[Ee]ditado por|[Pp]ubblicato da|[Uu]itgegeven door|[Uu]tgiven av|[Uu]tgitt av|[Uu]dgivet af)\s+(?:\p{Lu}[\p{L}&'’.-]*\s+){1,5}(?:Ltd|Limited|LLC|Inc|GmbH|Pty|Pte|Pvt|plc|PLC|SARL|SAS|S\.?A\.?|AG|AB|AS|A\/S|B\.?V\.?|Oy|S\.?r\.?l\.?|S\.?L\.?)\b/u;
const EDITOR_OF = /\b(?:the\s+)?(?:[\p{L}-]+\s+)?editor(?:-in-chief)? of (?:the\s+)?(.{3,60}?)(?=[.,;]|$)/imu;

/**
 * The site's own masthead: an imprint naming its publishing company, or a byline box making someone the editor of the
 * site itself (its og:site_name: "Jo Bloggs is business editor of Highland Business Review"). An editor of another
 * title, quoted in a company's release, says nothing of the site.
 */
function isMasthead(sample: PageSample): boolean {
  if (PUBLISHED_BY.test(sample.text)) return true;
  const site = sample.siteName?.trim().toLowerCase();
  if (!site || site.length < 3) return false;
  for (const line of sample.text.split('\n')) {
    const of = EDITOR_OF.exec(line)?.[1]?.trim().toLowerCase();
    if (of === site) return true;
  }
  return false;
}

/**
 * The group a company's own name states by a word of its trade ("Rocket Software", "Müller Logistik", "Tischlerei
 * Pirkner", "Hydrosoc Ingénierie"): a classification term, or a strong page word of one group alone. Most names say
 * nothing ("Limmatsense"); one that does is the company's own words about itself, in a few.
 */
export function nameGroup(name: string): IndustryGroup | undefined {
  const words = name.replace(LOOSE_NAME_WORDS, ' ').trim();
  if (!words) return undefined;
  if (MILL_NAME.test(words)) return 'manufacturing';
  const stated = industryGroup(words);
  if (stated) return stated.confidence >= NAME_CONFIDENCE ? stated.group : undefined;
  const scores = new Map<IndustryGroup, number>();
  scoreInto(scores, words, 1);
  const [only, other] = [...scores];
  return only && !other && only[1] >= 2 ? only[0] : undefined;
}
const NAME_CONFIDENCE = 0.7;
// A company named a mill in Spanish, Portuguese or Italian ("Molino Santa Rosa", "Moinho Boa Vista", "Mulino Verdi")
// grinds grain: its first word is its trade. A restaurant or an inn named after an old mill writes "El Molino", "O
// Moinho", and its page's words (pageLeads) speak for hospitality. A cannery is named so too, its trade first
// ("Conservas Rías Baixas", "Conserveira do Norte", "Conserverie de la Côte", "Conservificio Adriatico", NACE 10.20):
// a shop of preserves writes "La Conservería", "Tienda de conservas".
const MILL_NAME = /^(?:molinos?|moinhos?|mulino|molini|conservas|conserveiras?|conserveries?|conservificio)\s/i;
// Words names take for their sound more than their trade: a "Media" company is as often an agency as a publisher, a
// "Cloud" or "AI" one a consultancy as a software maker.
const LOOSE_NAME_WORDS = /(?<![\p{L}])(?:media|medien|m[ée]dias?|cloud|ai|digital)(?![\p{L}])/giu;

/** The page's own evidence has `group` among its leaders (within MARGIN of the best), or has none at all. */
export function pageLeads(sample: PageSample, group: IndustryGroup, offers: readonly string[] = []): boolean {
  const scores = pageScores(sample, isArticle(sample), offers);
  const top = scores[0]?.[1] ?? 0;
  const support = scores.find(([g]) => g === group)?.[1] ?? 0;
  return top === 0 || support * MARGIN >= top;
}
