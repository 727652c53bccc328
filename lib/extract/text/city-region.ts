import { escapeRegExp } from '../../util/regexp';
import { foldAccents } from '../classify/normalize';
import { regionCode } from '../region-codes';
import { CA_NAMES, findAddresses, US_STATE_NAMES } from './address';

const sameCity = (a: string, b: string) => foldAccents(a).toLowerCase() === foldAccents(b).toLowerCase();

/**
 * The region the page's own addresses write for the seat's city, when the seat as held names none: a structured
 * address cut short ("addressLocality": "Halifax", no region) beside the footer's "1959 Example St, Halifax, NS B3J
 * 3N2". One region: a code and a name may both stand ("NS", "Nova Scotia"), two codes or two names are two places.
 */
export function addressRegion(text: string, city: string, country: string): string | undefined {
  const codes = new Set<string>();
  const names = new Set<string>();
  let first: string | undefined;
  for (const { address } of findAddresses(text)) {
    if (!address.city || !address.region || address.country !== country || !sameCity(address.city, city)) continue;
    first ??= address.region;
    (regionCode(address.region) ? codes : names).add(foldAccents(address.region).toLowerCase());
  }
  return codes.size <= 1 && names.size <= 1 ? first : undefined;
}

// US states and Canadian provinces by name; Georgia is also a country ("Tbilisi, Georgia") and is read only on a page
// that writes the state's postal code before one of its ZIP codes (below).
const STATE_NAMES = new RegExp(`^,[ \\t]*(${US_STATE_NAMES}|${CA_NAMES})(?![\\p{L}])`, 'u');
// "Cornelia, GA 30531": the US state's code and a ZIP code in its range (30000-31999, 39800-39999); the country's
// postcodes have four digits.
const GEORGIA_ZIP = /(?<![\p{L}])(?:GA|Georgia)[ \t]+(?:3[01]\d{3}|398\d{2}|399\d{2})(?!\d)/u;
const CA_NAME = new RegExp(`^(?:${CA_NAMES})$`, 'u');
const MAX_OCCURRENCES = 20;

/**
 * The US state or Canadian province the text writes after the seat's city by name ("opened a store on Main Street in
 * Aberdeen, South Dakota"), for a seat held by its city alone; none when the city stands before two.
 */
export function stateAfterCity(text: string, city: string): { region: string; country: string } | undefined {
  if (city.length > 60) return undefined;
  const at = new RegExp(`(?<![\\p{L}])${escapeRegExp(city)}(?![\\p{L}])`, 'gu');
  const found = new Set<string>();
  let n = 0;
  for (const m of text.matchAll(at)) {
    if (++n > MAX_OCCURRENCES) break;
    const state = STATE_NAMES.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40))?.[1];
    if (state && (state !== 'Georgia' || GEORGIA_ZIP.test(text))) found.add(state);
  }
  const [region] = found;
  if (!region || found.size !== 1) return undefined;
  return { region, country: CA_NAME.test(region) ? 'CA' : 'US' };
}
