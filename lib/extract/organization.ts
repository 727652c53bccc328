import { LIMITS } from '../signals/limits';
import type { Address, CompanySignals } from '../signals/schema';
import { cityOrNone } from './area';
import { toIsoCountry } from './countries';
import { parseEmployees } from './employees';
import { type CompanyDraft, type FactContext, isObject, type JsonObject, makeFact, own, safeUrl } from './facts';
import { isJobPage } from './job-hosts';
import { socialProfile } from './links';
import { isPlatformDomain } from './platforms';
import { regionCode } from './region-codes';
import { withoutShopSuffix } from './shop-suffix';
import { siteKey } from './site-key';
import { jsonText } from './text';

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function countryOf(value: unknown): string | undefined {
  const v = first(value);
  if (typeof v === 'string') return toIsoCountry(v);
  if (!isObject(v)) return undefined;
  return toIsoCountry(own(v, 'identifier')) ?? toIsoCountry(jsonText(own(v, 'name')));
}

/**
 * The city of an `addressLocality` that holds more than one place ("Rosebank, Johannesburg", "Kreuzberg, Berlin,
 * Germany"): districts come before their city, so the last part that is no country and no region code is the city.
 */
function localityCity(locality: string | undefined): string | undefined {
  if (!locality?.includes(',')) return withoutPostalDistrict(locality);
  const parts = locality
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p && !toIsoCountry(p) && !regionCode(p));
  return withoutPostalDistrict(parts.at(-1));
}

