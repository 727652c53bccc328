import type { Address } from '../../signals/schema';
import { cityOrNone } from '../area';
import { regionCountry, regionOfNamedCountry } from '../sites/location';
import { districtCity } from './city-districts';
import { toIsoCountry } from './country-names';
import { cityKey, gazetteerPlace } from './gazetteer';

// A first-level region's own word: "Región del Biobío", "Provincia de Córdoba", "Departamento de Antioquia".
const REGION_WORD =
  /^(?:regi[óo]n|provincia|departamento|estado|state|province|county|prefecture|voivodeship|wojew[óo]dztwo)\b/iu;
// Or after it, as Nigeria names its states and Kenya its counties: "Lagos State", "Kiambu County".
const REGION_SUFFIX = /^\p{Lu}[\p{L}' -]{1,30}\s(?:State|County|Province|Region)$/u;
// A contact clause after the address on the same line ("..., México. Tel. 667 555 0192"): no part of it.
// The label ends in a colon, a dot or the number itself ("Tel Aviv" is a city).
const CONTACT_CLAUSE =
  /[.;,]?\s+(?:tel|telp|telf|t[ée]l[ée]fono|telefon|phone|ph|fax|e-?mail|mob|whatsapp)(?:\.|\s*:|\s+[+(\d]).*$/iu;
const SEGMENTS = /\n|\s[·•|]\s/g;
const MAX_LINE_HITS = 10;
// A postcode leading the city's part: "X5000 Córdoba", "35620 Çiğli", "050021 Medellín".
const LEADING_POSTCODE = /^([A-Z]?\d{4,6}[A-Z]{0,3})\s+/;
// A line of a European postcode and its town alone: "4810 Gmunden", "45770 Saran".
const POSTCODE_TOWN = /^(\d{4,5})[ \t]+(\p{Lu}[\p{L}.'’-]+(?: [\p{L}.'’-]+){0,3})$/u;

/** A part of a line that is a first-level region, and its country ("Antioquia" -> CO), when the table knows it. */
function regionOf(part: string): { region: string; country?: string } | undefined {
  // A part with a postcode is a city's ("06700 Ciudad de México"), whatever its name.
  if (/\d/.test(part)) return undefined;
  // "jud. Bistrița-Năsăud", "județul Cluj": a Romanian county's word before its name is no part of it.
  const county = COUNTY_WORD.exec(part);
  if (county) return { region: part.slice(county[0].length) };
  const mexican = mexicanState(part);
  if (mexican) return { region: mexican, country: 'MX' };
  const country = regionCountry(part);
  return country || REGION_WORD.test(part) || REGION_SUFFIX.test(part) ? { region: part, country } : undefined;
}

// "Calle Pedro Moreno 1583, Col. Americana, Guadalajara, Jal.": Mexico's addresses close on the state's standard
// abbreviation (its closing dot already cut off), which names the state and the country. Left out: those that are
// also words or other abbreviations ("Col." a colonia, "Mor.", "Son.", "Ver.", "Camp.", "Tab.").
function mexicanState(part: string): string | undefined {
  return MX_STATE_CODES[part.replace(/\s+/g, '').replace(/\.$/, '')];
}

const MX_STATE_CODES: Record<string, string> = {
  Ags: 'Aguascalientes',
  'B.C': 'Baja California',
  'B.C.S': 'Baja California Sur',
  Chih: 'Chihuahua',
  Chis: 'Chiapas',
  Coah: 'Coahuila',
  Dgo: 'Durango',
  'Edo.Méx': 'Estado de México',
  'Edo.Mex': 'Estado de México',
  Gto: 'Guanajuato',
  Hgo: 'Hidalgo',
  Jal: 'Jalisco',
  Mich: 'Michoacán',
  'N.L': 'Nuevo León',
  Oax: 'Oaxaca',
  Pue: 'Puebla',
  'Q.Roo': 'Quintana Roo',
  Qro: 'Querétaro',
  'S.L.P': 'San Luis Potosí',
  Tamps: 'Tamaulipas',
  Tlax: 'Tlaxcala',
  Yuc: 'Yucatán',
  Zac: 'Zacatecas',
};
const COUNTY_WORD = /^(?:jud\.|jude[țţt]ul|judet)\s*(?=\p{Lu})/iu;

/**
 * Addresses written without a postcode before the city, as much of Latin America writes them: a street part with a
 * number, then the city, a region and the country closing the line ("Av. Arturo Prat 199, oficina 1204, Concepción,
 * Región del Biobío, Chile"; "Carrera 43A # 14-109, oficina 802" over "Medellín, Antioquia, Colombia"). The city is
 * the part before the region or the country; the country is named, or the region's (Antioquia: Colombia). A number
 * must come first, in the line or the line before: a list of places ("Quito, Ecuador") is no address.
 */
export function lineAddresses(
  text: string,
  siteCountry?: string,
): Array<{ address: Address; index: number; siteCountry?: boolean }> {
  const hits: Array<{ address: Address; index: number; siteCountry?: boolean }> = [];
  let start = 0;
  let previous = '';
  for (const m of `${text}\n`.matchAll(SEGMENTS)) {
    const segment = text.slice(start, m.index);
    const hit = lineAddress(segment.replace(CONTACT_CLAUSE, ''), previous, siteCountry);
    if (hit && hits.length < MAX_LINE_HITS) hits.push({ ...hit, index: start });
    previous = segment;
    start = m.index + m[0].length;
  }
  return hits;
}

/** A part with a house number, not a label's count ("Offices: 12 countries") or a copyright line's year. */
function isStreetPart(part: string): boolean {
  // An amount ("€3.1m", "$12M") is no house number either.
  if (!/\d/.test(part) || part.includes(':') || /©|copyright|[€$£¥]/i.test(part)) return false;
  // A sentence's words ("... ISO 45001 certification since 2020. Our main supplier is X of Miami") are no street's.
  if (part.split(/\s+/).length > 8) return false;
  return !/\d\s+\p{Ll}+s\b/u.test(part) && /\d/.test(part.replace(/\b(?:19|20)\d\d\b/g, ''));
}

// A postcode after the city's name: "Christchurch 8042", "Jakarta 10220"; South Asia joins it with a hyphen
// ("Karachi-75350", "Dhaka-1213", "Pune - 411045"), the way its letters are addressed: after a name's lower-case
// letter, as a Spanish register sheet's code ("Hoja AB-12345") never stands.
const TRAILING_POSTCODE = /(?:\s|(?<=\p{Ll})\s?-\s?)(\d{4,6})$/u;
// A post-office box ("P.O. Box 16221", "Private Bag 0021", "Postfach 1120", "Apartado 45"): a delivery point with a
// number, as a street is, whose number is no postcode and whose words are no city.
const POST_BOX =
  /^(?:(?:G\.?P\.?O\.?|P\.?\s?O\.?)\s*Box|Box|Private Bag|Locked Bag|Postfach|Postbus|Postboks|Boîte postale|B\.P\.|Apartado(?: postal)?|Casilla(?: de correo)?|Caixa Postal)\s*\d/iu;

// West and Central Africa's post-office box, the city after it ("01 BP 4417 Abidjan 01", "BP 15 Dakar"): the city.
const BOX_CITY = /^(?:\d{2}\s+)?B\.?P\.?\s*\d{1,6}\s+(\p{Lu}[\p{L}'’ -]{1,40}?)(?:\s+\d{1,2})?$/u;

// The street words Spanish and Portuguese addresses open with, before the street's name.
const STREET_OPENING =
  /^(?:calle|c\/|avenida|avda\.?|av\.|calzada|calz\.|bulevar|blvd\.|paseo|carrera|cra\.|jir[óo]n|jr\.|perif[ée]rico|prolongaci[óo]n|pasaje|rua|r\.|travessa|alameda|rodovia)\s/iu;

// "Plot 4112", "Erf 4418": southern and eastern Africa number a plot of land as a street's house.
const UNIT_WORD =
  /^(?:plot|erf|of|ofic|oficina|suite|ste|piso|dpto|depto|departamento|local|int|interior|apto|apt|sala|andar|conjunto|unit|floor|level|torre|bloque|bloco)\.?$/iu;

// "Harare, Zimbabwe. Established 2012": a full stop after a word (not an abbreviation's: "Sta. Cruz", "Mt. Hope")
// ends the address's sentence; what follows is no city and its year no postcode.
const SENTENCE_BREAK = /\p{Ll}{3}\.\s+\p{Lu}/u;
const AFTER_COUNTRY_SENTENCE = /^([^.]{3,40}?)\.\s+\p{Lu}/u;
// "Chimbote, Áncash – Perú": a dash may stand for the last comma, before the country.
const DASHED_COUNTRY = /^(.+?)\s+[–—-]\s+(\p{Lu}[\p{L} .]{2,30})$/u;
// "Mexicali, Baja California, C.P. 21397, México": the postcode in a labelled part of its own after the region.
const LABELLED_POSTCODE = /^(?:C\.?\s?P\.?|CEP|Post ?code|C[óo]digo postal)\s*(\d{4,6})$/iu;
// A part naming a road, a building or an area, not a town: "Mumbwa Road", "Kopje House", "Heavy Industrial Area".
const PREMISES_PART =
  /\s(?:road|rd|street|avenue|drive|way|lane|house|building|bldg|tower|towers|plaza|court|centre|complex|area|estate)\.?$/iu;

const POSTCODE_LABEL = /^(?:C\.?\s?P\.?|CEP|PLZ|CAP|Post ?code|C[óo]digo postal|Code postal)$/iu;

/** A part that is a city and its postcode ("72029 Puebla", "Christchurch 8042"), not a box ("P.O. Box 16221"). */
function postcodeCity(part: string): { city: string; region?: string; postalCode?: string } | undefined {
  if (POST_BOX.test(part)) return undefined;
  const lead = LEADING_POSTCODE.exec(part);
  const trail = TRAILING_POSTCODE.exec(part);
  const city = lead ? part.slice(lead[0].length) : trail ? part.slice(0, trail.index) : '';
  // "C.P. 03940", "CEP 95010", "PLZ 8001": the postcode's label, the city in another part.
  if (POSTCODE_LABEL.test(city)) return undefined;
  // "oficina 1204", "Suite 5200" are a unit's number: the city's part is capitalized and has no other digit.
  if (!/^\p{Lu}\D*$/u.test(city) || SENTENCE_BREAK.test(city)) return undefined;
  // "Calle Pedro Moreno 1583": a street's name and its house number, not a city and its postcode; "Of. 1201",
  // "Piso 12": a unit's.
  if (!lead && (STREET_OPENING.test(city) || UNIT_WORD.test(city))) return undefined;
  const postalCode = lead?.[1] ?? trail?.[1];
  // "Sion VS 1950", "Fortitude Valley QLD 4006": a canton's or state's code between the city and the postcode.
  // "31012 Pamplona (Navarra)", "25065 Lumezzane (BS)": the province in brackets after it.
  const coded = /^(.+?)\s+([A-Z]{2,3})$/u.exec(city) ?? /^(.+?)\s*\(([^()\d]{2,30})\)$/u.exec(city);
  return coded?.[1] && coded[2] ? { city: coded[1], region: coded[2], postalCode } : { city, postalCode };
}

/** The city part of a line address, without its postcode, and the parts after it (regions). */
function cityPart(
  parts: string[],
  regionKnown: boolean,
  country?: string,
): { at: number; city: string; region?: string; postalCode?: string; boxed?: boolean } | undefined {
  // A part with a postcode is the city's, whatever follows it ("Christchurch 8042, Canterbury").
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] ?? '';
    const withPostcode = postcodeCity(part);
    if (withPostcode) return { at: i, ...withPostcode };
    const boxed = BOX_CITY.exec(part)?.[1];
    if (boxed) return { at: i, city: boxed, boxed: true };
    if (isStreetPart(part)) break;
  }
  // Without one, the parts after the street: one is the city; a district and the city only before a known region
  // ("El Poblado, Medellín, Antioquia"); two before a country alone may be a city and its region: no answer.
  let first = parts.length;
  while (first > 0 && !isStreetPart(parts[first - 1] ?? '')) first--;
  const rest = parts.length - first;
  const city = parts.at(-1) ?? '';
  // "6th Zone, Nasr City, Cairo, Egypt": a district the table knows to be the last part's own, whatever building or
  // street names stand before it ("3rd Floor, Argwings Court, Argwings Kodhek Road, Kilimani, Nairobi, Kenya").
  const ownDistrict = rest >= 2 && !!districtCity(parts.at(-2) ?? '', country, city);
  // "Plot 9, Mumbwa Road, Heavy Industrial Area, Lusaka, Zambia": a road's, building's or area's name before a city
  // the table knows in the named country. A bare name before it ("Getafe, Madrid") may be a town in its province.
  const knownCity =
    rest >= 2 &&
    rest <= 3 &&
    !!country &&
    gazetteerPlace(city)?.country === country &&
    parts.slice(first, -1).every((part) => PREMISES_PART.test(part));
  if (rest === 1 || ownDistrict || knownCity || (rest === 2 && regionKnown)) return { at: parts.length - 1, city };
  return undefined;
}

/**
 * `siteCountry` (the site's country-code TLD) stands for a country the line leaves out only where the city carries
 * its postcode after a street ("Jl. Jenderal Sudirman Kav. 58, Jakarta Selatan 12190" on a .id site).
 */
const LABEL = /^[ \t]*\p{L}[\p{L} .]{1,30}(?::[ \t]*|\t[ \t]*)(?=[\p{L}\d])/u;

/**
 * The last part cut to the country it names: a sentence after it ("Zimbabwe. Established 2012") is no part of the
 * address, and a dash before it ("Áncash – Perú") parts it from the region as a comma would.
 */
function closeOnCountry(parts: string[]): void {
  const last = parts.at(-1) ?? '';
  const sentence = AFTER_COUNTRY_SENTENCE.exec(last);
  if (sentence?.[1] && toIsoCountry(sentence[1])) {
    parts[parts.length - 1] = sentence[1];
    return;
  }
  const dashed = DASHED_COUNTRY.exec(last);
  if (dashed?.[1] && dashed[2] && toIsoCountry(dashed[2])) parts.splice(-1, 1, dashed[1], dashed[2]);
}

function lineAddress(
  segment: string,
  previous: string,
  siteCountry?: string,
): { address: Address; siteCountry?: boolean } | undefined {
  if (segment.length > 200 || !segment.includes(',')) return undefined;
  // "Oficina principal: Calle 19 # 8-34, Pereira, ...", "HQ location<tab>Yerevan, Armenia": the row's label before a
  // colon or in its own cell is no part of the address.
  // "Kampala: Plot 12, Kololo Hill Drive, Kampala, Uganda": a line labelled with its city is one office of several
  // listed by town, not the seat.
  const label = LABEL.exec(segment)?.[0].replace(/[:\t ]+$/, '');
  if (label && gazetteerPlace(label)) return undefined;
  const parts = segment
    .replace(LABEL, '')
    .split(/\s*,\s*/)
    .map((p) => p.trim().replace(/\.$/, ''));
  const address: Address = {};
  closeOnCountry(parts);
  const at = toIsoCountry(parts.at(-1) ?? '') ? parts.length - 2 : parts.length - 1;
  const labelled = at >= 2 ? LABELLED_POSTCODE.exec(parts[at] ?? '') : null;
  if (labelled?.[1]) {
    address.postalCode = labelled[1];
    parts.splice(at, 1);
  }
  const last = parts.at(-1) ?? '';
  const named = last.length > 2 ? toIsoCountry(last) : undefined;
  if (named) {
    address.country = named;
    parts.pop();
  }
  // "…, 06700 Ciudad de México": a capital district's postcode and name close the line; it is the city and names its
  // country.
  const capital = named ? undefined : LEADING_POSTCODE.exec(last);
  const district = capital ? regionCountry(last.slice(capital[0].length)) : undefined;
  if (capital && district && parts.slice(0, -1).some(isStreetPart)) {
    const city = cityOrNone(last.slice(capital[0].length));
    return city ? { address: { city, postalCode: capital[1], country: district } } : undefined;
  }
  // "P.O. Box 16221, Arusha, Tanzania": right after the street or box, a name that is also a region's is the city.
  const beforeLast = parts.at(-2) ?? '';
  const afterStreet = isStreetPart(beforeLast) && !postcodeCity(beforeLast);
  // "… 48,000 m² para un cliente en Apodaca, N.L.": a state's abbreviation is never the city itself.
  if (afterStreet && mexicanState(last)) return undefined;
  // "Young, Río Negro, Uruguay": the named country's own region before another country's of the same name.
  const tail = parts.at(-1) ?? '';
  const namedRegion = named && regionOfNamedCountry(tail, named) ? { region: tail, country: named } : undefined;
  const lastRegion = parts.length > 1 ? (namedRegion ?? regionOf(tail)) : undefined;
  const region = afterStreet ? undefined : lastRegion;
  // "C.P. 03940, Ciudad de México": the city that is also a region names the country it stands in.
  if (afterStreet && !named) address.country = lastRegion?.country;
  if (region && (!named || !region.country || region.country === named)) {
    address.region = region.region;
    address.country ??= region.country;
    parts.pop();
  }
  if (parts.length === 0) return undefined;
  const found = cityPart(parts, !!region, address.country);
  if (!found) return undefined;
  const fromSite =
    !address.country && !!siteCountry && !!found.postalCode && parts.slice(0, found.at).some(isStreetPart);
  if (fromSite) address.country = siteCountry;
  if (!address.country) return undefined;
  if (found.postalCode) address.postalCode = found.postalCode;
  if (found.region) address.region ??= found.region;
  const after = parts.slice(found.at + 1);
  if (!address.region && after.length === 1) address.region = after[0];
  // "Çiğli / İzmir": a district and its city.
  const city = found.city.split('/').pop()?.trim() ?? '';
  const before = parts.slice(0, found.at);
  // The box is the numbered delivery point itself.
  const numbered =
    found.boxed ||
    before.some(isStreetPart) ||
    // "Av. Los Pescadores Mz. B Lote 12, Zona Industrial ...": the line before opens on its street and number.
    (!before.length && (isStreetPart(previous) || isStreetPart(previous.split(',')[0] ?? '')) && previous.length < 120);
  // A bracket left open is a list's part ("Agrofonds Wageningen (Wageningen, Netherlands)"), no city.
  if (!numbered || /[\d()]/.test(city) || city.split(/\s+/).length > 4 || !/^\p{Lu}/u.test(city)) return undefined;
  const clean = cityOrNone(city);
  if (!clean || toIsoCountry(clean)) return undefined;
  // "4810 Gmunden\nOberösterreich, Österreich": alone on the line under the postcode and town, a first-level region of
  // the named country is that address's region, not its city.
  const above = !before.length && regionCountry(clean) === address.country ? POSTCODE_TOWN.exec(previous.trim()) : null;
  if (above?.[1] && above[2])
    return { address: { city: above[2], postalCode: above[1], region: clean, country: address.country } };
  // "Vitacura, Santiago, Chile": the part read as a region is the city the district lies in.
  const core = districtCity(clean, address.country, address.region);
  address.city = core ?? clean;
  if (core && address.region && cityKey(address.region) === cityKey(core)) delete address.region;
  return fromSite ? { address, siteCountry: true } : { address };
}
