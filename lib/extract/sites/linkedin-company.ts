import type { CompanySignals } from '../../signals/schema';
import type { AddressDraft, SourceCompany } from '../../signals/source';
import { SOURCE_LIMITS } from '../../signals/source';
import { cityOrNone } from '../area';
import { brandDomainIn, brandVariants } from '../brand';
import { foldAccents } from '../classify/normalize';
import { toIsoCountry } from '../countries';
import { parseEmployees } from '../employees';
import { type JsonObject, own } from '../facts';
import { socialProfile } from '../links';
import { toYear, websiteDomain } from '../organization';
import { CONTROL, plainText } from '../text';
import { districtOfCity } from './district';
import { firstText, hrefOf, labelKey, labelledValues, queryAll, queryFirst, textOf } from './dom';
import { toFundingStage } from './funding';
import { deref, linkedinSlug, obj, readVoyager, typeIs, type VoyagerData } from './linkedin-data';
import {
  compact,
  locationLine,
  type SiteAdapter,
  type SiteContext,
  type SiteResult,
  siteFact,
  siteFacts,
} from './types';

const ID = 'linkedin-company';

const NAME = [
  'h1.org-top-card-summary__title', // logged-in top card (2023-2025)
  '.org-top-card-summary__title', // logged-in top card, title not an h1 (2022)
  'h1.top-card-layout__title', // logged-out public page
  'h1.top-card__title', // public page, 2018-2019 layout
  '.top-bar h1.name', // public page, 2014-2017 layout
  'h1.org-top-card-module__name', // logged-in top card (2017-2019)
  '#company-header h1', // public page, 2010-2013 layout
];
/** Top card lines a layout names by what they hold: industry and headquarters. */
const TOP_INDUSTRY = [
  '.org-top-card-summary__industry', // logged-in top card (2019-2021)
  '.org-top-card-module__details .company-industries', // logged-in top card (2017-2019)
  '.top-bar .basic-info .industry', // public page (2014-2017)
];
const TOP_LOCATION = [
  '.org-top-card-summary__headquarter', // logged-in top card (2019-2021)
  '.org-top-card-module__location', // logged-in top card (2017-2019)
];
/** Logged-in top card line: industry, then (inside `.inline-block`) location, followers and "51-200 employees". */
const INFO_ITEM = '.org-top-card-summary-info-list__info-item';
const INFO_GROUP = '.inline-block';
const PUBLIC_INDUSTRY = ['h2.top-card-layout__headline']; // logged-out: the industry line under the name
const PUBLIC_SUBLINE = ['h3.top-card-layout__first-subline']; // logged-out: "London, London · 5,750 followers"
/** About tab, logged-in (`dt > h3` + `dd`) and logged-out (`[data-test-id^="about-us__"] dt` + `dd`). */
const ABOUT_LABEL = ['dl dt', '[data-test-id^="about-us__"] dt', '.basic-info-about li > h4']; // 2014-2017: h4 + p
/** One-line tagline under the name: logged-in top card (2023-2025), logged-out top card. */
const TAGLINE = ['.org-top-card-summary__tagline', 'h4.top-card-layout__second-subline'];
const WEBSITE_BUTTON = ['a[aria-label^="Visit website" i]', 'a.org-top-card-primary-actions__action[href^="http"]'];

// The size and follower words of LinkedIn's localized layouts (en, fr, de, es, it, nl, pt, pl, sv, da, no, cs, fi, tr,
// hu, ro, el, he; ja, zh, ko without word boundaries).
const SIZE =
  /(?<!\p{L})(?:employees?|employ[ée]s|mitarbeiter\p{L}*|besch[äa]ftigte|empleados|dipendenti|medewerkers|werknemers|funcion[áa]rios|empregados|pracownik\p{L}*|anst[äa]llda|ansatte|zam[ěe]stnanc\p{L}*|ty[öo]ntekij\p{L}*|çalışan|alkalmazott|angajați|angajati|εργαζόμενοι|υπάλληλοι|עובדים)(?!\p{L})|社員|従業員|員工|员工|직원/iu;
const FOLLOWERS = /(?<!\p{L})(?:followers?|abonn[ée]s|seguidores|volgers|follower:?\p{L}*)(?!\p{L})/iu;
/**
 * A count and one word, whatever the language: the top card's follower count ("1 932 följare", "3 rb pengikut",
 * "8.912 takipçi"). A location or an industry never starts with a number there.
 */
