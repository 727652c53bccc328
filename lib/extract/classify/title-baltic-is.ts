import type { Department, Seniority } from '../../signals/enums';

/**
 * Icelandic titles, and the Baltic and Finnish words the lists of ./title.ts lack, folded as those rules read them
 * (lower case, no accents: "ð" is "d", "æ" is "ae", "þ" is "th"). Icelandic forms a head by "-stjóri": a company's
 * chief executive is its "forstjóri" or "framkvæmdastjóri", its finance chief (CFO) the "fjármálastjóri", its board's
 * chair the "stjórnarformaður"; any other "-stjóri" runs its function ("sölustjóri": sales manager), and a deputy
 * ("aðstoðarforstjóri") is a vp. A chief accountant ("aðalbókari", Estonian "pearaamatupidaja", Latvian "galvenais
 * grāmatvedis", Lithuanian "vyriausiasis buhalteris") heads the accounts; the Estonian "tegevdirektor" is the chief
 * executive, as "tegevjuht" is. Joined at the last rule of each level, as the other languages' lists are.
 */
const IS_CHIEF = '(?:forstjori|framkvaemdastjori|fjarmalastjori|stjornarformad\\w*)';

export const BALTIC_IS_SENIORITY: Partial<Record<Seniority, string>> = {
  'c-level': `${IS_CHIEF}|tegevdirektor\\w*`,
  vp: 'adstodar(?:forstjori|framkvaemdastjori)',
  head: 'adalbokari|pearaamatupidaja|galvenais gramatvedis|galven\\w* gramatved\\w*|vyriausi\\w* buhalter\\w*',
  manager: '\\w+stjori',
  entry: 'bokari|raamatupidaja|gramatved\\w*|buhalter\\w*',
};

export const BALTIC_IS_DEPARTMENT: Partial<Record<Department, string>> = {
  executive: 'forstjori|framkvaemdastjori|stjornarformad\\w*|tegevdirektor\\w*',
  sales: 'solustjori|solufulltrui|solumad\\w*|solusvid\\w*|soludeild\\w*',
  marketing: 'markads\\w*|turundus\\w*|rinkodar\\w*',
  hr: 'mannauds\\w*|starfsmanna\\w*',
  finance: 'fjarmal\\w*|\\w*bokari|finants\\w*|\\w*raamatupida\\w*|\\w*gramatved\\w*|\\w*buhalter\\w*',
  it: 'upplysingataekni\\w*|tolvudeild\\w*',
  operations:
    'framleidslu\\w*|rekstrar\\w*|innkaup\\w*|tootmis\\w*|ostujuht\\w*|razosan\\w*|iepirkum\\w*|logistikas|gamyb\\w*|pirkim\\w*|logistikos',
};