// "Colombo 07", "Dublin 2": a capital's postal district number after its name, where a postcode would stand; the
// account is filed under the city. Only one or two digits: a longer number is a postcode other rules read.
const POSTAL_DISTRICT = /^(\p{Lu}[\p{L}' -]{1,40}?)\s+\d{1,2}$/u;

// "อำเภอเมืองพิษณุโลก" (Mueang Phitsanulok district): a Thai province's capital district is the province's own city,
// named after it; the district word and "Mueang" are no part of the city's name. Other districts are towns of their own.
const THAI_CAPITAL_DISTRICT = /^(?:อำเภอ|อ\.)?[ \t]?เมือง(\p{Script=Thai}{2,30})$/u;

function withoutPostalDistrict(locality: string | undefined): string | undefined {
  const capital = locality && THAI_CAPITAL_DISTRICT.exec(locality)?.[1];
  return capital || (locality && POSTAL_DISTRICT.exec(locality)?.[1]) || locality;
}

/** Reads a printed address line into its parts; the background's reader, which the content script cannot carry. */
const OFFICE_SUFFIX = /\s[—–|-]\s[^—–|]*\b(?:headquarters|head office|hq|office|branch|location|campus)$/i;

export type LineReader = (line: string) => Address | undefined;

/**
 * An HQ from a PostalAddress (or an array of them: the first is taken as the main one) or an address string, which
 * `readLine` parses where it is given (Squarespace and many plugins print the address as one string).
 */
export function toAddress(input: unknown, readLine?: LineReader): Address | undefined {
  const value = first(input);
  if (typeof value === 'string') {
    const read = readLine?.(value.slice(0, LIMITS.text));
    if (read?.city) return read;
    // A one-line address: only its last part is reliable enough to read, and only as a country.
    // "..., Boston, MA": a state or province code after the city is a region, not Morocco (regionCode).
    const last = value.slice(-80).split(',').pop() ?? '';
    const code = regionCode(last);
    const country = code ? code.country : toIsoCountry(last);
    return country ? { country } : undefined;
  }
  if (!isObject(value)) return undefined;
  const postal = own(value, 'postalCode');
  const address: Address = {
    street: jsonText(own(value, 'streetAddress')),
    postalCode: jsonText(typeof postal === 'number' ? String(postal) : postal, 20),
    city: cityOrNone(localityCity(jsonText(own(value, 'addressLocality')))),
    region: jsonText(own(value, 'addressRegion')),
    country: countryOf(own(value, 'addressCountry')),
  };
  for (const key of Object.keys(address) as Array<keyof Address>) if (address[key] === undefined) delete address[key];
  return Object.keys(address).length ? address : undefined;
}

/** A founding year from "2015", "2015-03-01", 2015 or "March 2015"; none in the future. */
export function toYear(input: unknown, now: number): number | undefined {
  const value = first(input);
  let year: number | undefined;
  if (typeof value === 'number') year = value;
  else if (typeof value === 'string') {
    const match = /(?:^|\D)(1[6-9]\d\d|20\d\d)(?!\d)/.exec(value.slice(0, 100));
    year = match ? Number(match[1]) : undefined;
  }
  const latest = new Date(now).getUTCFullYear() + 1;
  return year !== undefined && Number.isInteger(year) && year >= 1600 && year <= Math.min(2100, latest)
    ? year
    : undefined;
}

/** Registrable domain of an organization's own website; platform URLs (a LinkedIn page as `url`) name no domain. */
export function websiteDomain(raw: unknown, base: string): string | undefined {
  const domain = siteKey(safeUrl(first(raw), base));
  return domain && !isPlatformDomain(domain) ? domain : undefined;
}

/** `https://www.x.com/a/b/?q#h` -> `x.com/a/b`: for comparing a profile URL with the page's. */
function bareUrl(url: string): string {
  return url
    .replace(/^https?:\/\/(www\.)?/i, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/**
 * How an organization relates to the page it is on: the registrable domains it claims (url and sameAs), its own
 * url's domain, and whether one of its URLs is the page itself or a parent of it (a profile's sub-page).
 */
export function orgLinks(
  org: JsonObject,
  pageUrl: string,
): { domains: string[]; ownDomain?: string; linksToPage: boolean } {
  const sameAs = own(org, 'sameAs');
  const urls = [own(org, 'url'), ...(Array.isArray(sameAs) ? sameAs.slice(0, LIMITS.list) : [sameAs])];
  const page = bareUrl(pageUrl);
  const domains: string[] = [];
  let linksToPage = false;
  for (const u of urls) {
    const url = safeUrl(first(u), pageUrl);
    const d = siteKey(url);
    if (d) domains.push(d);
    const bare = url ? bareUrl(url) : '';
    if (bare.includes('/') && (page === bare || page.startsWith(`${bare}/`))) linksToPage = true;
  }
  const ownDomain = siteKey(safeUrl(first(own(org, 'url')), pageUrl));
  return { domains, ownDomain, linksToPage };
}

// A link two folders deep ("houzz.com/pro/acme", "yelp.com/biz/acme-tulsa", "clutch.co/profile/acme"; a locale such as
// "/en/" first is still a home) is a page about the company on another site, a directory's profile or a badge's
// target, not the company's own site, which sameAs gives as its home. Kept a regex: this file is in the content script.
const PROFILE_PAGE = /\/\/[^/]+\/(?![a-z]{2}(?:[-_][a-z]{2})?\/)[^/?#]+\/[^/?#]/i;

/**
 * When an organization's url is its profile on a platform (LinkedIn's JSON-LD does this), or it has no url (a job
 * posting's hiringOrganization gives its website as sameAs, as Google's job posting guidelines ask), its website is
 * the sameAs link that is neither a social profile nor a platform.
 */
function websiteInSameAs(org: JsonObject, base: string): { domain: string; index?: number } | undefined {
  const raw = own(org, 'url');
  const url = raw === undefined ? undefined : safeUrl(first(raw), base);
  if (raw !== undefined && (!url || !isPlatformDomain(siteKey(url)))) return undefined;
  const sameAs = own(org, 'sameAs');
  const links = Array.isArray(sameAs) ? sameAs.slice(0, LIMITS.list) : [sameAs];
  // A board's posting may link the employer's profile on the board itself ("104.com.tw/company/..."): not its site.
  const board = isJobPage(base) ? siteKey(safeUrl(base)) : undefined;
  for (let i = 0; i < links.length; i++) {
    const link = first(links[i]);
    if (socialProfile(link, base) || PROFILE_PAGE.test(String(link))) continue;
    const domain = websiteDomain(links[i], base);
    if (domain && domain !== board) return { domain, index: Array.isArray(sameAs) ? i : undefined };
  }
  return undefined;
}

type Where = (key: string, index?: number) => string;

/**
 * A location of a business with several ("Foothills Dental - North End", its parentOrganization "Foothills Dental,
 * PLLC"): the business's name, the part before the place, where the parent's name opens the same way.
 */
function branchOf(org: JsonObject, name: string | undefined): string | undefined {
  const parent = own(org, 'parentOrganization');
  const parentName = isObject(parent) ? jsonText(own(parent, 'name')) : undefined;
  const cut = name?.search(/\s[—–|-]\s/) ?? -1;
  if (!name || !parentName || cut < 3) return name;
  const head = name.slice(0, cut);
  return parentName.toLowerCase().startsWith(head.toLowerCase()) ? head : name;
}

/**
 * Company fields of one schema.org Organization (from JSON-LD or microdata, already as JSON). `where` gives the
 * JSON path or CSS selector of a property, for the evidence.
 */
export function orgToCompany(
  org: JsonObject,
  where: Where,
  ctx: FactContext,
  source: 'jsonld' | 'microdata',
  readLine?: LineReader,
): CompanyDraft {
  const company: CompanySignals = {};
  // "Tidewell & Pratt — Richmond Headquarters": an office's card names the firm, then the office.
  const written = jsonText(own(org, 'name'))?.replace(OFFICE_SUFFIX, '');
  const name = branchOf(org, written && withoutShopSuffix(written));
  const legalName = jsonText(own(org, 'legalName'));
  // Squarespace writes the site's Organization with its legal name alone: that is its name too.
  if (name) company.name = makeFact(ctx, source, name, where('name'));
  else if (legalName) company.name = makeFact(ctx, source, legalName, where('legalName'));
  if (legalName) company.legalName = makeFact(ctx, source, legalName, where('legalName'));
  const domain = websiteDomain(own(org, 'url'), ctx.url);
  const inSameAs = domain ? undefined : websiteInSameAs(org, ctx.url);
  if (domain) company.domain = makeFact(ctx, source, domain, where('url'));
  else if (inSameAs) company.domain = makeFact(ctx, source, inSameAs.domain, where('sameAs', inSameAs.index));
  const description = jsonText(own(org, 'description'), LIMITS.text);
  if (description) company.description = makeFact(ctx, source, description, where('description'));
  const employees = parseEmployees(own(org, 'numberOfEmployees'));
  if (employees) company.employees = makeFact(ctx, source, employees, where('numberOfEmployees'));
  const location = own(org, 'location');
  const address = own(org, 'address') ?? (isObject(location) ? own(location, 'address') : undefined);
  const hq = toAddress(address, readLine);
  if (hq) company.hq = makeFact(ctx, source, hq, where(own(org, 'address') ? 'address' : 'location'));
  const founded = toYear(own(org, 'foundingDate'), ctx.observedAt);
  if (founded) company.founded = makeFact(ctx, source, founded, where('foundingDate'));

  const sameAs = own(org, 'sameAs');
  const links = Array.isArray(sameAs) ? sameAs.slice(0, LIMITS.list) : [sameAs];
  const socials: NonNullable<CompanySignals['socials']> = {};
  links.forEach((link, i) => {
    const profile = socialProfile(first(link), ctx.url);
    if (profile && !socials[profile.network]) {
      socials[profile.network] = makeFact(
        ctx,
        source,
        profile.url,
        where('sameAs', Array.isArray(sameAs) ? i : undefined),
      );
    }
  });
  const urlProfile = socialProfile(first(own(org, 'url')), ctx.url);
  if (urlProfile && !socials[urlProfile.network])
    socials[urlProfile.network] = makeFact(ctx, source, urlProfile.url, where('url'));
  if (Object.keys(socials).length) company.socials = socials;
  return company;
}