const COUNT_WORD = /^\d[\d.,\s]*(?:\p{L}{1,3}\.?\s+)?\p{L}+(?::\p{L}+)?$/u;
const isFollowers = (text: string) => FOLLOWERS.test(text) || COUNT_WORD.test(text);
/**
 * The logged-out About rows carry a language-neutral key (`data-test-id="about-us__industry"`) beside a label in
 * the page's language ("Sector", "Branche", "Secteur"): the key is read first, so every localized layout reads.
 */
const ABOUT_ROW = '[data-test-id^="about-us__"]';
const ABOUT_KEYS: Record<string, string> = {
  website: 'website',
  industry: 'industry',
  size: 'company size',
  headquarters: 'headquarters',
  foundedon: 'founded',
  'founded-on': 'founded',
  'organization-type': 'type',
  organizationtype: 'type',
  specialties: 'specialties',
};

const OLD_ROW = '.basic-info-about li[class]';
const OLD_ROW_KEYS: Record<string, string> = {
  website: 'website',
  industry: 'industry',
  'company-size': 'company size',
  hq: 'headquarters',
  founded: 'founded',
  type: 'type',
  specialties: 'specialties',
};

/**
 * The About rows' labels in LinkedIn's other interface languages (de, fr, es, it, nl, pt), as the English key the
 * rows are read by; the logged-in About tab has no language-neutral key.
 */
const LABEL_KEYS: Record<string, string> = {
  'site web': 'website',
  'sitio web': 'website',
  'sito web': 'website',
  site: 'website',
  // 2020-2022 public pages label the row in the plural.
  industries: 'industry',
  branche: 'industry',
  secteur: 'industry',
  sector: 'industry',
  settore: 'industry',
  setor: 'industry',
  unternehmensgrosse: 'company size',
  unternehmensgroße: 'company size', // ß has no decomposition: the key keeps it
  'taille de l entreprise': 'company size',
  'tamano de la empresa': 'company size',
  'dimensioni dell azienda': 'company size',
  bedrijfsgrootte: 'company size',
  'tamanho da empresa': 'company size',
  // 2021-2023 public pages label the row by the word alone.
  große: 'company size',
  grosse: 'company size',
  taille: 'company size',
  tamano: 'company size',
  tamanho: 'company size',
  dimensioni: 'company size',
  grootte: 'company size',
  hauptsitz: 'headquarters',
  'siege social': 'headquarters',
  sede: 'headquarters',
  'sede principale': 'headquarters',
  hoofdkantoor: 'headquarters',
  gegrundet: 'founded',
  'fondee en': 'founded',
  fundacion: 'founded',
  'fondata nel': 'founded',
  opgericht: 'founded',
  'fundada em': 'founded',
  unternehmensart: 'type',
  tipo: 'type',
  spezialgebiete: 'specialties',
  specialisations: 'specialties',
  especialidades: 'specialties',
  specializzazioni: 'specialties',
  specialismen: 'specialties',
  especializacoes: 'specialties',
};
/** The 2017-2019 logged-in About module names each value by its class, under a heading in the page's language. */
const ABOUT_CLASSES: Array<[string, string]> = [
  ['website', '.org-about-us-company-module__website'],
  ['industry', '.org-about-company-module__industry'],
  ['company size', '.org-about-company-module__company-staff-count-range'],
  ['headquarters', '.org-about-company-module__headquarters'],
  ['founded', '.org-about-company-module__founded'],
  ['specialties', '.org-about-company-module__specialities'],
];

/** The rows' keys the About list can hold, in English or in the languages of the table above. */
const ROW_KEYS = new Set(
  'website|phone|verified page|industry|company size|headquarters|type|founded|specialties'.split('|'),
);

/**
 * Rows labelled in a language the table above does not hold ("Bransch", "Grundat", "المقر الرئيسي"), read by what
 * their values look like and where they stand in LinkedIn's fixed order (website, industry, size, headquarters, type,
 * founded, specialties): a year is the founding, a count range the size, a link the website; the row just before the
 * size is the industry when it has no digits, the row just after it the headquarters when it reads "City, Region".
 */
// A size band in any language: a range or an open end between a few words ("51-200 موظف", "10 001+ xodim").
const BAND = /^\D{0,12}\d[\d.,\s]*(?:[-–～~]\s*\d[\d.,\s]*|\+\s*)\D{1,20}$/u;

