import type { Address } from '../../signals/schema';
import { cityOrNone, isMarket } from '../area';
import { toIsoCountry } from '../countries';
import { NORTH_AMERICAN_CODES, regionCode } from '../region-codes';
import { districtOfCity } from './district';

/**
 * First-level regions that profile sites print without a country ("Mountain View, CA", "Surry Hills, New South
 * Wales"): US states, Canadian provinces, Australian states. Two-letter codes are read only as US states and
 * Canadian provinces, where profile sites use them (their list is in ../region-codes.ts, which the content script
 * shares); a full name is unambiguous for all three.
 *
 * These tables stay out of the content script: site adapters send a location as the page prints it (an address
 * draft's `line`) and the background reads it with these (../address-draft.ts).
 */
const REGIONS: Array<[string, string]> = [
  [
    'US',
    'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|' +
      'illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|' +
      'missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|' +
      'ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|' +
      'virginia|washington|west virginia|wisconsin|wyoming|district of columbia',
  ],
  [
    'CA',
    'ontario|quebec|british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|' +
      'newfoundland and labrador|prince edward island',
  ],
  [
    'AU',
    'new south wales|victoria|queensland|western australia|south australia|tasmania|australian capital territory|' +
      'northern territory',
  ],
  // European first-level regions by their own and English names, as LinkedIn's localized pages print them after the
  // city ("Málaga, Andalucía"). Names a city also bears (Berlin, Utrecht, Murcia) are left out: they stay cities.
  [
    'DE',
    'baden wurttemberg|bayern|bavaria|brandenburg|hessen|hesse|mecklenburg vorpommern|niedersachsen|lower saxony|' +
      'nordrhein westfalen|north rhine westphalia|rheinland pfalz|rhineland palatinate|saarland|sachsen|saxony|' +
      'sachsen anhalt|saxony anhalt|schleswig holstein|thuringen|thuringia',
  ],
  [
    'ES',
    'andalucia|andalusia|aragon|asturias|cantabria|castilla y leon|castilla la mancha|cataluna|catalunya|catalonia|' +
      'comunidad de madrid|comunitat valenciana|comunidad valenciana|extremadura|galicia|islas baleares|' +
      'illes balears|canarias|canary islands|region de murcia|navarra|pais vasco|euskadi|basque country',
  ],
  [
    'FR',
    'auvergne rhone alpes|bourgogne franche comte|bretagne|brittany|centre val de loire|corse|grand est|' +
      'hauts de france|ile de france|normandie|normandy|nouvelle aquitaine|occitanie|pays de la loire|' +
      'provence alpes cote d azur',
  ],
  [
    'IT',
    'lombardia|lombardy|lazio|piemonte|piedmont|veneto|emilia romagna|toscana|tuscany|campania|sicilia|sicily|' +
      'puglia|apulia|liguria|abruzzo|friuli venezia giulia|trentino alto adige|südtirol|sudtirol|south tyrol|alto adige|sardegna|sardinia|calabria|umbria|' +
      'basilicata|valle d aosta',
  ],
  [
    'NL',
    'noord holland|north holland|zuid holland|south holland|gelderland|noord brabant|north brabant|overijssel|' +
      'friesland|fryslan|drenthe|flevoland|zeeland',
  ],
  // Further first-level regions (ISO 3166-2 subdivision names, in the spellings profile sites print), where their
  // names are no city's and no other country's: Austria's Länder, Switzerland's cantons, Poland's voivodeships,
  // Sweden's counties, South Africa's provinces, New Zealand's regions, Mexico's and Brazil's states, Colombia's
  // departments, Chile's regions, Argentina's provinces, India's states, South Korea's provinces, Japan's prefectures,
  // China's provinces.
  [
    'AT',
    'burgenland|karnten|carinthia|niederosterreich|lower austria|oberosterreich|upper austria|steiermark|styria|tirol|tyrol|vorarlberg',
  ],
  ['CH', 'aargau|graubunden|grisons|thurgau|ticino|tessin|vaud|waadt|valais|wallis|basel landschaft|basel stadt'],
  [
    'PL',
    'mazowieckie|masovian|mazovia|malopolskie|lesser poland|slaskie|silesian|wielkopolskie|greater poland|' +
      'dolnoslaskie|lower silesian|pomorskie|pomeranian|lodzkie|zachodniopomorskie|west pomeranian|' +
      'kujawsko pomorskie|lubelskie|podkarpackie|warminsko mazurskie|swietokrzyskie|podlaskie|lubuskie|opolskie',
  ],
  [
    'SE',
    'vastra gotaland|vastra gotaland county|vastra gotalands lan|skane|skane county|skane lan|stockholm county|' +
      'stockholms lan|uppsala county|uppsala lan|ostergotland|ostergotland county|ostergotlands lan|' +
      'vasterbotten|norrbotten|vasternorrland|vasternorrland county|jamtland|dalarna|varmland|halland|jonkoping county|' +
      'kronoberg|kalmar county|blekinge|gavleborg|sodermanland|vastmanland|orebro county',
  ],
  ['ZA', 'eastern cape|free state|gauteng|kwazulu natal|limpopo|mpumalanga|northern cape|western cape'],
  [
    'NZ',
    'northland|waikato|bay of plenty|hawke s bay|taranaki|manawatu whanganui|manawatu wanganui|' +
      'otago|southland|tasman',
  ],
  [
    'MX',
    'baja california|baja california sur|chiapas|coahuila|guerrero|jalisco|michoacan|morelos|nayarit|nuevo leon|' +
      'quintana roo|sinaloa|tabasco|tamaulipas|yucatan|estado de mexico|ciudad de mexico|cdmx',
  ],
  [
    'BR',
    'minas gerais|rio grande do sul|santa catarina|bahia|pernambuco|ceara|goias|espirito santo|mato grosso|' +
      'mato grosso do sul|paraiba|rio grande do norte|alagoas|sergipe|piaui|maranhao|tocantins|rondonia|amapa|roraima',
  ],
  [
    'CO',
    'antioquia|atlantico|boyaca|caldas|caqueta|casanare|cundinamarca|la guajira|' +
      'narino|norte de santander|putumayo|quindio|risaralda|tolima|valle del cauca',
  ],
  [
    'CL',
    'arica y parinacota|tarapaca|atacama|region metropolitana|region metropolitana de santiago|' +
      'santiago metropolitan region|maule|nuble|biobio|bio bio|region del biobio|araucania|la araucania|' +
      'los rios|los lagos|aysen|magallanes',
  ],
  ['AR', 'catamarca|chaco|chubut|entre rios|jujuy|la pampa|misiones|rio negro|tierra del fuego'],
  ['PE', 'ancash|apurimac|junin|lambayeque|loreto|madre de dios|ucayali'],
  [
    'IN',
    'andhra pradesh|arunachal pradesh|assam|bihar|chhattisgarh|goa|gujarat|haryana|himachal pradesh|jharkhand|' +
      'karnataka|kerala|madhya pradesh|maharashtra|manipur|meghalaya|mizoram|nagaland|odisha|rajasthan|sikkim|' +
      'tamil nadu|telangana|tripura|uttar pradesh|uttarakhand|west bengal',
  ],
  [
    'KR',
    'gyeonggi|gyeonggi do|gangwon|gangwon do|chungcheongbuk do|chungcheongnam do|jeollabuk do|jeollanam do|' +
      'gyeongsangbuk do|gyeongsangnam do|north chungcheong|south chungcheong|north jeolla|south jeolla|' +
      'north gyeongsang|south gyeongsang|jeju do',
  ],
  // China's provinces and autonomous regions by their pinyin names; Jilin, also a city's name, is left out.
  [
    'CN',
    'anhui|fujian|gansu|guangdong|guizhou|hainan|hebei|heilongjiang|henan|hubei|hunan|jiangsu|jiangxi|liaoning|' +
      'qinghai|shaanxi|shanxi|sichuan|yunnan|zhejiang|guangxi|inner mongolia|ningxia|xinjiang',
  ],
  [
    'JP',
    'hokkaido|kanagawa|aichi|saitama|hyogo|ibaraki|tochigi|gunma|mie|gifu|okinawa|iwate|miyagi|yamanashi|ishikawa|shiga|shimane|kagawa|ehime',
  ],
  // Philippine provinces no city of the country is named after (Batangas, Cebu or Iloilo are cities too).
  [
    'PH',
    'camarines sur|camarines norte|albay|sorsogon|catanduanes|south cotabato|sultan kudarat|negros oriental|' +
      'negros occidental|misamis oriental|misamis occidental|zamboanga del sur|zamboanga del norte|davao del sur|' +
      'davao del norte|davao oriental|agusan del norte|agusan del sur|surigao del norte|surigao del sur|' +
      'lanao del norte|ilocos norte|ilocos sur|nueva ecija|nueva vizcaya|pampanga|bulacan|pangasinan|bukidnon',
  ],
];

