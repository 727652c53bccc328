import type { Department, Seniority } from '../../signals/enums';

/**
 * Swahili titles as East African companies and news write them, folded as the Latin rules of ./title.ts read them
 * (lower case, no accents) and joined to those rules at the last rule of each level. A "Mkurugenzi Mtendaji" (executive
 * director) or "Afisa Mkuu Mtendaji" (chief executive officer) runs the company, a "Mwenyekiti" chairs its board, a
 * "Mwanzilishi" founded it; a "naibu" (deputy) or "makamu" (vice) of one of them is a vp, as "Vice President" is; a
 * "Mkuu wa ..." heads a unit, a "Mkurugenzi" directs a function, a "Meneja" or "Msimamizi" runs a team.
 * "Mwalimu", "Daktari" and "Rais" are also honorifics written before a name, and "Fundi", "Karani" and "Hazina" are
 * names, so they are left out: the name reader drops a name that reads as a job title.
 */
const DEPUTY = '(?<!(?:naibu|makamu(?: wa)?) )';
const CHIEF = `${DEPUTY}(?:mkurugenzi mtendaji|afisa mkuu mtendaji|mwenyekiti|meneja mkuu|mkurugenzi mkuu)`;
const FOUNDER = 'mwanzilishi(?: mwenza)?|mmiliki';

export const SWAHILI_SENIORITY: Partial<Record<Seniority, string>> = {
  intern: 'mwanagenzi|mwanafunzi wa mafunzo',
  owner: FOUNDER,
  // A chief officer of a function ("Afisa Mkuu wa Fedha", the CFO) is c-level in that function's department.
  'c-level': `${CHIEF}|${DEPUTY}afisa mkuu(?: wa)? \\w+`,
  vp: '(?:naibu|makamu(?: wa)?) (?:mkurugenzi|mwenyekiti|afisa mkuu|meneja mkuu|rais)',
  head: 'mkuu wa \\w+',
  director: 'mkurugenzi',
  manager: 'meneja|msimamizi',
  senior: 'mwandamizi|mtaalamu|profesa',
  entry: 'afisa|msaidizi|mchambuzi|mshauri|mwakilishi|mratibu|mhasibu|mhandisi',
};

export const SWAHILI_DEPARTMENT: Partial<Record<Department, string>> = {
  executive: `${CHIEF}|${FOUNDER}`,
  support: 'huduma kwa wateja',
  sales: 'mauzo|maendeleo ya biashara',
  marketing: 'masoko|mawasiliano|uhusiano wa umma',
  hr: 'rasilimali watu|utumishi',
  finance: 'fedha|mhasibu|uhasibu|mkaguzi|ukaguzi',
  legal: 'sheria|mwanasheria|wakili',
  education: 'elimu|mhadhiri',
  healthcare: 'muuguzi|afya|tabibu',
  research: 'utafiti|mtafiti',
  it: 'teknolojia ya habari|tehama',
  engineering: 'mhandisi|uhandisi',
  operations: 'uendeshaji|uzalishaji|ununuzi|manunuzi|ugavi|usafirishaji|ghala|utawala|mradi|kiwanda',
};
