import type { Address } from '../../signals/schema';
import { cityOrNone } from '../area';
import { isJobTitle } from '../classify/title';
import { regionCountry, UK_NATION } from '../sites/location';
import { toIsoCountry } from './country-names';
import { icelandicAddresses } from './icelandic-address';
import { lineAddresses } from './line-address';

/** Weaker evidence of the country, used only when the postcode's format and the address's words leave a choice. */
export interface AddressHint {
  /** Language of the block or page: de, fr, es, it, nl, en. */
  lang?: string;
  /** Country of the site's country-code TLD. */
  tldCountry?: string;
}

/** A postal address found in text, with where its postal line starts. */
export interface AddressHit {
  address: Address;
  index: number;
  /** Its country is the site's TLD's, the line naming none (./line-address.ts): weaker than a named one. */
  siteCountry?: boolean;
}

// A city is one to three capitalised words ("Berlin", "Frankfurt am Main", "Saint-Denis", "Peso da Régua", "Alphen
// aan den Rijn", "Ústí nad Labem", Dutch "’s-Hertogenbosch" after its article); it stops at a line end, a comma or a word that starts
// the next part of a contact block. Words are parted by spaces only: a word takes its hyphens ("Saint-Denis"), and
// parting at them too tried every way of cutting a long hyphenated run, which took seconds on a hostile page.
const CITY = String.raw`((?:['’]s-)?\p{Lu}[\p{L}'’.-]+(?: (?:(?:am|an|der|im|bei|sur|en|de|la|le|del|di|della|da|do|dos|das|aan|den|op|upon|nad|pod|na)(?![\p{L}])|\p{Lu}[\p{L}'’.-]+)){0,3})`;
const STOP_WORDS =
  /^(apply|download|tel|tél|telefon|teléfono|phone|fax|e-?mail|mail|web|www|germany|deutschland|france|austria|österreich|schweiz|switzerland|españa|spain|registergericht|handelsregister|vertreten|geschäftsführer|ust|vat|rcs|siret|cif|nif|capital|contact|kontakt|all|alle|tous|copyright|rights|und|and|et|y)$/i;