/**
 * Regions whose name a city also bears ("Braga, Braga", "Wellington, Wellington", "Graz, Styria" beside "Salzburg,
 * Salzburg"): read as a region, and so as naming its country, only after a city; alone they stay cities.
 */
const AFTER_CITY: Array<[string, string]> = [
  ['AT', 'salzburg|wien|vienna'],
  ['CH', 'zurich|bern|berne|geneve|geneva|luzern|lucerne|zug|st gallen|fribourg|solothurn|schaffhausen|neuchatel'],
  [
    'PT',
    'aveiro|beja|braga|braganca|castelo branco|coimbra|evora|faro|guarda|leiria|lisboa|lisbon|portalegre|porto|' +
      'santarem|setubal|viana do castelo|vila real|viseu|acores|azores|madeira',
  ],
  ['NZ', 'auckland|wellington|gisborne|nelson|canterbury|marlborough'],
  [
    'MX',
    'sonora|aguascalientes|campeche|chihuahua|colima|guanajuato|oaxaca|puebla|queretaro|san luis potosi|tlaxcala|veracruz|zacatecas',
  ],
  ['BR', 'sao paulo|rio de janeiro|parana'],
  ['CO', 'meta|cesar|cauca|choco|huila'],
  ['CL', 'antofagasta|coquimbo|valparaiso'],
  ['AR', 'buenos aires|mendoza|salta|tucuman|santa fe|corrientes|neuquen|santiago del estero'],
  ['IN', 'delhi|new delhi'],
  [
    'JP',
    'tokyo|osaka|kyoto|fukuoka|chiba|shizuoka|hiroshima|aomori|akita|yamagata|fukushima|niigata|toyama|fukui|nagano|' +
      'nara|wakayama|tottori|okayama|yamaguchi|tokushima|kochi|saga|nagasaki|kumamoto|oita|miyazaki|kagoshima',
  ],
];
/**
 * Regions read only where the line names their country after them ("Young, Río Negro, Uruguay", "Walvis Bay, Erongo,
 * Namibia"): their names are also another country's region (Río Negro) or a city's.
 */
