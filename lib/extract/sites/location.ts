import type { Address } from '../../signals/schema';
import { cityOrNone } from '../area';
import { toIsoCountry } from '../countries';

/**
 * First-level regions that profile sites print without a country ("Mountain View, CA", "Surry Hills, New South
 * Wales"): US states, Canadian provinces, Australian states. Two-letter codes are read only as US states and
 * Canadian provinces, where profile sites use them; a full name is unambiguous for all three.
 */
const REGIONS: Array<[string, string]> = [
  [
    'US',
    'alabama al|alaska ak|arizona az|arkansas ar|california ca|colorado co|connecticut ct|delaware de|florida fl|' +
      'georgia ga|hawaii hi|idaho id|illinois il|indiana in|iowa ia|kansas ks|kentucky ky|louisiana la|maine me|' +
      'maryland md|massachusetts ma|michigan mi|minnesota mn|mississippi ms|missouri mo|montana mt|nebraska ne|' +
      'nevada nv|new hampshire nh|new jersey nj|new mexico nm|new york ny|north carolina nc|north dakota nd|ohio oh|' +
      'oklahoma ok|oregon or|pennsylvania pa|rhode island ri|south carolina sc|south dakota sd|tennessee tn|texas tx|' +
      'utah ut|vermont vt|virginia va|washington wa|west virginia wv|wisconsin wi|wyoming wy|district of columbia dc',
  ],
  [
    'CA',
    'ontario on|quebec qc|british columbia bc|alberta ab|manitoba mb|saskatchewan sk|nova scotia ns|' +
      'new brunswick nb|newfoundland and labrador nl|prince edward island pe',
  ],
  [
    'AU',
    'new south wales|victoria|queensland|western australia|south australia|tasmania|australian capital territory|' +
      'northern territory',
  ],
];
const REGION_COUNTRY = new Map<string, string>();
for (const [country, list] of REGIONS) {
  for (const entry of list.split('|')) {
    const code = / ([a-z]{2})$/.exec(entry)?.[1];
    REGION_COUNTRY.set(code ? entry.slice(0, -3) : entry, country);
    // "Georgia" the state, not the country, once a city precedes it: only codes and names set here count.
    if (code) REGION_COUNTRY.set(code, country);
  }
}

function key(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The country a first-level region name or code belongs to ("CA" -> US, "New South Wales" -> AU). */
export function regionCountry(region: string): string | undefined {
  return REGION_COUNTRY.get(key(region));
}

/**
 * An address from a one-line location as profile sites print it: "City, Region, Country", "City, Region",
 * "City, Country" or "Region, Country" ("Redmond, Washington, U.S.", "Surry Hills, New South Wales",
 * "Berlin, Germany"). A lone part is a city unless it names a country. Metro areas and other area labels
 * ("Greater Stockholm Metropolitan Area", "Hamburg und Umgebung") are no city: the part is dropped.
 */
export function parseLocation(text: string | undefined): Address | undefined {
  if (!text) return undefined;
  const parts = text
    .slice(0, 200)
    .split(/\s*,\s*/)
    .map((p) => p.trim())
    // Street lines and postcodes ("One Microsoft Way" aside) carry digits; they are not city or region.
    .filter((p) => p && !/\d/.test(p))
    .slice(-4);
  if (!parts.length) return undefined;
  const address: Address = {};
  const last = parts[parts.length - 1] ?? '';
  // "Mountain View, CA": after a city, a two-letter US state or Canadian province code is a region, not a country.
  const stateCode = parts.length >= 2 && /^[A-Z]{2}$/.test(last) && regionCountry(last) !== undefined;
  const country = stateCode ? undefined : toIsoCountry(last);
  if (country && parts.length >= 1) {
    address.country = country;
    parts.pop();
  }
  if (parts.length >= 2) {
    const region = parts.pop() ?? '';
    address.region = region;
    address.country ??= regionCountry(region);
    address.city = cityOrNone(parts.pop());
  } else if (parts.length === 1) {
    const only = parts[0] ?? '';
    const inCountry = regionCountry(only);
    // "California, United States": a lone part that is a region of the stated country is the region.
    if (inCountry && (!address.country || inCountry === address.country) && key(only).length > 2) {
      address.region = only;
      address.country ??= inCountry;
    } else address.city = cityOrNone(only);
  }
  for (const k of Object.keys(address) as Array<keyof Address>) if (!address[k]) delete address[k];
  return Object.keys(address).length ? address : undefined;
}
