import type { Address, CompanySignals } from '../../signals/schema';
import { escapeRegExp } from '../../util/regexp';
import { foldAccents } from '../classify/normalize';
import { findAddresses, UK_COUNTY } from './address';
import { auMetroCity } from './au-metro';
import { districtCity } from './city-districts';
import { addressRegion, stateAfterCity } from './city-region';
import { tldCountry } from './country';
import { gazetteerPlace } from './gazetteer';
import { postcodeRegion } from './postcode-region';
import { regionBesideCity } from './region-beside-city';
import { regionOfCode } from './region-of-code';

// Past this confidence an HQ whose country came from the domain's code would claim more than that weak evidence.
const TLD_CONFIDENCE = 0.5;
// A well-known city's country is better evidence than a domain code but still an inference, not the page's words.
const GAZETTEER_CONFIDENCE = 0.6;
// A region added to an HQ the extractor itself holds weakly (a posting's blurb about its group, "part of the X Group,
// headquartered in Stuttgart, Germany", at 0.4) would stack a guess on a guess: such an HQ keeps its gap.
const REGION_MIN_CONFIDENCE = 0.45;

const sameCity = (a: string, b: string) => foldAccents(a).toLowerCase() === foldAccents(b).toLowerCase();

/**
 * An HQ named by its city alone ("headquartered in Bengaluru", a profile's "Stockholm") takes its country from what
 * else the page states: an address on the page in the same city that names its country (a posting's job address, a
 * footer's office), else the country of a major city whose name is no other place's (./gazetteer.ts, "Pittsburgh"
 * -> US, Pennsylvania), else the country code of the company's own domain (`zarilo.in`), the weakest evidence. Each
 * inference lowers the fact's confidence. An address outranks both; a city addresses place in two countries gets
 * none. When the domain's code and the city's table entry disagree (`acme.ca` "headquartered in London") one of them
 * is wrong and nothing says which: no country is inferred. An HQ with a city and country but no region takes the
 * table's region when the table places the city in that same country; a stated country or region is never changed.
 */
// A UK postcode's area names the nation it lies in: Scotland's, Wales's and Northern Ireland's areas, the rest
// England's; areas that straddle a border (TD, SY, CH) and the Crown dependencies' (GY, JE, IM) name none.
const SCOTLAND = new Set('AB DD DG EH FK G HS IV KA KW KY ML PA PH ZE'.split(' '));
const WALES = new Set('CF LD LL NP SA'.split(' '));
const NO_NATION = new Set('TD SY CH GY JE IM'.split(' '));

/** England, Scotland, Wales or Northern Ireland, from a UK postcode ("RG1 3BD" -> England). */
export function ukNation(postcode: string | undefined): string | undefined {
  const area = /^([A-Z]{1,2})\d/i.exec(postcode?.trim() ?? '')?.[1]?.toUpperCase();
  if (!area || NO_NATION.has(area)) return undefined;
  if (area === 'BT') return 'Northern Ireland';
  return SCOTLAND.has(area) ? 'Scotland' : WALES.has(area) ? 'Wales' : 'England';
}

/** The county the text names right after the city ("Stoke-on-Trent, Staffordshire"), the first time it does. */
function countyAfter(text: string, city: string): string | undefined {
  const at = text.indexOf(`${city}, `);
  if (at < 0) return undefined;
  const words = text
    .slice(at + city.length + 2, at + city.length + 40)
    .split(/[^\p{L}]+/u)
    .slice(0, 3);
  // The longest run of one to three words that is a county ("West Midlands", not "West").
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    if (UK_COUNTY.test(name)) return name;
  }
  return undefined;
}

/**
 * The Irish county the text names right after the city ("Dublin Road, Kilkenny, County Kilkenny", "Athlone, Co.
 * Westmeath"), as written: Irish addresses close on the county, which a seller files the account by.
 */
function irishCountyAfter(text: string, city: string): string | undefined {
  if (city.length > 40) return undefined;
  const county = new RegExp(
    `(?<!\\p{L})${escapeRegExp(city)},[ \\t]*((?:Co\\.|County)[ \\t]\\p{Lu}\\p{L}{2,20})(?!\\p{L})`,
    'u',
  );
  return county.exec(text)?.[1];
}

/**
 * The county that takes its name from the city, when the page names it ("Bedford" and "our depots across
 * Bedfordshire", "Derby" and "Derbyshire"): a county town lies in its own shire, so the page's county is the seat's.
 */
function ownShire(text: string, city: string): string | undefined {
  if (!/^\p{Lu}\p{L}+$/u.test(city)) return undefined;
  const shire = `${city}shire`;
  return new RegExp(`(?<!\\p{L})${shire}(?!\\p{L})`, 'u').test(text) ? shire : undefined;
}

