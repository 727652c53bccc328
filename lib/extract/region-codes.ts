import { toIsoCountry } from './countries';

/**
 * Codes of the first-level regions profile sites and addresses write after a city: US states and Canadian provinces
 * ("Austin, TX", "Toronto, ON"), Brazil's states ("Curitiba, PR", "Campinas - SP") and Australia's ("Adelaide SA
 * 5000", "Sydney NSW"). Kept apart from the region names (sites/location.ts) because the content script reads them
 * too (organization.ts, for microdata): this list is small, the names are not and stay in the background.
 */
export const NORTH_AMERICAN_CODES: ReadonlyArray<readonly [country: string, codes: string]> = [
  [
    'US',
    'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA ' +
      'RI SC SD TN TX UT VT VA WA WV WI WY DC',
  ],
  ['CA', 'ON QC BC AB MB SK NS NB NL PE'],
];
// Several of these are also country codes (PR Puerto Rico, SA Saudi Arabia, SE Sweden) or US states (PA, MA): after
// a city they are a region, and they name their country only when the code is no one else's.
const OTHER_CODES: ReadonlyArray<readonly [string, string]> = [
  ['BR', 'AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO'],
  ['AU', 'NSW VIC QLD SA WA TAS ACT NT'],
  // Swiss cantons whose code is no country's ("Lausanne, VD", "Lugano, TI"); GE, BE, FR, SG and the like stay countries.
  ['CH', 'ZH UR OW NW ZG TI VD VS JU'],
];
const CODE_COUNTRIES = new Map<string, Set<string>>();
for (const [country, list] of [...NORTH_AMERICAN_CODES, ...OTHER_CODES]) {
  for (const code of list.split(' ')) CODE_COUNTRIES.set(code, (CODE_COUNTRIES.get(code) ?? new Set()).add(country));
}

/**
 * A region code written after a city ("Austin, TX", "Toronto, ON", "Curitiba, PR", "Adelaide SA"): the region, and
 * its country when the code is only that country's and no country's own code. Undefined when the text is no such
 * code: an ISO country code alone ("Lyon, FR") stays a country.
 */
export function regionCode(text: string): { region: string; country?: string } | undefined {
  const code = text.trim();
  if (!/^[A-Z]{2,3}$/.test(code)) return undefined;
  const countries = CODE_COUNTRIES.get(code);
  if (!countries) return undefined;
  // US and Canadian codes are read as theirs, as profile sites have always used them ("Boston, MA" before Pará);
  // the others name their country only when no other country and no ISO code shares them ("SP", "NSW").
  const northAmerican = ['US', 'CA'].find((c) => countries.has(c));
  const [only] = countries;
  const country = northAmerican ?? (countries.size === 1 && toIsoCountry(code) === undefined ? only : undefined);
  return country ? { region: code, country } : { region: code };
}