const NAMED_COUNTRY_REGIONS: Array<[string, string]> = [
  [
    'UY',
    'artigas|canelones|cerro largo|colonia|durazno|flores|florida|lavalleja|maldonado|paysandu|rio negro|rivera|' +
      'rocha|salto|san jose|soriano|tacuarembo|treinta y tres',
  ],
  ['NA', 'erongo|erongo region|khomas|khomas region|oshana|otjozondjupa|hardap|karas|kunene|zambezi'],
  [
    'TZ',
    'kilimanjaro|kilimanjaro region|arusha region|mwanza region|dar es salaam region|morogoro region|tanga region',
  ],
];
const NAMED_COUNTRY_REGION = new Set(
  NAMED_COUNTRY_REGIONS.flatMap(([c, list]) => list.split('|').map((r) => `${c} ${r}`)),
);

/** Whether `region` is one of `country`'s first-level regions that only a named country says is a region. */
export function regionOfNamedCountry(region: string, country: string): boolean {
  return NAMED_COUNTRY_REGION.has(`${country} ${key(region)}`);
}

const AFTER_CITY_COUNTRY = new Map<string, string>();
for (const [country, list] of AFTER_CITY) for (const entry of list.split('|')) AFTER_CITY_COUNTRY.set(entry, country);
const REGION_COUNTRY = new Map<string, string>();
for (const [country, list] of REGIONS) for (const entry of list.split('|')) REGION_COUNTRY.set(entry, country);
// A prefecture with its suffix ("Ishikawa Prefecture", "Nagano-ken", "Osaka-fu") is a region wherever it stands.
for (const [country, list] of [...REGIONS, ...AFTER_CITY]) {
  if (country !== 'JP') continue;
  for (const name of list.split('|'))
    for (const suffix of ['prefecture', 'ken', 'fu']) REGION_COUNTRY.set(`${name} ${suffix}`, country);
}
// US state and Canadian province codes ("TX", "ON") name their country too; "Georgia" the state, not the country,
// once a city precedes it: only codes and names set here count.
for (const [country, list] of NORTH_AMERICAN_CODES) {
  for (const code of list.split(' ')) REGION_COUNTRY.set(code.toLowerCase(), country);
}

