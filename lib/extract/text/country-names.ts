import { countryKey, toIsoCountry as listed } from '../countries';

/**
 * Countries the content script never needs to name (its table in ../countries.ts stays small: the 100 KB budget),
 * which addresses and seat lines read in the background do name: West, Central, East and Southern Africa in English
 * and, where they write it, French or Portuguese ("Côte d'Ivoire", "Cameroun", "Moçambique"), and the rest of the
 * Americas, Europe and Asia that pages name. Alpha-3 codes that spell a word ("and", "ben", "nam") are left out.
 */
const MORE: Array<[string, string]> = [
  ['CI', 'cote d ivoire|cote divoire|ivory coast|civ'],
  ['SN', 'senegal'],
  ['CM', 'cameroon|cameroun|cmr'],
  ['ML', 'mali|mli'],
  ['BF', 'burkina faso|bfa'],
  ['BJ', 'benin'],
  ['TG', 'togo|tgo'],
  ['NE', 'niger'],
  ['GA', 'gabon'],
  ['CG', 'republic of the congo|congo brazzaville|cog'],
  ['CD', 'democratic republic of the congo|dr congo|rdc|rd congo'],
  ['MG', 'madagascar|mdg'],
  ['MU', 'mauritius|maurice'],
  ['ZM', 'zambia|zmb'],
  ['ZW', 'zimbabwe|zwe'],
  ['BW', 'botswana|bwa'],
  ['NA', 'namibia'],
  ['MZ', 'mozambique|mocambique|moz'],
  ['AO', 'angola'],
  ['SD', 'sudan|sdn'],
  ['LY', 'libya|lby'],
  ['MW', 'malawi|mwi'],
  ['GN', 'guinea|guinee'],
  ['BO', 'bolivia'],
  ['PY', 'paraguay|pry'],
  ['GT', 'guatemala|gtm'],
  ['HN', 'honduras|hnd'],
  ['SV', 'el salvador|slv'],
  ['NI', 'nicaragua'],
  ['TT', 'trinidad and tobago|tto'],
  ['BA', 'bosnia and herzegovina|bosnia|bih'],
  ['MK', 'north macedonia|macedonia|mkd'],
  ['AL', 'albania|alb'],
  ['ME', 'montenegro|mne'],
  ['MD', 'moldova|mda'],
  ['AD', 'andorra'],
  ['MN', 'mongolia|mng'],
  ['LA', 'laos|lao'],
  ['BN', 'brunei|brn'],
  ['MV', 'maldives|mdv'],
  ['AF', 'afghanistan|afg'],
  ['SY', 'syria|syr'],
  ['YE', 'yemen|yem'],
  // Oceania beyond Australia and New Zealand: "..., Eastern Highlands Province, Papua New Guinea".
  ['PG', 'papua new guinea'],
  ['SB', 'solomon islands'],
  ['VU', 'vanuatu'],
  ['WS', 'samoa'],
  ['TO', 'tonga'],
];
const NAMES = new Map<string, string>();
for (const [code, names] of MORE) for (const name of names.split('|')) NAMES.set(name, code);

/** ../countries.ts toIsoCountry, with the names above. */
export function toIsoCountry(input: unknown): string | undefined {
  return listed(input) ?? (typeof input === 'string' && input.length <= 80 ? NAMES.get(countryKey(input)) : undefined);
}