function unlabelledRows(rows: Map<string, Element>, list: Array<{ key?: string; el: Element }>): void {
  const texts = list.map((row) => (row.key ? '' : (textOf(row.el, 200) ?? '')));
  const put = (key: string, i: number) => {
    const row = list[i];
    if (row && !row.key && !rows.has(key)) rows.set(key, row.el);
  };
  // Older layouts list the headquarters and the type before the size: the industry is read where only the website,
  // a phone number or the verified-page row stand before it, and the headquarters where more rows (type, founding,
  // specialties) follow it, so that a lone specialties list is never read as a city.
  const afterContact = (i: number) =>
    i < 0 ||
    /^(?:website|phone|verified page)$/.test(list[i]?.key ?? '') ||
    /^[\d\s+()./-]{6,}$/.test(texts[i] ?? '') ||
    !!list[i]?.el.querySelector('a[href^="http"]');
  let sizeAt = -1;
  texts.forEach((text, i) => {
    if (list[i]?.key === 'company size' || (SIZE.test(text) && /\d/.test(text)) || BAND.test(text)) sizeAt = i;
  });
  texts.forEach((text, i) => {
    if (/^\d{4}$/.test(text)) put('founded', i);
    else if (i === sizeAt) put('company size', i);
    else if (/^https?:\/\//.test(text) || list[i]?.el.querySelector('a[href^="http"]')) put('website', i);
    else if (i === sizeAt - 1 && text && !/\d/.test(text) && afterContact(i - 1)) put('industry', i);
    else if (i === sizeAt + 1 && /[,、،]/.test(text) && i < list.length - 1) put('headquarters', i);
  });
}

function aboutRows(doc: Document): Map<string, Element> {
  const rows = new Map<string, Element>();
  const list: Array<{ key?: string; el: Element }> = [];
  for (const [label, el] of labelledValues(doc, ABOUT_LABEL)) {
    const key = LABEL_KEYS[label] ?? label;
    list.push({ key: ROW_KEYS.has(key) ? key : undefined, el });
    if (ROW_KEYS.has(key) && !rows.has(key)) rows.set(key, el);
  }
  unlabelledRows(rows, list);
  for (const [key, selector] of ABOUT_CLASSES) {
    const value = rows.has(key) ? null : doc.querySelector(selector);
    if (value) rows.set(key, value);
  }
  // 2014-2017 public rows carry their key as the row's class ("li.company-size"), whatever the label's language.
  for (const row of queryAll(doc, OLD_ROW, 30)) {
    const key = [...row.classList].map((c) => OLD_ROW_KEYS[c]).find(Boolean);
    // The row's label is an h4 in most captures, an h3 in others.
    const value = row.querySelector('h3 + *, h4 + *');
    if (key && value) rows.set(key, value);
  }
  for (const row of queryAll(doc, ABOUT_ROW, 30)) {
    const key = ABOUT_KEYS[(row.getAttribute('data-test-id') ?? '').slice('about-us__'.length).toLowerCase()];
    const value = row.querySelector('dd');
    if (key && value) rows.set(key, value);
  }
  return rows;
}

/**
 * The About "Type" row's value for a listed company, in LinkedIn's interface languages (en, de, fr, es, it, nl, pt, sv,
 * fi, pl, tr, zh, ja, ko): a listed company is public whatever rounds it raised before.
 */
const PUBLIC_TYPE =
  /^(?:public company|b[öo]rsennotiert\p{L}*|soci[ée]t[ée] cot[ée]e|empresa p[úu]blica|societ[àa] quotata|beursgenoteerd|empresa de capital aberto|publikt bolag|julkinen osakeyhtiö|julkinen yhtiö|spółka publiczna|halka açık şirket|上市公司|上場企業|상장 ?기업)/iu;
// The guest page's funding card: its last round links to the round's Crunchbase page, named by its type ("Seed",
// "Series A"), whatever the interface language. Older cards and copies without the tracking query link it bare: the
// card names one round only, its last.
const LAST_ROUND = 'a[href*="crunchbase.com/funding_round/"][href*="funding_last-round"]';
const ANY_ROUND = 'a[href*="crunchbase.com/funding_round/"]';
/**
 * The company's own openings: the jobs section lists links to postings (`/jobs/view/`), each card's subtitle naming
 * the company, and links all of them (`/jobs/<slug>-jobs`, `/company/<slug>/jobs`). The nav's "Jobs" link searches
 * every company's (`/jobs/search`); similar pages and "people also viewed" link companies, never postings.
 */
// 2012-2014 careers module: "/jobs?viewJob=&jobId=7014422".
const JOB_LINK = 'a[href*="/jobs/view/"], a[href*="jobId="]';
const JOB_SUBTITLE = '.base-search-card__subtitle, h4';
const JOBS_SECTION = ['section.jobs', '[data-test-id="jobs"]'];
// The funding box's row when its round is not a link: "Last round: Series B", "Letzte Runde: Serie B, 2021".
const ROUND_ROW =
  /(?:last round|letzte runde|dernier tour|derni[eè]re lev[ée]e|[úu]ltima ronda|ultimo round|laatste ronde|[úu]ltima rodada)\s*:?\s*([^\n·,]{2,30})/i;

/**
 * The last round the funding card names: its round's link, else the words of the card (the section that links the
 * company's Crunchbase page). Both link Crunchbase: a page without such a link (most) is told by one walk, not three.
 */
function lastRound(doc: Document): string | undefined {
  const crunchbase = doc.querySelector('a[href*="crunchbase.com/"]');
  if (!crunchbase) return undefined;
  const round = textOf(doc.querySelector(LAST_ROUND) ?? doc.querySelector(ANY_ROUND), 40);
  return round ?? ROUND_ROW.exec(textOf(crunchbase.closest('section'), 400) ?? '')?.[1];
}

const SIMILAR = /similar|also viewed|ähnlich|similaires|similares|simili|vergelijkbare|semelhantes/i;
const SIMILAR_BLOCK = '.also-viewed, .similar-pages, [data-test-id="similar-pages"]';

const folded = (text: string) => {
  let out = text;
  try {
    out = decodeURIComponent(text);
  } catch {
    // A malformed escape is read as written.
  }
  return foldAccents(out);
};

/**
 * The top card's "See jobs" in the interface's language spells the company's name, not its page's slug
 * ("/jobs/felsinea-packaging-offerte-di-lavoro", "/jobs/c%C3%A1vado-t%C3%AAxteis-vagas"): its first word, when long
 * enough to be the name's own.
 */
function nameSlug(name: string | undefined): string | undefined {
  const first = folded(name ?? '')
    .split(/[^a-z0-9]+/)
    .find(Boolean);
  return first && first.length >= 4 ? first : undefined;
}

function hasOwnOpenings(doc: Document, name: string | undefined, slug: string): boolean {
  const own = queryAll(doc, JOB_LINK, 50).filter((a) => {
    const block = a.closest('section, aside, ul');
    if (SIMILAR.test(textOf(block?.querySelector('h2, h3'), 80) ?? '')) return false;
    const card = a.closest('li') ?? a;
    const by = textOf(card.querySelector(JOB_SUBTITLE), 120);
    return !by || !name || labelKey(by) === labelKey(name);
  });
  if (own.length) return true;
  // A jobs section that lists openings without links to them ("株式会社尾張精工の求人" over the roles, "ma 2 oferty
  // pracy: ..."); one with links was judged above, by the companies its cards name.
  const jobs = queryFirst(doc, JOBS_SECTION);
  if (
    jobs &&
    !jobs.closest(SIMILAR_BLOCK) &&
    !jobs.querySelector(JOB_LINK) &&
    (jobs.querySelector('li h3') || /(?<!\d)[1-9]\d{0,3}\s/.test(textOf(jobs, 400) ?? ''))
  )
    return true;
  const named = nameSlug(name);
  return queryAll(doc, 'a[href*="/jobs"]', 200).some((a) => {
    const href = (a.getAttribute('href') ?? '').toLowerCase();
    const path = href.replace(/[?#].*$/, '');
    if (named && !a.closest(SIMILAR_BLOCK) && folded(path).includes(`/jobs/${named}-`)) return true;
    // A job list filtered by the company's own id (f_C=5512345): the 2014-2017 careers box's search ("See all jobs"),
    // the top card's "See jobs" in any interface language (`/jobs/acme-vagas`, `/jobs/acme-empleos`); similar pages
    // link companies, never a filtered list.
    const byCompany = /[?&]f_c=\d+/.test(href) && !a.closest(SIMILAR_BLOCK);
    return byCompany || path.endsWith(`/jobs/${slug}-jobs`) || path.includes(`/company/${slug}/jobs`);
  });
}

/**
 * The public top card's subline as its separate parts: "Hostelería", "Málaga, Andalucía", "12.530 seguidores" sit
 * in their own text node and elements (a CSS middot between them), so the industry never runs into the city.
 */
function sublineParts(el: Element | undefined): string[] {
  if (!el) return [];
  const parts: string[] = [];
  for (const node of Array.from(el.childNodes).slice(0, 20)) {
    const text =
      node.nodeType === 3 ? plainText(node.nodeValue ?? '') : node.nodeType === 1 ? textOf(node as Element) : undefined;
    if (text) parts.push(...text.split(/\s*·\s*|\s+(?=[\d.,\u00a0\u202f ]+[KkMm]?\s+\S*follow)/).filter(Boolean));
  }
  return parts;
}

/** LinkedIn wraps outbound links in `/redir/redirect?url=...`; the site is the `url` parameter. */
function outbound(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href);
    return /linkedin\.com$/i.test(u.hostname) && u.searchParams.get('url') ? (u.searchParams.get('url') ?? '') : href;
  } catch {
    return undefined;
  }
}

function specialtiesOf(text: string | undefined): string[] | undefined {
  const list = (text ?? '')
    // "A, B and C" in LinkedIn's interface languages: and, und, et, y, e, en, och, og.
    .split(/\s*,\s*(?:(?:and|und|et|y|e|en|och|og)\s+)?|\s+(?:and|und|et|y|e|en|och|og)\s+/i)
    .map((s) => plainText(s, 80))
    .filter((s): s is string => !!s)
    .slice(0, 50);
  return list.length ? list : undefined;
}

/** The page's company among the embedded entities: the one whose slug or id the URL names. */
function embeddedCompany(data: VoyagerData, slug: string): JsonObject | undefined {
  return data.entities.find((e) => {
    const name = own(e, 'universalName');
    const urn = own(e, 'entityUrn');
    // A response's own `data` carries no type: its company URN says what it is.
    const company = typeIs(e, 'organization.Company') || (!own(e, '$type') && /_company:/.test(String(urn)));
    if (!company || typeof own(e, 'name') !== 'string') return false;
    return (
      (typeof name === 'string' && name.toLowerCase() === slug) || (typeof urn === 'string' && urn.endsWith(`:${slug}`))
    );
  });
}

function fromEmbedded(doc: Document, ctx: SiteContext, slug: string): CompanySignals {
  const data = readVoyager(doc, '_company:', slug);
  const c = embeddedCompany(data, slug);
  if (!c) return {};
  const f = siteFacts(ctx, ID, (path) => `code.included[Company].${path}`);
  const industry = deref(data, c, '*industryV2Taxonomy') ?? deref(data, c, '*industry');
  // The legacy entity (to 2021) names the band `staffCountRange`, its website `companyPageUrl`, and gives its HQ's
  // parts in `headquarter` itself.
  const range = obj(c, 'employeeCountRange') ?? obj(c, 'staffCountRange');
  const start = range ? own(range, 'start') : undefined;
  const end = range ? own(range, 'end') : undefined;
  const employees =
    typeof start === 'number' ? parseEmployees(typeof end === 'number' ? `${start}-${end}` : `${start}+`) : undefined;
  const address = obj(obj(c, 'headquarter'), 'address') ?? obj(c, 'headquarter');
  const typedCity = plainText(own(address ?? {}, 'city'));
  const area = plainText(own(address ?? {}, 'geographicArea'));
  // "前鎮區" in "高雄市": a Taiwanese or Korean company types its district as the city, the city as the area.
  const district = districtOfCity(typedCity, area);
  const hq = address
    ? compact({
        // LinkedIn lets a company type its city: "Greater Austin Area" is an area, not one.
        city: cityOrNone(district ? area : typedCity),
        region: district ? undefined : area,
        country: /^[A-Z]{2}$/.test(String(own(address, 'country'))) ? String(own(address, 'country')) : undefined,
      })
    : undefined;
  const specialities = own(c, 'specialities');
  const keywords = Array.isArray(specialities)
    ? specialities.map((s) => plainText(s, 80)).filter((s): s is string => !!s)
    : [];
  const round = obj(obj(c, 'crunchbaseFundingData'), 'lastFundingRound');
  const linkedin = socialProfile(own(c, 'url'));
  return {
    name: f(plainText(own(c, 'name')), 'name'),
    industry: f(industry ? plainText(own(industry, 'name')) : undefined, 'industry'),
    employees: f(employees, 'employeeCountRange'),
    hq: f(hq, 'headquarter'),
    founded: f(toYear(own(obj(c, 'foundedOn') ?? {}, 'year'), ctx.observedAt), 'foundedOn.year'),
    domain: f(websiteDomain(own(c, 'websiteUrl') ?? own(c, 'companyPageUrl'), ctx.url), 'websiteUrl'),
    description: f(plainText(own(c, 'description'), 2_000), 'description'),
    keywords: f(keywords.length ? keywords.slice(0, 50) : undefined, 'specialities'),
    fundingStage: f(toFundingStage(plainText(own(round ?? {}, 'localizedFundingType'))), 'crunchbaseFundingData'),
    socials: linkedin ? { linkedin: siteFact(ctx, ID, linkedin.url, 'code.included[Company].url') } : undefined,
  };
}

/** The top card's industry, location and size lines, in the layouts that name them or list them in order. */
function topCard(
  doc: Document,
  at: (label: string) => Element | undefined,
): { industry?: string; location?: string; size?: string } {
  // Top card, logged-in: the industry stands alone, the location leads the grouped items.
  let industry = textOf(at('industry')) ?? firstText(doc, TOP_INDUSTRY)?.text;
  let location = textOf(at('headquarters')) ?? firstText(doc, TOP_LOCATION)?.text;
  let size = textOf(at('company size'));
  for (const item of queryAll(doc, INFO_ITEM, 20)) {
    const text = textOf(item);
    if (!text || isFollowers(text)) continue;
    if (SIZE.test(text)) size ??= text;
    else if (item.closest(INFO_GROUP)) location ??= text;
    else industry ??= text;
  }
  // Industry, location, followers: the parts that are not a follower count, in order. A subline that leads with
  // the industry ("Maskinteknik · Norrköping, Östergötland") makes the headline over it the tagline; under a
  // subline of the location alone, the headline is the industry.
  const parts = sublineParts(firstText(doc, PUBLIC_SUBLINE)?.el).filter((p) => !isFollowers(p));
  if (parts.length >= 2) industry ??= parts.shift();
  industry ??= firstText(doc, PUBLIC_INDUSTRY)?.text;
  location ??= parts[0];
  return { industry, location, size };
}

/**
 * What the page's markup states. Fields the embedded data already gave (`known`) are not looked for: the embedded
 * value wins the merge anyway, and each selector the engine finds nothing for walks the whole of a large logged-in
 * page (a third of a company page's extraction went to markup whose values were then dropped).
 */
function fromDom(doc: Document, ctx: SiteContext, slug: string, known: CompanySignals = {}): SourceCompany {
  const f = siteFacts(ctx, ID);
  const need = (field: keyof CompanySignals) => known[field] === undefined;
  let rows: Map<string, Element> | undefined;
  const at = (label: string) => {
    rows ??= aboutRows(doc);
    return rows.get(label);
  };
  // Read whatever the embedded data says: the company's own openings are told apart from others' by its name.
  const name = firstText(doc, NAME);
  const top = need('industry') || need('hq') || need('employees') ? topCard(doc, at) : {};
  const size = top.size;
  let domain: string | undefined;
  if (need('domain')) {
    const websiteEl = at('website');
    const website = outbound(hrefOf(websiteEl, ctx.url)) ?? textOf(websiteEl);
    const button = outbound(hrefOf(queryFirst(doc, WEBSITE_BUTTON), ctx.url));
    domain = websiteDomain(website, ctx.url) ?? websiteDomain(button, ctx.url);
  }
  const hiring = hasOwnOpenings(doc, name?.text, slug.toLowerCase());
  return {
    fundingStage: !need('fundingStage')
      ? undefined
      : PUBLIC_TYPE.test(textOf(at('type'), 80) ?? '')
        ? f('ipo/public', 'type')
        : f(toFundingStage(lastRound(doc)), LAST_ROUND),
    // A listed few are not a count of openings: the company's jobs tab stands for them, without a number.
    hiring: f(
      hiring ? { careersUrl: `https://www.linkedin.com/company/${encodeURIComponent(slug)}/jobs/` } : undefined,
      JOB_LINK,
    ),
    name: f(name?.text, name?.selector ?? ''),
    industry: f(top.industry, 'industry'),
    employees: f(size && SIZE.test(size) ? parseEmployees(size.replace(/\(.*$/, '')) : undefined, 'company size'),
    hq: need('hq') ? f(hcardAddress(at('headquarters')) ?? locationLine(top.location), 'headquarters') : undefined,
    founded: need('founded') ? f(toYear(textOf(at('founded')), ctx.observedAt), 'founded') : undefined,
    domain: f(domain, 'website'),
    keywords: need('keywords') ? f(specialtiesOf(textOf(at('specialties'), 1_000)), 'specialties') : undefined,
  };
}

/**
 * The 2014-2017 layout marks the headquarters up as an hCard address (`.locality`, `.region`, `.country-name`). A
 * region without a country names it ("Austin", "TX"): the background fills it from its region tables.
 */
function hcardAddress(el: Element | undefined): AddressDraft | undefined {
  // "Bristol," : the parts are written as one line, separators inside the elements.
  const part = (name: string) => textOf(el?.querySelector(`.${name}`), 80)?.replace(/\s*[,;]$/, '');
  const city = cityOrNone(part('locality'));
  if (!city) return undefined;
  const country = toIsoCountry(part('country-name'));
  const region = part('region');
  return compact({ city, region, country, countryFromRegion: !country && region ? (true as const) : undefined });
}

/** Field by field, the first source with a value; hq parts the DOM adds complete the embedded address. */
function merge(first: CompanySignals, second: SourceCompany): SourceCompany {
  const out: Record<string, unknown> = { ...second };
  for (const [k, v] of Object.entries(first)) if (v !== undefined) out[k] = v;
  return out as SourceCompany;
}

/**
 * Pages without a website field often write the site in the tagline or description ("Check out acme.io/teams"): a
 * domain there counts when its name spells the company's ("usemotion.com" for Motion).
 */
function domainInTagline(doc: Document, ctx: SiteContext, name: string): CompanySignals['domain'] {
  const tagline = firstText(doc, TAGLINE, 300);
  const domain = tagline ? brandDomainIn(tagline.text, brandVariants(name)) : undefined;
  return domain ? siteFact(ctx, ID, domain, tagline?.selector) : undefined;
}

/** LinkedIn company pages: overview, about, people, posts and jobs tabs, logged in (embedded JSON) or out. */
export const linkedinCompany: SiteAdapter = {
  id: ID,
  matches: [
    'https://*.linkedin.com/company/*',
    'https://*.linkedin.com/showcase/*',
    'https://*.linkedin.com/organization-guest/company/*', // logged-out pages, 2020-2021
  ],
  extract(doc, ctx): SiteResult | undefined {
    const companySlug = linkedinSlug(ctx.url, 'company');
    const kind = companySlug ? 'company' : 'showcase';
    const slug = companySlug ?? linkedinSlug(ctx.url, 'showcase');
    if (!slug) return undefined;
    const embedded = fromEmbedded(doc, ctx, slug);
    const company = compact(merge(embedded, fromDom(doc, ctx, slug, embedded)));
    if (!company) return undefined;
    if (!company.domain && company.name) company.domain = domainInTagline(doc, ctx, company.name.value);
    // The page itself is the company's LinkedIn profile, whatever tab or subdomain it was opened on.
    company.socials ??= {
      // A showcase page is its own profile (`/showcase/x`), not the parent company's.
      linkedin: siteFact(ctx, ID, `https://www.linkedin.com/${kind}/${encodeURIComponent(slug)}`, 'url'),
    };
    const about = aboutText(doc);
    return about ? { company, about: { text: about, links: [] } } : { company };
  },
};

// The company's own "About us" text on the public page (2018-2025 layouts, and the 2014-2017 description block).
const ABOUT_TEXT = ['[data-test-id="about-us__description"]', '.about-us__description', '.basic-info-description p'];

/**
 * What the company wrote about itself ("In 2023 we closed our Series B ..."), for the background's text rules
 * (lib/extract/profile-text.ts: funding round, founding year, headcount): LinkedIn's own rows say nothing of a round
 * when the funding card is missing. The rest of the page is LinkedIn's and stays unread.
 */
function aboutText(doc: Document): string | undefined {
  return textOf(firstText(doc, ABOUT_TEXT)?.el, SOURCE_LIMITS.profileText)?.replace(CONTROL, ' ');
}

export default linkedinCompany;