// Street lines by the shape each country writes them in: the street word and the house number.
const STREETS: Array<[RegExp, 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt' | 'en' | 'pl' | 'da' | 'tr' | 'hr']> = [
  // "Musterstraße 12a", "Heidjerweg 1", "Am Markt 3"; Austria adds stair and door ("Landstraße 61/4", "Gasse 29/2/5")
  // and its own street words ("Linke Wienzeile 4", "Rossauer Lände 3", "Neubaugürtel 12").
  [
    /([\p{Lu}][\p{L}.' -]{1,40}?(?:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|markt|hof|steig|pfad|park|berg|feld|tor|graben|kai|zeile|lände|gürtel)\s*\d{1,4}\s?[a-z]?(?:\s?[-–]\s?\d{1,4}[a-z]?)?(?:\/\d{1,4}[a-z]?){0,3})\s*(?:[,\n]|$)/iu,
    'de',
  ],
  // "Am Delft 24", "An der Alster 3", "Im Zollhafen 12": a preposition and a capitalised name (case-sensitive).
  [
    /((?:Am|An der|An den|Auf dem|Auf der|Im|In der|In den|Zum|Zur|Unter den|Hinter der)\s+\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+)?\s+\d{1,4}\s?[a-z]?)\s*(?:[,\n]|$)/u,
    'de',
  ],
  // "12 rue de la Paix", "3 bis, avenue Foch"
  [
    /(\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|allée|chemin|quai|impasse|cours|route|rond-point|square|voie|mont[ée]e|passage|sentier|traverse|rampe|esplanade|parvis|faubourg|lieu-dit|hameau)\s[^\n,]{2,60})/iu,
    'fr',
  ],
  // "Calle Río Tajo 14", "C/ Mayor 3", "Passeig de Gràcia 21", "Avda. de América 5"; the house number is the line's
  // last number ("Av. Circunvalación 25 de Mayo 4850": the 25 is part of the name)
  [
    /((?:calle|c\/|avenida|avda\.?|av\.|blvd\.|bulevar|paseo|passeig|plaza|plaça|carrer|camino|carretera|ctra\.?|ronda|traves[ií]a|glorieta|rúa)\s*[^\n,]{2,60}[ \t\u00a0](?:n[º°o]\.?\s?)?\d{1,4}[a-z]?)(?![\d])/iu,
    'es',
  ],
  // "Carretera de Soria, km 3", "Ctra. N-122 km 4,5": a Spanish road and its kilometre point.
  [/((?:carretera|ctra\.?)\s[^\n]{2,40}?,?\s+km\.?\s?\d{1,4}(?:[.,]\d{1,3})?)(?![\d])/iu, 'es'],
  // "Via Roma 12", "Piazza Duomo 1", "Corso Buenos Aires, 3", "Strada Pollenzo 14", "Località Ronchi 3"
  [
    /((?:via|viale|piazza|piazzale|corso|largo|vicolo|strada|contrada|località|localita|borgo|frazione|lungomare|lungarno|salita|vico)\s+[^\n,]{2,50}?,?\s\d{1,4}[a-z]?)(?![\d])/iu,
    'it',
  ],
  // "Rua do Souto 45", "Praça da Liberdade, 12", "Travessa do Carmo 3", "R. Augusta 100", "Rodovia SC-401 8600"
  [
    /((?:rua|r\.|praça|praca|travessa|estrada|alameda|rodovia|calçada|calcada)\s+[^\n,]{2,60}?,?\s(?:n\.?[º°o]?\s?)?\d{1,5}[a-z]?)(?![\d])/iu,
    'pt',
  ],
  // "Keizersgracht 123", "Stationsplein 1"; Belgium adds a box ("Noorderlaan 147 bus 3")
  [
    /([\p{Lu}][\p{L}.' -]{1,40}?(?:straat|laan|plein|gracht|kade|singel|dijk|steeg|baan|weg|dreef|markt|haven|wal|hof|park|pad|veld)\s*\d{1,4}(?:\s(?:bus|bte\.?|boîte)\s?\d{1,4}[a-z]?)?\s?[a-z]?)/iu,
    'nl',
  ],
  // "ul. Międzyrzecka 112", "al. Jerozolimskie 65/79": Polish street words stand before the name.
  [/((?:ul\.|al\.|pl\.|os\.|ulica|aleja|plac)\s*\p{Lu}[^\n,]{1,50}?\s\d{1,4}[a-z]?(?:\/\d{1,4})?)(?![\d])/u, 'pl'],
  // "Industrijska ulica 14", "Tržaška cesta 63", "Bulevar oslobođenja 46", "Trg bana Jelačića 3": Croatian, Serbian
  // and Slovenian street words, after the name or before it. They name no country of their own: the country comes
  // from the name after the city.
  [
    /((?:\p{Lu}[\p{L}.' -]{1,40}?[ \t](?:ulica|cesta)|(?:Ulica|Bulevar|Trg|Cesta)[ \t][\p{L}.' -]{2,40}?)[ \t]\d{1,4}[a-z]?)(?![\p{L}\d])/u,
    'hr',
  ],
  // "Sommervej 14", "Bredgade 31", "Stora Gatan 12", "Thorvald Meyers gate 40", "Lindholmsallén 21": Nordic street
  // suffixes, in their definite forms too. A one-letter word may open the name ("Ågatan", the river street).
  [
    /((?:\p{Lu}[\p{L}.' -]{1,40}?|[ÅÄÖØÆ])(?:vej|gade|gate|gata|gatan|vägen|väg|veien|vegen|vei|torv|torg|torget|plads|allé|allén|gränd|gränden|kajen|leden|stigen|backen)\s*\d{1,4}\s?[a-zA-Z]?)(?![\p{L}\d])/iu,
    'da',
  ],
  // "Moda Cad. No: 88", "10002 Sokak No: 14", "Caferağa Mah. Atatürk Bulvarı No:5", "Kırmızı Cadde No: 14": Turkish
  // streets end in their number.
  [
    /((?:[\p{L}\d.' -]{1,40}?\s)?(?:cad\.|cadde|caddesi|cd\.|sok\.|sokak|sokağı|sk\.|bulvar|bulvarı|blv\.|mah\.|mahallesi)\s*(?:[\p{L}\d.' -]{0,30}?\s)?no\s?:\s?\d{1,4}[a-z]?)/iu,
    'tr',
  ],
  // "350 Fifth Avenue", "1 Main St., Suite 200", on one line: a register number's digits on the line above are not its
  // house number.
  [
    /(\d{1,5}[ \t]+(?:[\p{Lu}\d][\p{L}\d.'-]*[ \t]+){1,4}(?:street|st\.?|road|rd\.?|avenue|ave\.?|boulevard|blvd\.?|lane|ln\.?|drive|dr\.?|way|place|pl\.?|square|court|ct\.?|parkway|pkwy\.?|highway|hwy\.?|circle|terrace|row|hill|broadway)\b\.?(?:,?\s+(?:suite|ste\.?|floor|unit)\s+[\w-]{1,6})?)/iu,
    'en',
  ],
  // "Rue de Fer 41", "Quai de Rome 25", "Avenue Louise 54 bte 2": Belgium writes the number after the street's name.
  // Not a year a sentence dates ("Place to Work in the Midlands in 2022").
  [
    /((?:rue|avenue|boulevard|chauss[ée]e|place|quai|chemin|all[ée]e|dr[èe]ve|square|route|impasse)\s[^\n,\d]{2,50}?\s(?<!\s(?:in|en|since|depuis|from|of)\s)\d{1,4}(?:\s(?:bus|bte\.?|boîte)\s?\d{1,4}[a-z]?)?(?:\s?[a-z])?)\s*(?:[,\n]|$)/iu,
    'fr',
  ],
];

// Postal lines whose format names the country on its own.
// "Austin, TX 78756", also "Sunnyvale, CA, 94086" and "Hamilton, ON, L9C 3B2".
// A city starts a word: without this each position of a long run of capitals would start a match that runs to the
// run's end and fails (quadratic on a hostile page of 22,000 X's).
const WORD_START = String.raw`(?<![\p{L}\d'’.-])`;
const US_POSTAL = new RegExp(String.raw`${WORD_START}${CITY},\s*([A-Z]{2}),?\s+(\d{5})(?:-\d{4})?(?!-?\d)`, 'gu');
const CA_POSTAL = new RegExp(
  String.raw`${WORD_START}${CITY},?\s+([A-Z]{2}),?\s+([A-Z]\d[A-Z]\s?\d[A-Z]\d)(?![\dA-Za-z])`,
  'gu',
);
// "Dock Road, Galway, H91 X2C7", "Dublin 2, D02 KT64": Ireland's Eircode (a routing key and a unique identifier)
// after the city, and a Dublin postal district's number.
const IE_POSTAL = new RegExp(
  String.raw`${WORD_START}${CITY}(?:\s\d{1,2}[Ww]?)?,?\s+((?:[AC-FHKNPRTV-Y]\d{2}|D6W)\s?[0-9AC-FHKNPRTV-Y]{4})(?![\dA-Za-z])`,
  'gu',
);
const IE_COUNTY = /^(?:Co\.|County)\s\p{Lu}/u;
// Up to three words, a saint's abbreviated ("Bury St Edmunds", "St. Albans").
const PART_BEFORE = /(?:^|[\n,][ \t]*)(\p{Lu}[\p{L}'.-]+(?: \p{Lu}[\p{L}'.-]*){0,2}),[ \t]*$/u;
const WARD = /-(?:ku|shi|cho|machi|gun|mura|son)$/i;

/** The comma-separated part right before `at`: the town before a county or prefecture ("Cheltenham, Gloucestershire"). */
function partBefore(text: string, at: number): string | undefined {
  return PART_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
}
const JP_LATIN_POSTAL = new RegExp(String.raw`${WORD_START}${CITY}\s+(\d{3}-\d{4}),?\s+Japan\b`, 'gu');
// England's shires and counties; Wales's and Scotland's counties and council areas that are no town's name ("Newtown,
// Powys SY16 2LU", "Alloa, Clackmannanshire"); Northern Ireland's six.
export const UK_COUNTY =
  /^(?:\p{L}+shire|Kent|Surrey|Essex|Middlesex|(?:East |West )?Sussex|Cornwall|Devon|Norfolk|Suffolk|Somerset|Dorset|Cumbria|Northumberland|Merseyside|Rutland|County Durham|Greater London|Greater Manchester|West Midlands|(?:North|South|West|East) Yorkshire|Tyne and Wear|Isle of Wight|Powys|Gwynedd|Ceredigion|(?:Isle of )?Anglesey|Ynys Môn|(?:Vale of |Mid |South |West )?Glamorgan|Gwent|Dyfed|Clwyd|Fife|Angus|Moray|(?:East |West )?Lothian|Midlothian|Argyll and Bute|Dumfries and Galloway|Scottish Borders|Orkney|Shetland|(?:County|Co\.?) (?:Antrim|Armagh|Down|Fermanagh|Londonderry|Tyrone))$/u;
const UK_POSTAL = new RegExp(String.raw`${WORD_START}${CITY},?\s+([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})(?![\da-z])`, 'gu');
// "1012 AB Amsterdam" (NL), "1000-001 Lisboa" (PT), "01310-100 São Paulo" (BR), "00-950 Warszawa" (PL),
// "114 51 Stockholm" (SE)
const SHAPED_POSTAL: Array<[RegExp, string, countryNamed?: boolean]> = [
  [new RegExp(String.raw`(?:^|[\s,])(\d{4}\s?[A-Z]{2})\s+${CITY}`, 'gmu'), 'NL'],
  [new RegExp(String.raw`(?:^|[\s,])(\d{4}-\d{3})\s+${CITY}`, 'gmu'), 'PT'],
  // Brazil writes its CEP last, after the city and the state ("Florianópolis – SC · CEP 88015-530"): the next line's
  // first words are no city.
  [new RegExp(String.raw`(?:^|[\s,])(\d{5}-\d{3})[^\S\n]+${CITY}`, 'gmu'), 'BR'],
  [new RegExp(String.raw`(?:^|[\s,])(\d{2}-\d{3})\s+${CITY}`, 'gmu'), 'PL'],
  // "Ármúli 42, 108 Reykjavík, Iceland": Iceland's three digits, read only after a house number and before the
  // country's name (alone, three digits and a word are any count of things: "120 Engineers").
  [
    new RegExp(
      String.raw`(?<=\d[a-zA-Z]?(?:,[ \t]*|[ \t]*\n[ \t]*))(\d{3})[ \t]+${CITY}(?=[ \t]*,?[ \t]*\n?[ \t]*(?:Iceland|Ísland)(?![\p{L}]))`,
      'gmu',
    ),
    'IS',
    true,
  ],
];
// Three and two digits: Sweden's, Czechia's, Slovakia's and Greece's shape alike ("114 55 Stockholm", "627 00 Brno",
// "040 01 Košice", "570 22 Θεσσαλονίκη"), with an optional prefix ("S-114 55", "CZ-627 00").
const SPACED_POSTAL = new RegExp(String.raw`(?:^|[\s,])(?:(S|CZ|SK|GR)[- ])?(\d{3}\s\d{2})\s+${CITY}`, 'gmu');
const SPACED_PREFIX: Record<string, string> = { S: 'SE', CZ: 'CZ', SK: 'SK', GR: 'GR' };
const SPACED_LANG: Record<string, string> = { sv: 'SE', cs: 'CZ', sk: 'SK', el: 'GR' };
// Four or five digits before the city, with an optional country prefix ("D-80331", "CH-8001", "F-75001", "H-4025").
// A Galician town's one-letter article opens its name ("36400 O Porriño", "15001 A Coruña"); read after a postcode only.
const ARTICLE_CITY = CITY.replace("(?:['’]s-)?", "(?:['’]s-|[OA] (?=\\p{Lu}))?");
const COPYRIGHT_BEFORE = /(?:©|\([cC]\)|[Cc]opyright)[ \t]*$/;
const EU_POSTAL = new RegExp(
  String.raw`(?:^|[\s,])(?:(D|A|CH|FL|F|L|B|NL|E|I|DK|H|LT)[- ])?(\d{4,5})\s+${ARTICLE_CITY}`,
  'gmu',
);
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(
    ' ',
  ),
);
const CA_PROVINCES = new Set('AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' '));
// Postcodes written after the city and its state, by countries that write them so (city, region, postcode groups):
// "Pune, Maharashtra 411006" and "Bengaluru - 560025, Karnataka" (India's six-digit PIN beside a state's name),
// "Curitiba - PR, 80215-182", "Londrina – PR – CEP 86010-190", "Curitiba, PR 80215-182" (Brazil's CEP after the UF),
// "Adelaide SA 5000" (Australia), "Laval (Québec) H7S 2K1" and "Regina, Saskatchewan S4P 4K8" (Canada, the province
// named in parentheses or after a comma).
const IN_STATES =
  'Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal|Delhi|New Delhi|Chandigarh|Puducherry|Jammu and Kashmir';
const BR_UF = 'AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO';
const AU_STATES = 'NSW|VIC|QLD|SA|WA|TAS|ACT|NT';
const ZA_PROVINCES =
  'Eastern Cape|Western Cape|Northern Cape|Free State|Gauteng|KwaZulu-Natal|Limpopo|Mpumalanga|North West|Wes-Kaap|Oos-Kaap|Noord-Kaap|Vrystaat';
const MY_STATES =
  "Selangor(?: Darul Ehsan)?|Wilayah Persekutuan(?: Kuala Lumpur)?|Johor(?: Darul Ta'?zim)?|Pulau Pinang|Penang|Perak(?: Darul Ridzuan)?|Kedah(?: Darul Aman)?|Melaka|Negeri Sembilan|Pahang|Sabah|Sarawak|Kelantan|Terengganu|Perlis|Putrajaya|Labuan";
const PH_REGIONS =
  'Metro Manila|NCR|Cebu|Laguna|Cavite|Rizal|Bulacan|Pampanga|Batangas|Davao del Sur|Iloilo|Negros Occidental|Pangasinan|Benguet|Misamis Oriental';
// Indonesia's provinces as its addresses close: "..., Kabupaten Cirebon, Jawa Barat 45155" (the regency or city, the
// province, five digits). The province alone before the postcode is no city ("Jawa Barat 45155, Indonesia"); a city
// may bear its province's name ("Jambi, Jambi 36122").
export const ID_PROVINCES =
  'Aceh|Sumatera Utara|Sumatera Barat|Sumatera Selatan|Kepulauan Riau|Riau|Jambi|Bengkulu|Lampung|Bangka Belitung|' +
  'Kepulauan Bangka Belitung|DKI Jakarta|Jawa Barat|Jawa Tengah|Jawa Timur|West Java|Central Java|East Java|Banten|' +
  'DI Yogyakarta|D\\.I\\. Yogyakarta|Bali|Nusa Tenggara Barat|Nusa Tenggara Timur|Kalimantan Barat|Kalimantan Tengah|' +
  'Kalimantan Selatan|Kalimantan Timur|Kalimantan Utara|Sulawesi Utara|Sulawesi Tengah|Sulawesi Selatan|' +
  'Sulawesi Tenggara|Sulawesi Barat|Gorontalo|Maluku Utara|Maluku|Papua Barat|Papua';
const ID_PROVINCE = new RegExp(`^(?:${ID_PROVINCES})$`, 'u');
// "Kabupaten Cirebon", "Kota Bandung", "Kab. Siak": a regency's or a city's administrative word is not its name; a
// district's or village's word before the city ("Kec. Marpoyan Damai Pekanbaru") leaves the city unsure: no city.
const ID_CITY_WORD = /^(?:Kabupaten|Kab\.|Kota)\s+/u;
const ID_DISTRICT_WORD = /^(?:Kec\.|Kecamatan|Kel\.|Kelurahan|Desa|Ds\.|Jl\.|Jalan)(?![\p{L}])/u;

/** The city of an Indonesian address's city part, or undefined when a district's words run into it. */
function indonesianCity(city: string): string | undefined {
  if (ID_DISTRICT_WORD.test(city)) return undefined;
  return city.replace(ID_CITY_WORD, '') || undefined;
}
export const CA_NAMES =
  'Québec|Quebec|Ontario|Alberta|Manitoba|Saskatchewan|Nouvelle-Écosse|Nova Scotia|Nouveau-Brunswick|New Brunswick|Colombie-Britannique|British Columbia';
// "Franklin, Tennessee 37064": the state's name in full before the ZIP code, as many small US businesses write it.
export const US_STATE_NAMES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming';
// Postcode, city and the region after it: "S2008 Rosario, Santa Fe" (Argentina's letter and four digits),
// "66265 San Pedro Garza García, N.L.", "06600 Ciudad de México, CDMX" and "76246 El Marqués, Querétaro" (Mexico's
// states, abbreviated or in full).
const AR_PROVINCES =
  'Buenos Aires|Santa Fe|Córdoba|Mendoza|Tucumán|Entre Ríos|Salta|Misiones|Chaco|Corrientes|Santiago del Estero|San Juan|Jujuy|Río Negro|Neuquén|Formosa|Chubut|San Luis|Catamarca|La Rioja|La Pampa|Santa Cruz|Tierra del Fuego|CABA';
const MX_STATES = String.raw`CDMX|N\.\s?L\.|Jal\.|Edo\.\s?Méx\.|Qro\.|Pue\.|Gto\.|Chih\.|Coah\.|Yuc\.|Q\.\s?Roo\.?|Tamps\.|Ags\.|Mich\.|Oax\.|Chis\.|Hgo\.|Mor\.|Nay\.|Dgo\.|Zac\.|S\.L\.P\.|Tab\.|Camp\.|Tlax\.|B\.C\.S\.|B\.C\.|Nuevo León|Jalisco|Ciudad de México|Aguascalientes|Baja California Sur|Baja California|Campeche|Chiapas|Chihuahua|Coahuila|Colima|Durango|Estado de México|Guanajuato|Guerrero|Hidalgo|Michoacán|Morelos|Nayarit|Oaxaca|Puebla|Querétaro|Quintana Roo|San Luis Potosí|Sinaloa|Sonora|Tabasco|Tamaulipas|Tlaxcala|Veracruz|Yucatán|Zacatecas`;
const AFTER_CITY: Array<[RegExp, string]> = [
  [new RegExp(String.raw`${WORD_START}${CITY},\s*(${US_STATE_NAMES}),?\s+(\d{5})(?:-\d{4})?(?!-?\d)`, 'gu'), 'US'],
  [new RegExp(String.raw`${WORD_START}${CITY},?\s+(${IN_STATES})\s*[-–,]?\s*(\d{3}\s?\d{3})(?!\d)`, 'gu'), 'IN'],
  [
    new RegExp(String.raw`${WORD_START}${CITY}\s*[-–]?\s*(?=\d{3}\s?\d{3},\s*(?:${IN_STATES}))()(\d{3}\s?\d{3})`, 'gu'),
    'IN',
  ],
  [
    new RegExp(
      String.raw`${WORD_START}${CITY}\s*(?:,|[-–/])\s*(${BR_UF})\s*(?:[-–,·|]\s*)?(?:CEP:?\s*)?(\d{5}-?\d{3})(?!\d)`,
      'gu',
    ),
    'BR',
  ],
  [new RegExp(String.raw`${WORD_START}${CITY},?\s+(${AU_STATES})\s+(\d{4})(?!\d)`, 'gu'), 'AU'],
  [
    new RegExp(
      String.raw`${WORD_START}${CITY}(?:\s*\(|,\s*)(${CA_NAMES})\)?,?\s+([A-Z]\d[A-Z]\s?\d[A-Z]\d)(?![\dA-Za-z])`,
      'gu',
    ),
    'CA',
  ],
  // "Makati City, Metro Manila 1226", "Cebu City, Cebu 6000": a Philippine city, its region or province, four digits.
  [new RegExp(String.raw`${WORD_START}${CITY},\s*(${PH_REGIONS})\s+(\d{4})(?!\d)`, 'gu'), 'PH'],
  [new RegExp(String.raw`${WORD_START}${CITY},\s*(${ID_PROVINCES})\s+(\d{5})(?!\d)`, 'gu'), 'ID'],
  // "General Santos City 9500, South Cotabato", "Cagayan de Oro City 9000, Misamis Oriental": a Philippine city named
  // with its word "City", the four digits after it, then its province.
  [
    new RegExp(
      String.raw`${WORD_START}(\p{Lu}[\p{L}.'-]+ (?:(?:de|del|de la|\p{Lu}[\p{L}.'-]+) ){0,3}City)[ \t]+(?=\d{4},[ \t]*(\p{Lu}\p{L}+(?:[ \t](?:del|de|\p{Lu}\p{L}+)){0,2})(?![\p{L}]))(\d{4})`,
      'gu',
    ),
    'PH',
  ],
  // "Hermosillo, Sonora, C.P. 83000", "Zapopan, Jal. CP 45010": Mexico writes the state, then the marked postcode.
  [new RegExp(String.raw`${WORD_START}${CITY},\s*(${MX_STATES}),?\s*C\.?\s?P\.?:?\s*(\d{5})(?!\d)`, 'gu'), 'MX'],
  // "St Julian's STJ 4011, Malta": Malta's three letters and four digits after the town, the country named after them
  // (alone, the shape is a German register's "HRB 1234").
  [
    new RegExp(
      String.raw`${WORD_START}${CITY}\s+()([A-Z]{3}\s?\d{4})(?=[ \t]*,?[ \t]*\n?[ \t]*Malta(?![\p{L}]))`,
      'gu',
    ),
    'MT',
  ],
  // "Brīvības iela 8, Liepāja, LV-3401": Latvia writes its prefixed four digits after the town (a parish's or
  // municipality's genitive before "pagasts" or "novads" is no town, and the lower-case word stops the match).
  [new RegExp(String.raw`${WORD_START}${CITY},?[ \t]+()(LV[- ]?\d{4})(?![\d-])`, 'gu'), 'LV'],
  // "Singapore 139951": the city-state's name and its six-digit postcode.
  [new RegExp(String.raw`${WORD_START}(Singapore)\s+()(\d{6})(?!\d)`, 'gu'), 'SG'],
  // "Deal Party, Gqeberha, 6001 / Eastern Cape, South Africa": South Africa writes four digits after the city and the
  // province after them (read in the lookahead, which keeps the groups' order: city, province, postcode).
  [
    new RegExp(
      String.raw`${WORD_START}${CITY},?[ \t]+(?=\d{4}[ \t]*[,\n][ \t]*(${ZA_PROVINCES})(?![\p{L}]))(\d{4})`,
      'gu',
    ),
    'ZA',
  ],
];
// "서울특별시 강남구 테헤란로 152", "경기도 성남시 분당구 판교역로 192": a Korean road address opens with a metropolitan
// city, or a province and its city, followed by a district (구, 군) or a road (로, 길). A rural county (군) stands
// where a city would, its town (읍) or township (면) after it: "전라남도 고흥군 고흥읍 ...".
const KR_ADDRESS =
  /(?<![가-힣])(?:(서울특별시|(?:부산|대구|인천|광주|대전|울산)광역시|세종특별자치시)|([가-힣]{2,3}(?:도|특별자치도))\s*([가-힣]{1,4}시|[가-힣]{1,4}군(?=\s*[가-힣]{1,6}(?:읍|면)(?![가-힣]))))(?=\s*[가-힣]{1,6}(?:구|군|로|길|동|읍|면)(?![가-힣]))/gu;
// "경남 진주시 상대동 진주대로 1012", "충북 청주시 흥덕구 오송생명로 77": job boards and footers shorten the province to
// two syllables. Prose does too ("본사를 경기 성남시 판교로 옮겼다": 로 is "to" there), so the road and its building's
// number are required.
const KR_SHORT_PROVINCE =
  /(?<![가-힣])(경기|강원|충북|충남|전북|전남|경북|경남|제주)\s+([가-힣]{1,4}[시군])(?=[^\n]{0,30}?[가-힣\d](?:로|길)[ \t]?\d)/gu;
// "서울 구로구 디지털로 288", "부산 해운대구 센텀중앙로 79": job boards' company boxes and many footers write a
// metropolitan city by its short name, a district (구, 군) right after it. The district is required: alone the short
// name is as often a word of a sentence ("서울 본사와 평택공장"). So is the building's number after the road or quarter:
// without it the line names a neighbourhood ("서울 성동구 성수동 팝업스토어", a pop-up's), not an address.
const KR_SHORT_CITY =
  /(?<![가-힣])(서울|부산|대구|인천|광주|대전|울산)\s+(?=[가-힣]{1,3}[구군]\s+[가-힣\d]{1,12}(?:로|길|동)(?![가-힣])[ \t]*\d)/gu;
// "浙江省宁波市鄞州区宁东路269号", "广东省东莞市长安镇": a Chinese address opens with the province (省, or an autonomous
// region, 自治区), then its city (市), then a district, county or town; the four municipalities are cities of their
// own ("上海市浦东新区").
const CN_ADDRESS =
  /(?<!\p{Script=Han})(?:(\p{Script=Han}{2,3}省|(?:广西壮族|内蒙古|宁夏回族|新疆维吾尔|西藏)自治区)\s*(\p{Script=Han}{2,4}?市)|(北京市|上海市|天津市|重庆市))(?=\s*\p{Script=Han}{1,8}?[区县镇市])/gu;
// "Atatürk Mah. Cumhuriyet Cad. No: 12, Osmangazi / Bursa": a Turkish address without a postcode names its district
// (ilçe) and then its province (il) after a slash; the province is the city a seller files it by. A street line ending
// in its number ("No: 12") before them, so a headline's "A / B" is no address. With a postcode the postal rule below
// reads the line (its city the district, as the postcode's).
const TR_DISTRICT =
  /((?:[\p{L}\d.' -]{1,40}?\s)?(?:[Cc]ad\.|[Cc]adde|[Cc]addesi|[Cc]d\.|[Ss]ok\.|[Ss]okak|[Ss]okağı|[Ss]k\.|[Bb]ulvar|[Bb]ulvarı|[Bb]lv\.|[Mm]ah\.|[Mm]ahallesi)\s*(?:[\p{L}\d.' -]{0,30}?\s)?[Nn]o\s?:\s?\d{1,4}[a-zA-Z]?),[ \t]*(\p{Lu}[\p{L}]+(?:[ \t]\p{Lu}[\p{L}]+)?)[ \t]*\/[ \t]*(\p{Lu}[\p{L}]+)(?![\p{L}\d])/gu;
// "新北市新莊區五工五路27號", "臺中市西屯區台灣大道三段99號": a Taiwanese address opens with a special municipality or
// a provincial city, then its district (區), road and number (號). The number is required: a job list's "台中市大里區"
// names where a job is, not an address.
const TW_ADDRESS =
  /(?<!\p{Script=Han})((?:台北|臺北|新北|桃園|台中|臺中|台南|臺南|高雄|基隆|新竹|嘉義)市)(?=\s*\p{Script=Han}{1,3}區[^\n]{0,24}?\d{1,5}\s*號)/gu;
// "南投縣南投市三和三路118號", "苗栗縣頭份市中華路1520號": outside the municipalities a county (縣) opens the address, then
// its county-administered city (市): the city, the county its region. A township (鄉, 鎮) is no city: not read. The
// number is required, as above.
const TW_COUNTY_ADDRESS =
  /(?<!\p{Script=Han})(\p{Script=Han}{2}縣)(\p{Script=Han}{2}市)(?=\s*[^\n]{0,24}?\d{1,5}\s*號)/gu;
// "本社所在地\n北海道札幌市中央区北1条西4-2-2": a Japanese address without its postcode, as a company box's head-office
// row (本社所在地, 本店所在地, 本社住所) writes it under its label; a block number within the line marks it as an address.
// Only under that label: a press release's 所在地 row is the issuer's, a branch's line another entity's.
const JP_ADDRESS =
  /(?<=(?:本社|本店)(?:所在地|住所)?[ \t]{0,4}[:：\t\n][ \t]{0,8})(東京都|北海道|(?:京都|大阪)府|\p{Script=Han}{2,3}県)(\p{Script=Han}{1,6}?[市区町村](?:(?<=日市)市)?)(?=[^\n]{0,24}?\d{1,4}(?:-\d|丁目|番|条))/gu;
// "12 Phạm Văn Đồng, Phường Vĩnh Hòa, TP. Nha Trang, Tỉnh Khánh Hòa": a Vietnamese address names the city (TP.,
// thành phố) and then its province (tỉnh), after a street line opening with its number.
const VN_ADDRESS =
  /(?<![\p{L}\d])\d{1,5}[^\n\d]{2,80}?,[ \t]*(?:TP\.|Tp\.|Thành phố)[ \t]*(\p{Lu}\p{L}*(?:[ \t]\p{Lu}\p{L}*){0,3}),[ \t]*(?:Tỉnh|tỉnh)[ \t]+(\p{Lu}\p{L}*(?:[ \t]\p{Lu}\p{L}*){0,3})/gu;
// "ถนนสุขุมวิท ตำบลเชิงเนิน อำเภอเมืองระยอง จังหวัดระยอง 21000": a Thai address closes on its district (อำเภอ, อ.),
// province (จังหวัด, จ.) and five-digit postcode. The province's own capital district ("Mueang Rayong") is the
// province's city; any other district is a town of its own ("อำเภอหาดใหญ่ จังหวัดสงขลา": Hat Yai). Bangkok's districts
// (เขต) stand before the capital's name.
const TH_ADDRESS =
  /(?:อำเภอ|อ\.)[ \t]?(\p{Script=Thai}{2,30})[ \t]+(?:จังหวัด|จ\.)[ \t]?(\p{Script=Thai}{2,20})[ \t]*(\d{5})(?!\d)/gu;
const TH_BANGKOK = /(?:เขต|ข\.)[ \t]?\p{Script=Thai}{2,30}[ \t]+(กรุงเทพมหานคร|กรุงเทพฯ)[ \t]*(\d{5})(?!\d)/gu;
// "〒577-0012 大阪府東大阪市長田東3丁目4番18号": Japan's postcode, the prefecture, then the city (市), or a ward (区) of
// Tokyo, which is the city. A market town's name ends in 市 itself ("四日市", "廿日市"): its city is "四日市市", so a
// second 市 right after "日市" belongs to the city (JP_ADDRESS too).
const JP_POSTAL =
  /〒?\s?(\d{3}-\d{4})\s*(東京都|北海道|(?:京都|大阪)府|\p{Script=Han}{2,3}県)(\p{Script=Han}{1,6}?[市区町村](?:(?<=日市)市)?)/gu;
// "40 Carlyle Street, Christchurch 8023": New Zealand writes the four-digit postcode after the city; read after a street
// line, on a .nz site or with the country's name after it (the same shape is a year anywhere else).
const NZ_POSTAL = new RegExp(
  String.raw`${WORD_START}${CITY}[ \t]+(\d{4})(?![\d.,:/-]\d)(?:,[ \t]*(\p{Lu}[\p{L}'’ -]{2,30}?)(?=,[ \t]*(?:New Zealand|Aotearoa)))?`,
  'gu',
);
const NZ_NAME = /^[ \t,]*(?:\n[ \t]*)?(?:New Zealand|Aotearoa|NZ)(?![\p{L}])/u;
// "Jakarta 10220, Indonesia", "Bangkok 10330, Thailand": a postcode after the city, the country's name closing the line
// or its sentence.
const POSTAL_AFTER_CITY = new RegExp(
  String.raw`${WORD_START}${CITY}\s+(\d{3,6}),[ \t]*(\p{Lu}[\p{L} .]{2,30}?)[ \t]*(?:\([\p{L}.]{1,12}\)[ \t]*)?(?=$|[\n·•|;]|(\.)(?:\s|$))`,
  'gmu',
);
const BEFORE_CITY: Array<[RegExp, string]> = [
  // The CPA's three closing letters may stand apart ("S2000 AWV Rosario", as a page's text may part them).
  [
    new RegExp(String.raw`(?:^|[\s,])([A-Z]\d{4}(?:\s?[A-Z]{3})?)\s+${CITY},\s*(${AR_PROVINCES})(?![\p{L}])`, 'gmu'),
    'AR',
  ],
  // Mexico's postcode may carry its "C.P." and a comma ("C.P. 83299, Hermosillo, Sonora").
  [new RegExp(String.raw`(?:^|[\s,])(?:C\.\s?P\.\s?)?(\d{5}),?\s+${CITY},\s*(${MX_STATES})(?![\p{L}])`, 'gmu'), 'MX'],
  // "40200 Shah Alam, Selangor Darul Ehsan", "50450 Kuala Lumpur, Wilayah Persekutuan": Malaysia's five digits, the
  // city, then its state.
  [new RegExp(String.raw`(?:^|[\s,])(\d{5})\s+${CITY},\s*(${MY_STATES})(?![\p{L}])`, 'gmu'), 'MY'],
];
// "C1001AAD Ciudad Autónoma de Buenos Aires", "X5000 JKL Córdoba": Argentina's full postcode (CPA), the province's
// letter (ISO 3166-2:AR, never I or O), four digits and three letters, a shape no other country writes; read after a
// street line. The letter C is the Ciudad Autónoma itself, the city whatever its long name.
const AR_CPA = new RegExp(String.raw`(?:^|[\s,])([A-HJ-NP-Z]\d{4})\s?([A-Z]{3})\s+${CITY}`, 'gmu');
const SLAVIC_TOWN_NOUN = /^ (?:mesto|grad|selo|polje)(?![\p{L}])/u;
const REGION_POSTAL: Array<[RegExp, Set<string>, string]> = [
  [US_POSTAL, US_STATES, 'US'],
  [CA_POSTAL, CA_PROVINCES, 'CA'],
];
const PREFIX_COUNTRY: Record<string, string> = {
  D: 'DE',
  A: 'AT',
  CH: 'CH',
  F: 'FR',
  L: 'LU',
  B: 'BE',
  NL: 'NL',
  E: 'ES',
  I: 'IT',
  DK: 'DK',
  // "H-4025 Debrecen", "LT-44280 Kaunas": Hungary's and Lithuania's prefixes, as their companies still write them.
  H: 'HU',
  LT: 'LT',
  // "FL-9491 Ruggell": Liechtenstein shares Switzerland's postcodes (94xx) and writes its own prefix before them.
  FL: 'LI',
};
// Which countries write a postcode of this many digits, by the language of the street line or page.
const FIVE_DIGITS: Record<string, string> = { de: 'DE', fr: 'FR', es: 'ES', it: 'IT', tr: 'TR' };
const FOUR_DIGITS: Record<string, string[]> = {
  de: ['AT', 'CH'],
  fr: ['BE', 'CH', 'LU'],
  nl: ['BE'],
  it: ['CH'],
  da: ['DK', 'NO'],
};
const FIVE_DIGIT_COUNTRIES = new Set(['DE', 'FR', 'ES', 'IT', 'FI', 'US', 'TR']);
const FOUR_DIGIT_COUNTRIES = new Set(['AT', 'CH', 'BE', 'LU', 'DK', 'NO', 'HU', 'AU', 'NZ', 'ZA']);
const MAX_HITS = 20;

/** The city words of a capture, and a country name when the capture ran into one ("Berlin Deutschland"). */
function splitCity(capture: string): { city?: string; country?: string; province?: string } {
  const words: string[] = [];
  let country: string | undefined;
  for (const word of capture.split(/\s+/)) {
    const bare = word.replace(/[.:,]$/, '');
    country = bare.length > 2 ? toIsoCountry(bare) : undefined;
    if (country || STOP_WORDS.test(bare)) break;
    words.push(word);
    // "50014 Zaragoza. Inscrita en...": a full stop ends the city (an abbreviation's dot sits inside a word).
    if (/\.$/.test(word) && bare.length > 3) break;
  }
  // "20121 Milano MI", "00184 Roma RM": a province's two-letter code after the city is not part of its name.
  const code = words.length > 1 ? /^\(?([A-Z]{2})\)?[.,]?$/.exec(words.at(-1) ?? '')?.[1] : undefined;
  if (code) words.pop();
  // "71202 Ηράκλειο Κρήτης", "Χανιά Κρήτης": Greek names the region after the city, in the genitive ("of Crete").
  if (words.length > 1 && /^\p{Script=Greek}+(?:[ηή]ς|[αά]ς|ο[υύ]|[ωώ]ν)[.,]?$/u.test(words.at(-1) ?? '')) words.pop();
  // "St.Gallen" is written "St. Gallen" too: one spelling.
  const joined = words
    .join(' ')
    .replace(/[.,;:]+$/, '')
    .replace(/^(St|Ste|Sankt)\.(?=\p{Lu})/u, '$1. ');
  const city = cityOrNone(joined);
  return city && city.length >= 2 && !notAPlace(city) ? { city, country, province: code } : { country };
}

// States that are one city, whose name is the city's: "98000 Monaco", "L-2540 Luxembourg", "47890 San Marino".
const CITY_STATES = new Set(['MC', 'LU', 'SM', 'VA', 'GI', 'SG']);
const CITY_STATE_NAME = /^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)(?![\p{L}-])/u;

/** The city-state a postcode's city part names ("Monaco (quartier de Fontvieille)"), its name the city's. */
function cityState(capture: string): { city: string; country: string } | undefined {
  const name = CITY_STATE_NAME.exec(capture)?.[1] ?? '';
  for (const city of [name, name.split(' ')[0] ?? '']) {
    const country = city.length > 3 ? toIsoCountry(city) : undefined;
    if (country && CITY_STATES.has(country)) return { city, country };
  }
  return undefined;
}

// A company's legal form: "Ironbark Lane Architects Pty" after a postcode is the next line's company, not a city.
const LEGAL_WORD =
  /(?<![\p{L}])(?:pty|ltd|gmbh|inc|llc|plc|corp|s\.?a\.?s|s\.?r\.?l|b\.?v|n\.?v|oy|ab|a\/s|aps|kft|zrt|sp\.?|srl|spa)(?![\p{L}])/iu;

// A unit within a building before its number ("Suite 300", "Building 4", "Floor 12", "Box 1200") is no city.
const UNIT_WORD =
  /^(?:suite|ste|building|bldg|floor|fl|level|unit|room|rm|office|apt|apartment|box|po box|p\.?o\.? box|lot|block|blk|tower|wing|gate|hall|stand|booth|no|nr)\.?$/i;

/** Words that name a company or a person's role, not a place ("Registered Architect QLD 4512" is a licence). */
function notAPlace(city: string): boolean {
  return LEGAL_WORD.test(city) || isJobTitle(city) || UNIT_WORD.test(city);
}

// Legal forms spelled as a country's code: AG (Antigua), SA (Saudi Arabia), AS (American Samoa), SE (Sweden).
const FORM_CODE = /^(?:AG|SA|AS|SE|KG|NV|BV)$/;

/** A country named right after the postal line ("10115 Berlin\nDeutschland", "45007 Toledo (España)"). */
function countryAfter(text: string, from: number): string | undefined {
  // The window's last word may be cut ("Amtsgericht Fr|eiburg" is not France): it ends at the last whole word.
  const ahead = text.slice(from, from + 61);
  const next = (ahead.length > 60 ? ahead.slice(0, ahead.search(/\s\S*$/) + 1 || 60) : ahead)
    .split(/[\n,|·•]/)
    .map((s) => s.replace(/[()[\].;:]/g, ' ').trim())
    .filter(Boolean);
  // "39012 Meran (BZ) · Südtirol · Italien": a province's code and a region may stand before the country.
  const reach = next.length > 2 && next.slice(0, 2).every((p) => p.length <= 25 && !/\d/.test(p)) ? 3 : 2;
  for (const part of next.slice(0, reach)) {
    // A part's last word as a code only in capitals: "Directeur de la" names no Laos.
    const last = part.split(/\s+/).pop() ?? '';
    // A company's name closing on its legal form ("Gubler Kältetechnik AG") names no Antigua.
    // Another address's postal line ("Stabilimento: Via Montesuello 212 – 25065 Lumezzane (BS)") ends on its
    // province's code, no country's.
    const named = /^\p{Ll}{2}$/u.test(last) || (last !== part && (FORM_CODE.test(last) || /\d/.test(part)));
    const code = toIsoCountry(part) ?? (named ? undefined : toIsoCountry(last));
    if (code && part.length > 2) return code;
  }
  return undefined;
}

// "4020 Linz\nOberösterreich, Österreich": the part after the city, before a line end, comma or separator.
// A town's own qualifier in brackets ("26122 Oldenburg (Oldb)") may stand between; a middle dot or bar may separate.
const NEXT_PART = /^(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*[\n,·|][ \t]*(\p{Lu}[\p{L}.' -]{2,40}?)[ \t]*(?=[\n,·|]|$)/u;

/**
 * A first-level region of the address's own country named in the part after its city (the region tables), by a name
 * no city bears: "Wien" after "8010 Graz" heads the next office's block.
 */
function regionAfter(text: string, from: number, country: string): string | undefined {
  const part = NEXT_PART.exec(text.slice(from, from + 50))?.[1];
  return part && !toIsoCountry(part) && regionCountry(part) === country ? part : undefined;
}

// "in the canton of Fribourg", "im Kanton Zug", "dans le canton de Vaud", "nel Cantone Ticino".
const CANTON =
  /(?<!\p{L})(?:[Cc]anton of(?: the)?|[Kk]anton|[Cc]anton d[eu]|[Cc]anton d'|[Cc]antone(?: d[ie]l?)?)\s*(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/gu;

/**
 * The one Swiss canton a page names in running text, for a seat whose address gives none ("Route de Riaz 27, 1630
 * Bulle" on a page that says "in the canton of Fribourg"); none when it names two.
 */
export function cantonInText(text: string): string | undefined {
  const named = new Set<string>();
  for (const m of text.matchAll(CANTON)) if (m[1] && regionCountry(m[1], true) === 'CH') named.add(m[1]);
  return named.size === 1 ? [...named][0] : undefined;
}

const CLOSING_COUNTRY = /^,[ \t]*(\p{Lu}[\p{L} .]{2,30}?)[ \t]*(?:$|[\n·•|;])/u;

/**
 * "10412 Tallinn, Estonia" closing its line: a postcode and city followed by nothing but a country's name is an
 * address, street word or not ("Telliskivi 60a/3" has none). A four-digit year is never its postcode ("Since 2014
 * Berlin, Germany"), nor a number before a phrase ("2000 Customers, Germany and France").
 */
function closingCountry(text: string, from: number, digits: string): boolean {
  if (digits.length === 4 && /^(?:19|20)\d\d$/.test(digits)) return false;
  const name = CLOSING_COUNTRY.exec(text.slice(from, from + 40))?.[1];
  return !!name && !!toIsoCountry(name.trim());
}

const SPANISH_PROVINCE = /^[ \t]*\((\p{Lu}[\p{L}]+(?:[ -]\p{Lu}[\p{L}]+)?)\)/u;

// Hungary writes the city before the street: "4031 Debrecen, Határ út 14.", "1051 Budapest, Nádor utca 7".
const STREET_AFTER =
  /^,[ \t]*\p{Lu}[\p{L}.' -]{1,40}?\s(?:út|utca|u\.|tér|körút|krt\.|sor|köz|fasor|sétány|rakpart)\s*\d{1,4}/u;

/** A street line right after the postcode and city, in the order Hungarian addresses take. */
function streetAfter(text: string, from: number): boolean {
  return STREET_AFTER.test(text.slice(from, from + 80));
}

const SPANISH_COMMA_STREET =
  /((?:calle|c\/|avenida|avda\.?|av\.|paseo|passeig|plaza|plaça|carrer|camino|ronda|traves[ií]a|glorieta)\s[^\n,]{2,60}\n(?:n[º°o]\.?\s?)?\d{1,4}[a-z]?)\n(?:\d{1,2}\.?\s?[º°ª](?:\s?[a-z])?\n)?$/iu;

// "Polígono Industrial As Gándaras, rúa A, parcela 14", "Pol. Ind. Els Pinetons, nave 7": a Spanish industrial estate
// and the plot or shed's number, where a street's house number would be.
const INDUSTRIAL_ESTATE =
  /((?:pol[íi]gono|pol\.)\s[^\n]{2,60}\n(?:[^\n\d]{1,30}\n)?(?:parcela|nave|naves|lote)\s?(?:n[º°o]\.?\s?)?\d{1,4}[a-z]?)\n(?:\d{1,2}\.?\s?[º°ª]\n)?$/iu;

function streetBefore(text: string, end: number): { street: string; lang: (typeof STREETS)[number][1] } | undefined {
  const before = `${text.slice(Math.max(0, end - 120), end)}\n`;
  const lines = before
    .split(/\n|,\s|\||\s[·•]\s/)
    .map((s) => s.trim())
    .filter(Boolean);
  const last = `${lines.slice(-2).join('\n')}\n`;
  for (const [pattern, lang] of STREETS) {
    const m = pattern.exec(last);
    const street = m?.[1]
      ?.trim()
      .replace(/\s*\n\s*/g, ', ')
      .slice(0, 120);
    if (street) return { street, lang };
  }
  // "Calle Mayor, 12, 2.º B": Spanish sets the house number, and the floor after it, apart by commas.
  const three = `${lines.slice(-3).join('\n')}\n`;
  const spanish = SPANISH_COMMA_STREET.exec(three)?.[1] ?? INDUSTRIAL_ESTATE.exec(three)?.[1];
  if (spanish) return { street: spanish.replace(/\s*\n\s*/g, ', '), lang: 'es' };
  return undefined;
}

// "47, Boulevard Moulay Slimane, Aïn Sebaâ\n20250 Casablanca – Maroc", "14, rue Al Hammam, Hay Riad, 10100 Rabat":
// North and West African addresses name the quarter between the street and the postal line. A quarter is one to three
// capitalized words without a number, closing its part.
const QUARTER_BEFORE = /,[ \t]*\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’-]{1,30}){0,2}[ \t]*(?:,[ \t]*|\n[ \t]*)$/u;

/**
 * The street before the quarter that stands between it and the postal line, read only when a country's name closes
 * that line: the quarter's words may as well be a company's name or a heading, and the street's shape alone would
 * name France for any five digits.
 */
function streetOverQuarter(
  text: string,
  start: number,
  end: number,
): { street: string; lang: (typeof STREETS)[number][1] } | undefined {
  const before = text.slice(Math.max(0, start - 80), start);
  const quarter = QUARTER_BEFORE.exec(before);
  if (!quarter || !countryAfter(text, end)) return undefined;
  return streetBefore(text, start - (before.length - quarter.index));
}

/** The country of a four- or five-digit postcode: the prefix, a named country, then the street's language, page, TLD. */
function digitsCountry(
  digits: string,
  prefix: string | undefined,
  named: string | undefined,
  streetLang: string | undefined,
  hint: AddressHint,
): string | undefined {
  if (prefix) return PREFIX_COUNTRY[prefix];
  if (named) return named;
  const tld = hint.tldCountry;
  if (digits.length === 5) {
    // The street line's shape decides; the page's language and the TLD are weaker and must not disagree.
    const byStreet = FIVE_DIGITS[streetLang ?? ''];
    if (byStreet) return byStreet;
    const byLang = FIVE_DIGITS[hint.lang ?? ''];
    const byTld = tld && FIVE_DIGIT_COUNTRIES.has(tld) && tld !== 'US' ? tld : undefined;
    return byLang && byTld && byLang !== byTld ? undefined : (byLang ?? byTld);
  }
  // A street word two languages share ("-weg" in German and Dutch) leaves the page's language a say.
  const byStreet = FOUR_DIGITS[streetLang ?? ''];
  const byPage = FOUR_DIGITS[hint.lang ?? ''];
  const options = byStreet || byPage ? [...(byStreet ?? []), ...(byPage ?? [])] : undefined;
  if (tld && FOUR_DIGIT_COUNTRIES.has(tld) && (!options || options.includes(tld))) return tld;
  return undefined;
}

/**
 * Portuguese and Brazilian postcodes ("4700-329", "80020-310") have a shape nothing else on a page has: on a page in
 * Portuguese or under the country's TLD they need no street line ("Zona Industrial, Lote 12 · 3800-055 Aveiro").
 */
/** The country of a "NNN NN" postcode: its prefix, the Greek script, then the block's language and the site's TLD. */
function spacedCountry(prefix: string | undefined, city: string, hint: AddressHint): string | undefined {
  if (prefix) return SPACED_PREFIX[prefix];
  if (/\p{Script=Greek}/u.test(city)) return 'GR';
  const byLang = SPACED_LANG[(hint.lang ?? '').slice(0, 2).toLowerCase()];
  const tld = hint.tldCountry;
  return byLang ?? (tld && Object.values(SPACED_LANG).includes(tld) ? tld : undefined);
}

function ownShape(country: string, hint: AddressHint): boolean {
  if (country === 'NL') return /^nl\b/i.test(hint.lang ?? '') || hint.tldCountry === country;
  return (country === 'PT' || country === 'BR') && (/^pt\b/i.test(hint.lang ?? '') || hint.tldCountry === country);
}

function withStreet(address: Address, street: string | undefined): Address {
  if (street) address.street = street;
  return address;
}

/**
 * Every postal address in `text`, in order: US, Canadian and UK postal lines, shaped postcodes (NL, PT, PL; SE, CZ, SK, GR), then
 * four- and five-digit postcodes before a city, which need a street line or a country prefix to count (a bare "1234
 * Word" is a price or a year as often). The country comes from the postcode's format, then a prefix or a country
 * named after the city, then the street line's shape ("Calle", "rue", "-straße"), then the block's language and the
 * site's TLD, the weakest evidence; an area label ("Großraum Stuttgart") is never the city.
 */
export function findAddresses(text: string, hint: AddressHint = {}): AddressHit[] {
  const hits: AddressHit[] = [];
  const add = (index: number, address: Address, siteCountry?: boolean) => {
    if (hits.length < MAX_HITS && !hits.some((h) => h.index === index))
      hits.push(siteCountry ? { address, index, siteCountry } : { address, index });
  };
  // "Austin, TX 78756", "Halifax, NS B3H 1A1": the state or province must be one of the country's.
  for (const [pattern, regions, country] of REGION_POSTAL) {
    for (const m of text.matchAll(pattern)) {
      const city = m[1] && m[2] && regions.has(m[2]) ? splitCity(m[1]).city : undefined;
      const address: Address = { city, region: m[2], postalCode: m[3], country };
      if (city) add(m.index, withStreet(address, streetBefore(text, m.index)?.street));
    }
  }
  for (const [pattern, country] of AFTER_CITY) {
    for (const m of text.matchAll(pattern)) {
      // A city-state's name is its country's too ("Singapore 139951").
      const read = m[1] ? (splitCity(m[1]).city ?? (toIsoCountry(m[1]) === country ? m[1] : undefined)) : undefined;
      const city = read && country === 'ID' ? indonesianCity(read) : read;
      if (!city || !m[3]) continue;
      const address: Address = { city, postalCode: m[3], country };
      if (m[2]) address.region = m[2];
      add(m.index, withStreet(address, streetBefore(text, m.index)?.street));
    }
  }
  for (const m of text.matchAll(NZ_POSTAL)) {
    const end = m.index + m[0].length;
    const street = streetBefore(text, m.index + (m[0].length - m[0].trimStart().length));
    const nz = hint.tldCountry === 'NZ' || NZ_NAME.test(text.slice(end, end + 20));
    const city = m[1] ? splitCity(m[1]).city : undefined;
    // "Hastings 4122\nHawke's Bay": a region may also close the block on its own line.
    const region = m[3] ?? regionAfter(text, end, 'NZ');
    if (city && m[2] && street?.lang === 'en' && nz)
      add(m.index, withStreet({ city, postalCode: m[2], ...(region ? { region } : {}), country: 'NZ' }, street.street));
  }
  for (const m of text.matchAll(KR_ADDRESS)) {
    // A metropolitan city is its own first-level region ("서울특별시 강남구 …"); elsewhere the province, then the city.
    const address: Address = m[1] ? { city: m[1], country: 'KR' } : { city: m[3], region: m[2], country: 'KR' };
    if (address.city) add(m.index, address);
  }
  for (const m of text.matchAll(TR_DISTRICT)) {
    const street = m[1]?.trim().replace(/^.*[·|•]\s*/u, '');
    if (m[3] && !toIsoCountry(m[3])) add(m.index, withStreet({ city: m[3], country: 'TR' }, street));
  }
  for (const m of text.matchAll(KR_SHORT_CITY)) if (m[1]) add(m.index, { city: m[1], country: 'KR' });
  for (const m of text.matchAll(KR_SHORT_PROVINCE))
    if (m[1] && m[2]) add(m.index, { city: m[2], region: m[1], country: 'KR' });
  for (const m of text.matchAll(TW_ADDRESS)) if (m[1]) add(m.index, { city: m[1], country: 'TW' });
  for (const m of text.matchAll(TW_COUNTY_ADDRESS))
    if (m[1] && m[2]) add(m.index, { city: m[2], region: m[1], country: 'TW' });
  for (const m of text.matchAll(CN_ADDRESS)) {
    const address: Address = m[3] ? { city: m[3], country: 'CN' } : { city: m[2], region: m[1], country: 'CN' };
    if (address.city) add(m.index, address);
  }
  for (const m of text.matchAll(JP_POSTAL)) {
    const tokyo = m[2] === '東京都';
    const city = tokyo ? 'Tokyo' : m[3];
    if (city) add(m.index, { postalCode: m[1], city, region: m[2], country: 'JP' });
  }
  for (const m of text.matchAll(VN_ADDRESS))
    if (m[1] && m[2]) add(m.index, { city: m[1], region: m[2], country: 'VN' });
  for (const m of text.matchAll(TH_ADDRESS)) {
    const [, district, province, postalCode] = m;
    if (!district || !province) continue;
    const city = district.startsWith('เมือง') ? province : district;
    add(m.index, { city, region: province, postalCode, country: 'TH' });
  }
  for (const m of text.matchAll(TH_BANGKOK)) if (m[1]) add(m.index, { city: m[1], postalCode: m[2], country: 'TH' });
  for (const m of text.matchAll(JP_ADDRESS)) {
    // Read with its postcode above, the same address is not read twice.
    if (hits.some((h) => h.address.country === 'JP' && Math.abs(h.index - m.index) <= 12)) continue;
    const city = m[1] === '東京都' ? 'Tokyo' : m[2];
    if (city) add(m.index, { city, region: m[1], country: 'JP' });
  }
  for (const m of text.matchAll(POSTAL_AFTER_CITY)) {
    const city = m[1] ? splitCity(m[1]).city : undefined;
    const named = m[3]?.trim() ?? '';
    // Before a full stop a name, not an abbreviation ("1840, Col. San Rafael": a colonia, not Colombia).
    const country = m[4] && named.length <= 3 ? undefined : toIsoCountry(named);
    if (!city || !m[2] || !country || /^(?:19|20)\d\d$/.test(m[2])) continue;
    // "Jawa Barat 45155, Indonesia": an Indonesian province before the postcode is no city (read above with its city).
    if (country === 'ID' && ID_PROVINCE.test(city)) continue;
    // "Hwaseong-si, Gyeonggi-do 18622, Republic of Korea", "Ningbo, Zhejiang 315040, China": the postcode follows the
    // province, and the city is the part before it.
    const town = regionCountry(city) === country ? partBefore(text, m.index) : undefined;
    const address: Address = town
      ? { city: town, region: city, postalCode: m[2], country }
      : { city, postalCode: m[2], country };
    add(m.index, withStreet(address, streetBefore(text, town ? text.lastIndexOf(town, m.index) : m.index)?.street));
  }
  for (const [pattern, country] of BEFORE_CITY) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const city = m[2] ? splitCity(m[2]).city : undefined;
      if (city && m[1] && m[3])
        add(
          start,
          withStreet(
            { city, region: m[3], postalCode: m[1].replace(/\s+/g, ''), country },
            streetBefore(text, start)?.street,
          ),
        );
    }
  }
  for (const m of text.matchAll(AR_CPA)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const city = m[1]?.startsWith('C') ? 'Buenos Aires' : splitCity(m[3] ?? '').city;
    const street = streetBefore(text, start)?.street;
    if (city && street) add(start, { city, postalCode: `${m[1]}${m[2]}`, country: 'AR', street });
  }
  for (const m of text.matchAll(IE_POSTAL)) {
    const city = m[1] && m[2] ? splitCity(m[1]).city : undefined;
    if (!city || !m[2]) continue;
    // "Athlone, Co. Westmeath N37 X2F4": a county before the Eircode, its town before that.
    const town = IE_COUNTY.test(city) ? partBefore(text, m.index) : undefined;
    const address: Address = town
      ? { city: town, region: city, postalCode: m[2], country: 'IE' }
      : { city, postalCode: m[2], country: 'IE' };
    add(m.index, withStreet(address, streetBefore(text, m.index)?.street));
  }
  // "Yodogawa-ku, Osaka 532-0011, Japan": a Japanese address in Latin letters, the postcode after the city.
  for (const m of text.matchAll(JP_LATIN_POSTAL)) {
    const city = m[1] ? splitCity(m[1]).city : undefined;
    if (!city || !m[2]) continue;
    // "Kanazawa, Ishikawa 920-0962": before the postcode a prefecture, and its city before that; a ward before it
    // ("Chuo-ku, Osaka") is the city's own part.
    const part = partBefore(text, m.index);
    const prefecture = part && !WARD.test(part) && regionCountry(city, true) === 'JP';
    add(
      m.index,
      prefecture
        ? { city: part, region: city, postalCode: m[2], country: 'JP' }
        : { city, postalCode: m[2], country: 'JP' },
    );
  }
  for (const m of text.matchAll(UK_POSTAL)) {
    // "Strand Road, Londonderry, Northern Ireland, BT48 7TG": a nation of the kingdom before the postcode, its town
    // before that.
    const nation = m[1] && m[2] && UK_NATION.test(m[1]) ? partBefore(text, m.index) : undefined;
    if (nation && m[1] && m[2]) {
      add(m.index, { city: nation, region: m[1], postalCode: m[2], country: 'GB' });
      continue;
    }
    const city = m[1] && m[2] ? splitCity(m[1]).city : undefined;
    if (!city || !m[2]) continue;
    // "Montpellier Court, Cheltenham, Gloucestershire GL50 1SH": a county before the postcode, its town before that.
    const town = UK_COUNTY.test(city) ? partBefore(text, m.index) : undefined;
    const address: Address = town
      ? { city: town, region: city, postalCode: m[2], country: 'GB' }
      : { city, postalCode: m[2], country: 'GB' };
    add(m.index, withStreet(address, streetBefore(text, m.index)?.street));
  }
  for (const [pattern, country, countryNamed] of SHAPED_POSTAL) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const street = streetBefore(text, start);
      const { city } = splitCity(m[2] ?? '');
      // The country's name after the line reads the shape as a street or the page's language does.
      if (!city || !m[1] || !(street || countryNamed || ownShape(country, hint))) continue;
      const region = regionAfter(text, m.index + m[0].length, country);
      add(start, withStreet({ city, postalCode: m[1], country, ...(region ? { region } : {}) }, street?.street));
    }
  }
  for (const m of text.matchAll(SPACED_POSTAL)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const { city } = splitCity(m[3] ?? '');
    const country = city && m[2] ? spacedCountry(m[1], city, hint) : undefined;
    const street = streetBefore(text, start);
    // A street line before, or a prefix, reads the shape; without them Czech, Slovak and Greek evidence does (the
    // prefix, the script, the language, the domain), which also names the country. Swedish text without a street
    // line has phone numbers of the same shape ("08-123 45 67").
    if (city && m[2] && (street || m[1] || (country && country !== 'SE')))
      add(start, withStreet({ city, postalCode: m[2], country: country ?? 'SE' }, street?.street));
  }
  for (const m of text.matchAll(EU_POSTAL)) {
    if (!m[2] || !m[3]) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    // "© 2026 Acme. All rights reserved": the year of a copyright line, under an address's street, is no postcode.
    if (COPYRIGHT_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    const state = cityState(m[3]);
    const split = state ? { city: state.city, country: state.country, province: undefined } : splitCity(m[3]);
    const named = split.country;
    // "8000 Aarhus C", "1260 København K": a Danish postal district's letters after the city are not part of it.
    const danish = m[2].length === 4 ? split.city?.replace(/\s(?:C|K|V|N|S|Ø|SV|NV|NØ|SØ)$/u, '') : split.city;
    const street = streetBefore(text, start) ?? streetOverQuarter(text, start, m.index + m[0].length);
    // "8000 Novo mesto": Slovenian and Croatian write a town's common noun in lower case, after a South Slavic street.
    const noun = danish && street?.lang === 'hr' ? SLAVIC_TOWN_NOUN.exec(text.slice(m.index + m[0].length))?.[0] : '';
    const city = noun ? `${danish}${noun}` : danish;
    const after = named ?? countryAfter(text, m.index + m[0].length + (noun?.length ?? 0));
    const end = m.index + m[0].length + (noun?.length ?? 0);
    if (!city || !(street || m[1] || closingCountry(text, end, m[2]) || streetAfter(text, end))) continue;
    const address: Address = withStreet({ city, postalCode: m[2] }, street?.street);
    const country = state?.country ?? digitsCountry(m[2], m[1], after, street?.lang, hint);
    if (country) address.country = country;
    // "25065 Lumezzane (BS)", "20121 Milano MI": an Italian city's province, its first-level region's part a seller files it by.
    const province = split.province ?? /^[ \t]*\(([A-Z]{2})\)/.exec(text.slice(end, end + 8))?.[1];
    // "47300 Peñafiel (Valladolid)": Spain names the province in brackets after a town that is not its capital.
    const bracketed = country === 'ES' ? SPANISH_PROVINCE.exec(text.slice(end, end + 40))?.[1] : undefined;
    const spanish = bracketed && !toIsoCountry(bracketed) ? bracketed : undefined;
    // A region named after the city ("39012 Meran (BZ) · Südtirol") is the one a seller files it by, before its code.
    const region = country ? regionAfter(text, end, country) : undefined;
    if (region) address.region = region;
    else if (country === 'IT' && province) address.region = province;
    else if (spanish) address.region = spanish;
    add(start, address);
  }
  // Iceland's three digits after a street word of its own, where no rule above read the line with its country's name.
  for (const hit of icelandicAddresses(text, hint.tldCountry))
    if (!hits.some((h) => h.address.postalCode === hit.address.postalCode && h.address.city === hit.address.city))
      add(hit.index, hit.address);
  // Lines read by their parts (./line-address.ts), where no postcode rule found the same block.
  for (const hit of lineAddresses(text, hint.tldCountry))
    if (!hits.some((h) => Math.abs(h.index - hit.index) < 120)) add(hit.index, hit.address, hit.siteCountry);
  return hits.sort((a, b) => a.index - b.index);
}

/** The first postal address in `text` (findAddresses). */
export function findAddress(text: string, hint?: AddressHint | 'de' | 'fr' | 'en'): Address | undefined {
  return findAddresses(text, typeof hint === 'string' ? { lang: hint } : hint)[0]?.address;
}
