/** Assigned ISO 3166-1 alpha-2 codes, plus XK (Kosovo), which registries and schema.org data use. */
const ISO2 = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
    'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
    'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
    'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
    'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
    'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'
  ).split(' '),
);

/**
 * The commonest ways pages name a country (English, native, alpha-3), normalized by `key`. Compact on purpose: an
 * unknown name yields no country rather than a guess.
 */
const NAMES = new Map<string, string>();
const TABLE: Array<[string, string]> = [
  [
    'US',
    'united states|united states of america|usa|us|u s|u s a|america|estados unidos|etats unis|vereinigte staaten',
  ],
  [
    'GB',
    'united kingdom|uk|u k|gbr|great britain|britain|england|scotland|wales|northern ireland|royaume uni|vereinigtes konigreich',
  ],
  ['DE', 'germany|deutschland|deu|allemagne|alemania|germania'],
  ['FR', 'france|fra|frankreich|francia'],
  ['ES', 'spain|espana|esp|spanien|espagne'],
  ['IT', 'italy|italia|ita|italien|italie'],
  ['NL', 'netherlands|the netherlands|nederland|nld|holland|niederlande|pays bas'],
  ['BE', 'belgium|belgie|belgique|belgien|bel'],
  ['LU', 'luxembourg|luxemburg|lux'],
  ['CH', 'switzerland|schweiz|suisse|svizzera|che'],
  ['AT', 'austria|osterreich|aut|autriche'],
  ['IE', 'ireland|eire|irl|republic of ireland'],
  ['PT', 'portugal|prt'],
  ['DK', 'denmark|danmark|dnk|danemark'],
  ['SE', 'sweden|sverige|swe|schweden|suede'],
  ['NO', 'norway|norge|nor|norwegen|norvege'],
  ['FI', 'finland|suomi|fin|finnland'],
  ['IS', 'iceland|island|isl'],
  ['PL', 'poland|polska|pol|polen|pologne'],
  ['CZ', 'czech republic|czechia|cesko|ceska republika|cze|tschechien'],
  ['SK', 'slovakia|slovensko|svk'],
  ['HU', 'hungary|magyarorszag|hun|ungarn'],
  ['RO', 'romania|rou'],
  ['BG', 'bulgaria|bgr|българия'],
  ['GR', 'greece|hellas|grc|griechenland|ελλαδα|ελλας'],
  ['HR', 'croatia|hrvatska|hrv'],
  ['SI', 'slovenia|slovenija|svn'],
  ['RS', 'serbia|srbija|srb|србија'],
  ['EE', 'estonia|eesti|est'],
  ['LV', 'latvia|latvija|lva'],
  ['LT', 'lithuania|lietuva|ltu'],
  ['UA', 'ukraine|ukr|ukraina|украина|украіна'],
  ['BY', 'belarus|blr'],
  ['RU', 'russia|russian federation|rus|rossiya|россия'],
  ['TR', 'turkey|turkiye|tur|turkei'],
  ['CY', 'cyprus|cyp'],
  ['MT', 'malta|mlt'],
  ['MC', 'monaco|mco'],
  ['LI', 'liechtenstein|lie'],
  ['IL', 'israel|isr|ישראל'],
  ['AE', 'united arab emirates|uae|are|emirates|emirats arabes unis'],
  ['SA', 'saudi arabia|sau|ksa|arabie saoudite'],
  ['QA', 'qatar|qat'],
  ['KW', 'kuwait|kwt'],
  ['BH', 'bahrain|bhr'],
  ['OM', 'oman|omn'],
  ['JO', 'jordan|jor'],
  ['LB', 'lebanon|lbn|liban'],
  ['EG', 'egypt|egy|egypte'],
  ['MA', 'morocco|maroc|mar|marruecos'],
  ['TN', 'tunisia|tun|tunisie'],
  ['DZ', 'algeria|dza|algerie'],
  ['NG', 'nigeria|nga'],
  ['GH', 'ghana|gha'],
  ['KE', 'kenya|ken'],
  ['ET', 'ethiopia|eth'],
  ['UG', 'uganda|uga'],
  ['TZ', 'tanzania|tza'],
  ['RW', 'rwanda|rwa'],
  ['ZA', 'south africa|zaf|rsa|afrique du sud|sudafrica'],
  ['CA', 'canada|can|kanada'],
  ['MX', 'mexico|mex|mexique'],
  ['BR', 'brazil|brasil|bra|bresil'],
  ['AR', 'argentina|arg|argentine'],
  ['CL', 'chile|chl|chili'],
  ['CO', 'colombia|col|colombie'],
  ['PE', 'peru|per|perou'],
  ['UY', 'uruguay|ury'],
  ['VE', 'venezuela|ven'],
  ['EC', 'ecuador|ecu'],
  ['CR', 'costa rica|cri'],
  ['PA', 'panama|pan'],
  ['PR', 'puerto rico|pri'],
  ['DO', 'dominican republic|dom'],
  ['CU', 'cuba|cub'],
  ['JM', 'jamaica|jam'],
  ['CN', 'china|peoples republic of china|prc|chn|zhongguo|中国|中國|chine'],
  ['HK', 'hong kong|hkg|hong kong sar'],
  ['TW', 'taiwan|twn|台灣|台湾'],
  ['JP', 'japan|jpn|nippon|nihon|日本|japon'],
  ['KR', 'south korea|korea|republic of korea|kor|대한민국|한국'],
  ['IN', 'india|ind|bharat|inde'],
  ['PK', 'pakistan|pak'],
  ['BD', 'bangladesh|bgd'],
  ['LK', 'sri lanka|lka'],
  ['NP', 'nepal|npl'],
  ['SG', 'singapore|sgp'],
  ['MY', 'malaysia|mys'],
  ['ID', 'indonesia|idn'],
  ['TH', 'thailand|tha'],
  ['VN', 'vietnam|viet nam|vnm'],
  ['PH', 'philippines|phl'],
  ['KH', 'cambodia|khm'],
  ['MM', 'myanmar|burma|mmr'],
  ['KZ', 'kazakhstan|kaz'],
  ['UZ', 'uzbekistan|uzb'],
  ['GE', 'georgia|geo'],
  ['AM', 'armenia|arm'],
  ['AZ', 'azerbaijan|aze'],
  ['IR', 'iran|irn'],
  ['IQ', 'iraq|irq'],
  ['AU', 'australia|aus'],
  ['NZ', 'new zealand|aotearoa|nzl'],
];
for (const [code, names] of TABLE) for (const name of names.split('|')) NAMES.set(name, code);

/** A country name as the table keys it: accents and punctuation dropped, lower case, without a leading "the". */
export function countryKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** ISO 3166-1 alpha-2 code for a code or a common country name ("DE", "Deutschland", "USA"); undefined if unknown. */
export function toIsoCountry(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length > 80) return undefined;
  const text = input.trim();
  if (/^[A-Za-z]{2}$/.test(text)) {
    const code = text.toUpperCase();
    if (code === 'UK') return 'GB';
    return ISO2.has(code) ? code : undefined;
  }
  return NAMES.get(countryKey(text));
}