function key(text: string): string {
  return text
    .replace(/[łŁ]/g, 'l')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The country a first-level region name or code belongs to ("CA" -> US, "New South Wales" -> AU). */
export function regionCountry(region: string, afterCity = false): string | undefined {
  const k = key(region);
  return REGION_COUNTRY.get(k) ?? (afterCity ? AFTER_CITY_COUNTRY.get(k) : undefined);
}

/**
 * A code after a city that names a region of the city's own country, though it is another country's ISO code too:
 * "Genève, GE" and "Bern, BE" are Swiss cantons (Geneva and Bern name Switzerland), not Georgia and Belgium.
 */
function cantonCode(code: string, city: string): { region: string; country: string } | undefined {
  if (!/^[A-Z]{2}$/.test(code.trim())) return undefined;
  const home = regionCountry(city, true);
  const other = toIsoCountry(code);
  return home && other && home !== other ? { region: code.trim(), country: home } : undefined;
}

export const UK_NATION = /^(?:England|Scotland|Wales|Northern Ireland)$/;

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
    .split(/\s*[,、，،]\s*/)
    .map((p) => p.trim())
    // Street lines and postcodes ("One Microsoft Way" aside) carry digits; they are not city or region.
    .filter((p) => p && !/\d/.test(p));
  // "Cambridge, Massachusetts, United States, North America": a trailing continent or market is no part of it.
  while (parts.length > 1 && isMarket(parts[parts.length - 1])) parts.pop();
  parts.splice(0, Math.max(0, parts.length - 4));
  if (!parts.length) return undefined;
  const address: Address = {};
  const last = parts[parts.length - 1] ?? '';
  // "Mountain View, CA", "Curitiba, PR": after a city, a state or province code is a region, not a country.
  const code = parts.length >= 2 ? (regionCode(last) ?? cantonCode(last, parts.at(-2) ?? '')) : undefined;
  const country = code ? undefined : toIsoCountry(last);
  if (code) {
    parts.pop();
    address.region = code.region;
    if (code.country) address.country = code.country;
    address.city = cityOrNone(parts.pop());
  } else if (country && parts.length >= 1) {
    address.country = country;
    // "Nottingham, England": a nation of the United Kingdom names the country and is its first-level region.
    if (UK_NATION.test(last)) address.region = last;
    parts.pop();
  }
  // "前鎮區, 高雄市", "해운대구, 부산시": a district before its city, as Chinese and Korean write them small to large.
  if (!code && parts.length >= 2 && districtOfCity(parts[0], parts[1])) parts.shift();
  if (code) {
    // The city was read with its code.
  } else if (parts.length >= 2) {
    const region = parts.pop() ?? '';
    address.region = region;
    address.country ??= regionCountry(region, true);
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