// "Head Office – Ballarat" over "214 Learmonth Road, Wendouree VIC 3355": the company names its head office by the
// city, the address line by the suburb's postal locality. The marker's city is the seat a seller files, when the page
// says so in prose too ("headquartered in Ballarat"), and the address under the marker is the one held.
const HEAD_OFFICE_LINE =
  /^[ \t]*(?:head office|headquarters|hauptsitz|siège(?: social)?|sede central|sede principale|hoofdkantoor)[ \t]*[–—:-][ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){0,2})[ \t]*\n([^\n]*)/gimu;
const HQ_PROSE =
  /(?<!\p{L})(?:headquartered|head office is|based|hauptsitz ist|sitz ist|siège est|sede está|hoofdkantoor staat)\s+in\s+/iu;

function headOfficeCity(text: string, city: string): string | undefined {
  for (const m of text.matchAll(HEAD_OFFICE_LINE)) {
    const marker = m[1] ?? '';
    if (!marker || sameCity(marker, city) || !(m[2] ?? '').includes(city)) continue;
    const prose = new RegExp(`${HQ_PROSE.source}${escapeRegExp(marker)}(?!\\p{L})`, 'iu');
    if (prose.test(text)) return marker;
  }
  return undefined;
}

// City-states: the city is the state, whatever district an address line names before it ("Connaught Road Central,
// Central, Hong Kong"; "Kwun Tong, Kowloon"). A seller files them under the state's name.
const CITY_STATES: Record<string, { name: string; names: RegExp }> = {
  HK: { name: 'Hong Kong', names: /^(?:hong kong|香港|hongkong)/i },
  SG: { name: 'Singapore', names: /^(?:singapore|singapur|新加坡)/i },
  MO: { name: 'Macau', names: /^(?:macau|macao|澳門|澳门)/i },
  MC: { name: 'Monaco', names: /^(?:monaco|monte[- ]carlo)/i },
};

// "г. Шымкент", "м. Київ", "гр. София": the abbreviated word for "city" (Russian, Ukrainian, Bulgarian) that Cyrillic
// addresses and their microdata print before the city's name is no part of it.
const CITY_WORD = /^(?:г|гор|м|гр)\.\s*(?=\p{Lu})/u;

export function withHqCountry(company: CompanySignals, text: string | undefined): void {
  placeHq(company, text);
  // "head office in New Baneshwor, Kathmandu" and, further down, "New Baneshwor-10, Kathmandu, Nepal": a district
  // whose country only the page's address gave is filed under its city once the country is known.
  const seat = company.hq?.value;
  const core = seat?.city ? districtCity(seat.city, seat.country, seat.region) : undefined;
  if (company.hq && core) company.hq = { ...company.hq, value: { ...company.hq.value, city: core } };
  // "36015 Schio (VI) – Veneto": a province's, canton's or département's code gives way to the region the page names.
  const named = company.hq ? regionOfCode(company.hq.value, text) : undefined;
  if (company.hq && named) company.hq = { ...company.hq, value: { ...company.hq.value, region: named } };
}

function ownDistrict(district: string, address: Address): boolean {
  return !!address.city && districtCity(district, address.country, address.region) === address.city;
}

