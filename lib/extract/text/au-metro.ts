/**
 * Australian addresses name the suburb, the postal locality, where the city would stand ("14 Kewdale Road, Welshpool
 * WA 6106", "222 Brunswick Street, Fortitude Valley QLD 4006"); a seller files the account under the capital whose
 * metropolitan area the suburb lies in. Australia Post gives each capital's metropolitan delivery area one block of
 * postcodes, so the postcode says it, for any suburb, without a list of suburbs. Background only (./hq-country.ts).
 *
 * Source: Australia Post's postcode scheme. Only the inner, unambiguous part of each block is kept: the outer
 * ranges (Sydney's 2555-2574 and 2740-2786, Melbourne's 3750-3810, Adelaide's northern 5100s, Perth's 6200s) mix
 * outer suburbs with towns of their own, and a postcode there keeps the suburb's name. Post office box ranges (1000s,
 * 8000s, 9000s) are left out too: a box's postcode says where the mail is collected, not where the office is.
 *
 * Format: [state code, capital, first and last postcode of the block].
 */
const METRO_BLOCKS: ReadonlyArray<readonly [state: string, capital: string, from: number, to: number]> = [
  ['NSW', 'Sydney', 2000, 2234],
  ['ACT', 'Canberra', 2600, 2618],
  ['ACT', 'Canberra', 2900, 2914],
  ['VIC', 'Melbourne', 3000, 3207],
  ['QLD', 'Brisbane', 4000, 4179],
  ['SA', 'Adelaide', 5000, 5099],
  ['WA', 'Perth', 6000, 6199],
  ['TAS', 'Hobart', 7000, 7019],
  ['NT', 'Darwin', 800, 832],
];

// Cities of their own inside a capital's block, which their own pages and a seller name as such: a postcode there
// keeps the written name ("Parramatta NSW 2150", "Fremantle WA 6160").
const OWN_CITIES = new Set(
  [
    'Parramatta',
    'Liverpool',
    'Bankstown',
    'Penrith',
    'Frankston',
    'Dandenong',
    'Fremantle',
    'Joondalup',
    'Rockingham',
    'Armadale',
    'Palmerston',
    'Redcliffe',
    'Ipswich',
    'Logan',
  ].map((name) => name.toLowerCase()),
);

// The state's code or name as an address or its structured data writes it.
const STATE_NAMES: Record<string, string> = {
  'new south wales': 'NSW',
  'australian capital territory': 'ACT',
  victoria: 'VIC',
  queensland: 'QLD',
  'south australia': 'SA',
  'western australia': 'WA',
  tasmania: 'TAS',
  'northern territory': 'NT',
};

/**
 * The capital an Australian suburb's postcode lies in ("Welshpool", WA, "6106" -> Perth), when the address is
 * Australian, its postcode falls in a capital's metropolitan block and its state, if written, is that capital's.
 * Undefined otherwise: a regional town's postcode ("Wendouree VIC 3355") names no capital, and the suburb stays.
 */
export function auMetroCity(
  city: string,
  postalCode: string | undefined,
  country: string | undefined,
  region?: string,
): string | undefined {
  if (country !== 'AU' || !postalCode || !/^\d{4}$/.test(postalCode.trim()) || city.length > 60) return undefined;
  if (
    OWN_CITIES.has(
      city
        .trim()
        .toLowerCase()
        .replace(/\s+city$/, ''),
    )
  )
    return undefined;
  const code = Number(postalCode.trim());
  const block = METRO_BLOCKS.find(([, , from, to]) => code >= from && code <= to);
  if (!block) return undefined;
  const state = region ? (STATE_NAMES[region.trim().toLowerCase()] ?? region.trim().toUpperCase()) : undefined;
  if (state && state !== block[0]) return undefined;
  return block[1].toLowerCase() === city.trim().toLowerCase() ? undefined : block[1];
}