function placeHq(company: CompanySignals, text: string | undefined): void {
  const written = company.hq?.value.city;
  const bare = written?.replace(CITY_WORD, '');
  if (company.hq && written && bare && bare !== written)
    company.hq = { ...company.hq, value: { ...company.hq.value, city: bare } };
  const state = company.hq?.value.country ? CITY_STATES[company.hq.value.country] : undefined;
  const district = company.hq?.value.city;
  if (company.hq && state && district && !state.names.test(district))
    company.hq = { ...company.hq, value: { ...company.hq.value, city: state.name } };
  // "Bağcılar / İstanbul", "Nasr City, Cairo": a district of one of the largest cities, written where the city would
  // stand (a structured address's addressLocality, an address line), is filed under its city.
  const seat = company.hq?.value;
  const core = seat?.city ? districtCity(seat.city, seat.country, seat.region) : undefined;
  if (company.hq && core) company.hq = { ...company.hq, value: { ...company.hq.value, city: core } };
  const marked = company.hq?.value.city && text ? headOfficeCity(text, company.hq.value.city) : undefined;
  if (company.hq && marked) company.hq = { ...company.hq, value: { ...company.hq.value, city: marked } };
  // "Welshpool WA 6106": an Australian suburb whose postcode lies in a capital's metropolitan block is filed under the
  // capital, unless the page's own head-office marker already named the city.
  const suburb = company.hq?.value;
  const capital =
    suburb?.city && !marked ? auMetroCity(suburb.city, suburb.postalCode, suburb.country, suburb.region) : undefined;
  if (company.hq && capital) company.hq = { ...company.hq, value: { ...company.hq.value, city: capital } };
  const hq = company.hq;
  const city = hq?.value.city;
  if (!hq || !city) return;
  // A UK address without a county: the table's county for a city it knows ("Manchester": Greater Manchester), else
  // the nation its postcode names.
  const uk = hq.value.country === 'GB' && !hq.value.region;
  // "headquartered in Milton Keynes, Buckinghamshire": the page's own words name the city's county.
  // The shire only in England: a Welsh or Scottish seat is filed by its nation (and Aberdeen is no part of
  // Aberdeenshire).
  const english = uk && ['England', undefined].includes(ukNation(hq.value.postalCode));
  const named = uk && text ? (countyAfter(text, city) ?? (english ? ownShire(text, city) : undefined)) : undefined;
  if (named) {
    company.hq = { ...hq, value: { ...hq.value, region: named } };
    return;
  }
  const irish = hq.value.country === 'IE' && !hq.value.region && text ? irishCountyAfter(text, city) : undefined;
  if (irish) {
    company.hq = { ...hq, value: { ...hq.value, region: irish } };
    return;
  }
  const nation = uk ? ukNation(hq.value.postalCode) : undefined;
  const county = nation ? gazetteerPlace(city) : undefined;
  if (nation && !(county?.country === 'GB' && county.region)) {
    company.hq = { ...hq, value: { ...hq.value, region: nation } };
    return;
  }
  // "911 05 Trenčín, Trenčiansky kraj": the region the page's own address names beside the seat's city.
  // "Halifax, NS B3J 3N2" on the page, where the held seat names the city alone: the page's address gives the region.
  const beside =
    hq.value.country && !hq.value.region && text
      ? (regionBesideCity(text, city, hq.value.country) ?? addressRegion(text, city, hq.value.country))
      : undefined;
  if (beside) {
    company.hq = { ...hq, value: { ...hq.value, region: beside } };
    return;
  }
  const place = gazetteerPlace(city);
  if (hq.value.country) {
    // An Italian province's code ("Milano MI") gives way to the region the table names ("Lombardy"): a seller files
    // Italian accounts by region; a city the table lacks keeps its province.
    const province = hq.value.country === 'IT' && /^[A-Z]{2}$/.test(hq.value.region ?? '');
    if (
      (!hq.value.region || province) &&
      place?.region &&
      place.country === hq.value.country &&
      hq.confidence >= REGION_MIN_CONFIDENCE
    ) {
      company.hq = { ...hq, value: { ...hq.value, region: place.region } };
      return;
    }
    // "87616 Marktoberdorf": a town the table lacks, whose postcode's area lies in one Land.
    const byPostcode = !hq.value.region ? postcodeRegion(hq.value.country, hq.value.postalCode) : undefined;
    if (byPostcode) company.hq = { ...hq, value: { ...hq.value, region: byPostcode } };
    return;
  }
  const countries = new Set<string>();
  let districtRegion: string | undefined;
  for (const { address } of text ? findAddresses(text) : []) {
    // "headquarters in Madhapur, Hyderabad" over "…, Madhapur, Hyderabad, Telangana 500081": the district's city.
    const inDistrict = ownDistrict(city, address);
    if (inDistrict) districtRegion ??= address.region;
    if (address.country && (inDistrict || (address.city && sameCity(address.city, city))))
      countries.add(address.country);
  }
  const [stated] = countries;
  if (stated && countries.size === 1) {
    const listed = place?.country === stated ? place.region : undefined;
    // A city the table places in another country keeps the page's country alone (Bremen, GA is no Bremen the table
    // knows); one it does not list takes the region the page's address in it writes.
    const fromAddress = !place && text ? addressRegion(text, city, stated) : undefined;
    const region = !hq.value.region ? (listed ?? fromAddress ?? districtRegion) : undefined;
    company.hq = { ...hq, value: { ...hq.value, country: stated, ...(region ? { region } : {}) } };
    return;
  }
  if (countries.size) return;
  // "headquartered in Aberdeen" and, elsewhere, "in Aberdeen, South Dakota": the page's own words name the state.
  const stateNamed = text ? stateAfterCity(text, city) : undefined;
  if (stateNamed) {
    const region = hq.value.region ?? stateNamed.region;
    company.hq = { ...hq, value: { ...hq.value, country: stateNamed.country, region } };
    return;
  }
  const byDomain = tldCountry(company.domain?.value)?.country;
  if (place && (!byDomain || byDomain === place.country)) {
    const region = !hq.value.region ? place.region : undefined;
    company.hq = {
      ...hq,
      value: { ...hq.value, country: place.country, ...(region ? { region } : {}) },
      confidence: Math.min(hq.confidence, GAZETTEER_CONFIDENCE),
    };
    return;
  }
  if (byDomain && !place) {
    // "8160 Weiz" at a `.at` employer: the postcode's Land, in the country the domain names.
    const region = !hq.value.region ? postcodeRegion(byDomain, hq.value.postalCode) : undefined;
    company.hq = {
      ...hq,
      value: { ...hq.value, country: byDomain, ...(region ? { region } : {}) },
      confidence: Math.min(hq.confidence, TLD_CONFIDENCE),
    };
  }
}
