import type { Address } from '../../signals/schema';
import { cityOrNone } from '../area';
import { findBrand } from '../brand';
import { isJobTitle } from '../classify/title';
import { regionCode } from '../region-codes';
import { regionCountry } from '../sites/location';
import { type AddressHit, findAddresses, UK_COUNTY } from './address';
import { toIsoCountry } from './country-names';
import { withoutCredits } from './credits';
import { gazetteerPlace } from './gazetteer';
import { namesParentBefore } from './parent';
import { seatSentence } from './seat-sentence';
import { seatValueCity } from './seat-value';
import { NORTH_FOREIGN, NORTH_OWN } from './seat-words-north';

type Lang = 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pt' | 'en' | 'cs' | 'sk' | 'el' | 'sv';

// Headings that open an imprint, legal notice or contact block, with the language they imply.
const HEADINGS =
  /\b(impressum|anschrift|postanschrift|kontakt|sitz der gesellschaft|mentions l[ée]gales|si[èe]ge social|adresse|nous contacter|aviso legal|datos identificativos|informaci[óo]n legal|domicilio social|contacto|direcci[óo]n|note legali|sede legale|contatti|colofon|contactgegevens|bezoekadres|postadres|vestigingsadres|contactos|contatos|morada|endere[çc]o|informa[çc](?:ão|ao) legal|imprint|legal notice|legal information|contact(?: us)?|headquarters|head office|registered office|address)\b/giu;
const HEADING_LANG: Array<[RegExp, Lang]> = [
  [/impressum|anschrift|kontakt|sitz/i, 'de'],
  [/mentions|si[èe]ge|adresse|nous contacter/i, 'fr'],
  [/contactos|contatos|morada|endere|informa[çc](?:ão|ao)/i, 'pt'],
  [/aviso|datos|informaci|domicilio|contacto|direcci/i, 'es'],
  [/note legali|sede legale|contatti/i, 'it'],
  [/colofon|contactgegevens|bezoekadres|postadres|vestigingsadres/i, 'nl'],
];
const WINDOW = 700;
const MAX_WINDOWS = 10;

// A word of at most 60 characters: with no bound, a page's long run of letters without a space (a token, a mangled
// paragraph) was retried from each of its capitals, quadratic in the run's length (seconds for 20 KB).
const LEGAL_NAME =
  /((?:[\p{Lu}\d][\p{L}\d&.'’+-]{0,60}[ \t\u00a0]+){1,5}(?:GmbH\s*&\s*Co\.\s*KG|gGmbH|GmbH|AG|SE|KG|UG(?:\s*\(haftungsbeschränkt\))?|e\.\s?V\.|SASU|SAS|S\.\s?à\s?r\.\s?l\.|Sàrl|SàRL|SARL|SELARL|EURL|S\.A\.M\.|S\.A\.S\.|S\.L\.U\.|S\.L\.|S\.A\.U\.|S\.A\.|SA|S\.r\.l\.|S\.p\.A\.|Pvt\.?\s?Ltd\.?|Private Limited|Ltd\.?|Limited|LLC|Inc\.?|plc|B\.V\.|BV|Oy|AB|ApS|A\/S|SRL|S\.R\.L\.|S\.C\.|Sp\.\s?z\s?o\.\s?o\.))(?![\p{L}\d])/u;
// A German sentence may start with an article before the name ("Die Acme GmbH ist ...").
const LEADING_WORDS = /^(?:die|der|das|la|le|les|l'|the|von|by|of|de|du|des)\s+/i;

// Register and tax identifiers that only one country issues.
const REGISTERS: Array<[RegExp, string]> = [
  [
    /\bAmtsgericht\b|\bHRB\s?\d|\bHRA\s?\d|\bUSt-?Id(?:Nr)?\.?\s*:?\s*DE\s?\d{9}\b|\bDE\s?\d{3}\s?\d{3}\s?\d{3}\b/u,
    'DE',
  ],
  [/\bFirmenbuch|\bFN\s?\d{5,6}\s?[a-z]\b|\bATU\s?\d{8}\b/u, 'AT'],
  [/\bCHE-\d{3}\.\d{3}\.\d{3}\b/u, 'CH'],
  [/\bR\.?C\.?S\.?\s+[\p{Lu}]|\bSIRE[NT]\b|\bFR\s?\d{2}\s?\d{9}\b/u, 'FR'],
  [/registered in england|companies house|registered in scotland|\bGB\s?\d{9}\b/iu, 'GB'],
  [/\bKvK\b|kamer van koophandel/u, 'NL'],
  [/\bRegistro Mercantil\b|\b(?:CIF|NIF)\s*:?\s*[A-HJNP-SUVW]-?\d{7}[\dA-J]\b/u, 'ES'],
  [/\bCVR(?:-?nr\.?)?\s*:?\s*\d{2}\s?\d{2}\s?\d{2}\s?\d{2}\b/u, 'DK'],
  [/\b(?:P\.\s?IVA|Partita IVA)\s*:?\s*(?:IT)?\s?\d{11}\b|\bR\.?E\.?A\.?\s/u, 'IT'],
];

// "Sitz der Gesellschaft: Berlin", "siège social : Paris", "headquartered in Cambridge, UK" (or "at Ideon Science Park in
// Lund"), "au siège de Caen", a fact table's row
// "Headquarters<tab>Tartu, Estonia" (a browser puts a tab between a row's cells), a profile's "Headquarters Location
// Leipzig, Sachsen, Germany" or "HQ Location", "Unser Firmensitz ist in der Stadt
// Salzburg", "headquartered at our yard on the Riverside Trading Estate in Perth" (the company's own: "mit Hauptsitz in" may describe another firm). The keyword is matched
// case-insensitively, the city after it case-sensitively (with the i flag \p{Lu} would accept any letter).
const SEAT_KEYWORD =
  /\b(?:unser(?:e[nr]?)? (?:firmen|unternehmens|haupt)?sitz (?:ist|befindet sich|liegt)(?= (?:in|im) )(?: in der stadt(?= ))?|sitz(?: der gesellschaft)?|unser(?:em|en)? hauptsitz(?= (?:in|im) )|si[èe]ge social|sede (?:legale|sociale|social)|(?:statutair )?gevestigd (?:te|in)|(?:hoofdkantoor|hoofdzetel)(?: in|:)|com sede em|sediad[ao] em|con sede (?:central |principal |legale |operativa )?(?:en|a|in)|registered office|headquartered (?:(?:at|on) [^,.\n]{2,60}? )?in(?=\s)|au si[èe]ge de|headquarters?(?: and (?:our |the |its )?[\p{L} ]{2,30}? in(?= \p{Lu})| location(?=\s)| in|:|\t)|head office(?: and (?:our |the |its )?[\p{L} -]{2,30}? in(?= \p{Lu})| in|:|\t)|corporate office(?: in|:|\t)|HQ(?: location(?=\s)| in|:|\t)|sede(?=\s*:)|si[èe]ge(?=\s*:))\s*:?\s*(?:in\s+|à\s+)?/iu;
const SEAT_CITY = /^(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2})(?:,\s*([\p{L} .]{2,30}))?/u;

// A contact block's line of a city and its country alone ("Vienna, Austria", "Berlin, Deutschland").
// "Wrocław, Lower Silesia, Poland": a first-level region may stand between.
const CITY_COUNTRY_LINE =
  /^[ \t]*(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2}),[ \t]*(?:(\p{Lu}[\p{L} .-]{1,30}?),[ \t]*)?(\p{Lu}[\p{L} .]{1,30}?)[ \t]*$/gmu;

/**
 * The country (and region) of what follows a city: "Austria", "AT", or a state or province code ("Austin, TX",
 * "Toronto, ON"), which is the region and names a country only when the code is no country's own (regionCode).
 */
export function afterCity(part: string, inSentence = false): { country?: string; region?: string } {
  // "Boston, MA and ...": a seat phrase runs on into the sentence, the code is its first word. A line's part is read
  // whole ("BOULDER, CO USA" names no country the way a line of one office does).
  const lead = inSentence ? /^[A-Z]{2,3}(?![\p{L}])/u.exec(part)?.[0] : undefined;
  const code = regionCode(part) ?? regionCode(lead ?? '');
  if (code) return code;
  const country = toIsoCountry(part);
  if (country) return { country };
  // "in Alloa, Clackmannanshire", "Newtown, Powys": a county of the kingdom names its country.
  if (UK_COUNTY.test(part)) return { region: part, country: 'GB' };
  // "headquartered in Cambridge, Massachusetts": a first-level region's name after the city names its country too.
  const inCountry = inSentence ? regionCountry(part) : undefined;
  if (inCountry) return { region: part, country: inCountry };
  // "head office is in Goroka, Eastern Highlands Province": the word names a first-level region, whatever its country.
  return inSentence && NAMED_PROVINCE.test(part) ? { region: part } : {};
}

const NAMED_PROVINCE = /^(?:\p{Lu}[\p{L}'’-]+ ){1,3}Province$/u;

/** The one city-and-country line of `scope`; several different ones are a list of offices. */
function cityCountryLine(scope: string): Address | undefined {
  const found = new Map<string, Address>();
  for (const m of scope.matchAll(CITY_COUNTRY_LINE)) {
    const { country, region: named } = afterCity(m[3]?.trim() ?? '');
    const region = m[2]?.trim() || named;
    const city = cityOrNone(m[1]);
    if (country && city && !toIsoCountry(city) && !isJobTitle(city))
      found.set(`${city}|${country}`, region ? { city, region, country } : { city, country });
    if (found.size > 1) return undefined;
  }
  return [...found.values()][0];
}

const MAX_CITY_LINES = 50;

/**
 * The seat a phrase names without its country ("a shea processor based in Tamale"), completed by a line that gives
 * the same city with its region and country ("Tamale, Northern Region, Ghana"): one place, said twice.
 */
function withSeatLine(seat: Address, text: string): Address {
  const key = seat.city?.toLowerCase();
  if (!key || seat.country) return seat;
  let n = 0;
  for (const m of text.matchAll(CITY_COUNTRY_LINE)) {
    if (++n > MAX_CITY_LINES) break;
    if (cityOrNone(m[1])?.toLowerCase() !== key) continue;
    const { country, region: named } = afterCity(m[3]?.trim() ?? '');
    const region = m[2]?.trim() || named;
    if (country) return { ...seat, country, ...(region ? { region } : {}) };
  }
  return seat;
}

const SEAT_BONUS = 3;
// "Notre siège est à Namur", "La nostra sede è a Brescia", "Unser Hauptsitz ist in Linz": the seat named in a sentence.
const SEAT_SENTENCE =
  /\b(?:(?:notre|le) si[èe]ge(?: social)? est (?:situ[ée] )?(?:à|a)|(?:notre|son|le) si[èe]ge social(?: et (?:notre|sa|son|ses|nos) [\p{L}' ]{2,40}?)? (?:est|sont) (?:situ[ée]|install[ée]|[ée]tabli|implant[ée])e?s? (?:à|a)|(?:la nostra|la) sede (?:legale )?(?:è|e) (?:a|in)|(?:unser|der) (?:haupt|firmen)?sitz (?:ist|befindet sich) in|(?:nuestra|la) sede (?:central |principal )?(?:est(?:á|a)|se encuentra) en|(?:a |nossa )?sede (?:fica|est(?:á|a)|(?:é|e))(?: localizada)? em|our (?:head office|headquarters)(?: and (?:our |the )?[\p{L} ]{2,30}?)? (?:is|are)(?: (?:on|at) [^,.\n]{2,40}?)? in)\s+/iu;

// "We moved our head office to Makati in 2017", "trasladamos nuestra oficina principal a Lima", "verlegte seinen
// Hauptsitz nach Leipzig", "a transféré son siège à Nantes": where the seat went is where it is now, whatever city the
// company started in.
const MOVED_SEAT =
  /\b(?:(?:moved|relocated|transferred)\s+(?:our|its|the(?: company['’]s)?)\s+(?:head ?office|headquarters|hq|main office|registered office)(?:\s+and\s+[\p{L} ]{1,30}?)?\s+to|(?:trasladamos|traslad(?:ó|o)|mudamos|mud(?:ó|o))\s+(?:nuestra|nuestro|su)\s+(?:sede(?: central)?|oficina principal|casa matriz)(?:\s+y\s+[\p{L} ]{1,30}?)?\s+a|(?:transferimos|transferiu|mudamos|mudou)\s+(?:a\s+)?(?:nossa|sua)\s+(?:sede|matriz)\s+para|verlegte[n]?\s+(?:unseren|seinen|ihren|den)\s+(?:haupt|firmen|unternehmens)?sitz\s+nach|(?:a|avons)\s+transf(?:é|e)r(?:é|e)\s+(?:son|notre)\s+si(?:è|e)ge(?: social)?\s+(?:à|a)|(?:verhuisde|verplaatste)\s+(?:ons|zijn|het)\s+hoofdkantoor\s+naar)\s+/iu;

const MAX_SEAT_MATCHES = 10;
const globals = new WeakMap<RegExp, RegExp>();

/** The first match of `pattern` whose sentence does not name the company's parent before it. */
function ownMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  let global = globals.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globals.set(pattern, global);
  }
  global.lastIndex = 0;
  let n = 0;
  for (let m = global.exec(text); m && n < MAX_SEAT_MATCHES; m = global.exec(text), n++) {
    if (!namesParentBefore(text, m.index)) return m;
    if (m[0].length === 0) global.lastIndex++;
  }
  return null;
}

// "our Melbourne headquarters in Collingwood", "in our Paris HQ": the city before the noun, the suburb after it.
const CITY_SEAT = /\bour (\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+)?) (?:HQ|headquarters|head office)\b/u;

/** The city written before the seat's noun, when the table knows it ("our Global HQ" names no city). */
function cityBeforeSeat(text: string): Address | undefined {
  const name = CITY_SEAT.exec(text)?.[1];
  const place = name ? gazetteerPlace(name) : undefined;
  if (!name || !place) return undefined;
  return { city: name, country: place.country, ...(place.region ? { region: place.region } : {}) };
}

/** The seat a sentence or label names ("headquartered in Boston, MA", "Sitz der Gesellschaft: Berlin"). */
export function seatPhrase(text: string): Address | undefined {
  // "Notre siège social est à Lyon": the label's keyword matches first, the sentence then names the city.
  return (
    seatAfter(text, ownMatch(MOVED_SEAT, text)) ??
    cityBeforeSeat(text) ??
    seatAfter(text, ownMatch(SEAT_KEYWORD, text)) ??
    seatAfter(text, ownMatch(SEAT_SENTENCE, text)) ??
    basedIn(text) ??
    seatSentence(text)
  );
}

// "Scheldt Analytics is an Antwerp-based scale-up", "We're a Pittsburgh-based company": the company's own sentence
// names its base. Case-sensitive: the city is capitalized, and "a London-based investor" after another noun is someone
// else's (the subject must be "is", "are" or "we're").
const BASED = /(?:\b(?:is|are)|['’]re)\s+(?:an?|the)\s+(\p{Lu}[\p{L}'’.]+(?:[ -]\p{Lu}[\p{L}'’.]+){0,2})-based\b/u;
// "We're a managed service provider based in Dublin": the company speaking of itself, in its own sentence.
const WE_BASED =
  /(?:^|[.!?]\s+|\n)(?:We(?:'re|’re| are)|Wir sind|Nous sommes|Somos)\s[^.!?\n]{0,80}?\b(?:based in|ansässig in|basée? à|basad[ao]s? en)\s+(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2})/u;

// "Adinkra Learning Group is a Ghanaian education company based in Kumasi": a sentence that opens with a name and says
// what it is, then where it is based; not a sentence about a client, partner, investor or parent.
const IS_BASED =
  /(?:^|[.!?]\s+|\n)(?![^.!?\n]{0,60}?\b(?:client|customer|partner|investor|parent|owner|subsidiary)s?\b)\p{Lu}[^.!?\n]{0,60}?\s(?:is|are)\s(?:an?|the)\s[^.!?\n]{0,80}?\bbased in\s+(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2})/u;

// "Basée à Caen, en Normandie, l'entreprise compte 420 collaborateurs", "Based in Leeds, the company ...", "Con sede en
// Vigo, la empresa ...": a sentence that opens on the base, whose subject is then the company itself (or "we"), not a
// client or a partner named after the comma.
const BASED_FIRST =
  /(?:^|[.!?]\s+|\n)(?:Bas[ée]e?s?|Implant[ée]e?s?|Install[ée]e?s?|Based|Headquartered|Con sede|Com sede|Sediad[ao]) (?:à|in|en|em|a) (\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2})[^.!?\n]{0,40}?,\s*(?:l['’](?:entreprise|entité)|la (?:société|PME|maison|empresa)|le groupe|nous|notre (?:entreprise|société)|the (?:company|firm|business|group)|we|la compañía|el grupo|a empresa|o grupo)\b/u;

// "We were founded in 2019 in Madison, Wisconsin, where our headquarters still sits": a place the sentence says the
// company's own seat is in.
const WHERE_SEAT =
  /\bin\s+(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2})(?:,\s+(\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?))?,\s+where\s+(?:our|its)\s+(?:headquarters|head office|hq|main office)\b/u;

// "Founded in Aarhus in 2016 and still headquartered there", "started in Leeds in 1999, where we are still based": the
// company's own founding place, which the sentence says is still its seat.
const FOUNDED_THERE =
  /\b(?:[Ff]ounded|[Ss]tarted|[Ee]stablished)\s+in\s+(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2})(?:\s+in\s+\d{4})?,?\s+(?:and\s+(?:are\s+|is\s+)?(?:still\s+)?(?:headquartered|based)\s+there|where\s+(?:we\s+are|it\s+is)\s+(?:still\s+)?(?:headquartered|based))\b/u;

function basedIn(text: string): Address | undefined {
  const there = cityOrNone(FOUNDED_THERE.exec(text)?.[1]);
  if (there && !toIsoCountry(there)) return { city: there };
  const where = WHERE_SEAT.exec(text);
  const seat = where?.[1] ? cityOrNone(where[1]) : undefined;
  if (seat && !toIsoCountry(seat)) return { city: seat, ...afterCity(where?.[2] ?? '', true) };
  const based = BASED.exec(text)?.[1] ?? BASED_FIRST.exec(text)?.[1];
  const city = cityOrNone(based ?? untilFullStop(WE_BASED.exec(text)?.[1] ?? IS_BASED.exec(text)?.[1] ?? ''));
  return city && !toIsoCountry(city) ? { city } : undefined;
}

// A full stop ends the sentence, not the city ("mit Sitz in Wien. Seit 2016", "based in Linz."), except after an
// abbreviation a city's name starts with ("St. Louis", "Ste. Foy", "Ft. Worth").
const ABBREVIATION = /^(?:st|ste|sta|sto|ft|mt|pt|sv|s|n|e|w)$/i;

function untilFullStop(name: string): string {
  const words = name.split(/(?<=\.)\s+|\s+(?=\p{Lu})/u);
  let out = '';
  for (const word of words) {
    const bare = word.replace(/\.$/, '');
    const end = word.endsWith('.') && !ABBREVIATION.test(bare);
    const kept = end ? bare : word;
    out = out ? `${out} ${kept}` : kept;
    if (end) break;
  }
  return out;
}

// "Head office: Menara Cilandak, Jl. TB Simatupang ...", "HQ: Capital House, 12 Main Street": a building's name opens
// the address, the city comes later (seatAddress reads it); so does an area or plot word ("Siège : Zone industrielle
// de Yopougon, 01 BP 4417 Abidjan").
const BUILDING =
  /^(?:menara|wisma|gedung|graha|torre|edificio|immeuble|tour|zone|zi|za|zac|parc|lot|lotissement|quartier|r[ée]sidence|cit[ée]|plot|km)(?:\s|$)|\s(?:tower|towers|building|house|centre|center|court|chambers|complex|mall)$/iu;

// A French street word opening the value ("Siège social : Route de Khor, ..."), which is no city either.
const STREET_OPENING = /^(?:rue|route|avenue|boulevard|bd|chemin|all[ée]e|impasse)$/iu;
// What separates a seat label from its value besides a colon: "Siège social — Immeuble Les Harmonies, ...".
const LABEL_DASH = /^[ \t]*[–—-][ \t]*/u;

/** The seat a label's value closes on, when it opens on a building or a street (./seat-value.ts). */
function seatInValue(text: string, keyword: RegExpExecArray): Address | undefined {
  const value = text.slice(keyword.index + keyword[0].length, keyword.index + 300).replace(LABEL_DASH, '');
  const city = seatValueCity(value);
  return city ? { city } : undefined;
}

function seatAfter(text: string, keyword: RegExpExecArray | null): Address | undefined {
  const seat = keyword ? SEAT_CITY.exec(text.slice(keyword.index + keyword[0].length, keyword.index + 200)) : null;
  if (keyword && (!seat || STREET_OPENING.test(seat[1] ?? ''))) return seatInValue(text, keyword);
  // "in Pittsburgh's Strip District": the city is the possessor.
  const name = seat?.[1] && untilFullStop(seat[1]).replace(/['’]s(?![\p{L}]).*$/u, '');
  const city = cityOrNone(name);
  // "Sitz der Gesellschaft: Hafenstraße 12, ...": a word with a house number is the street, the city comes later; a
  // number after a full stop starts the next sentence ("Sitz in Wien. Seit 2016").
  const street =
    keyword &&
    seat &&
    name === seat[1] &&
    /^\s*\d/.test(text.slice(keyword.index + keyword[0].length + (seat[1]?.length ?? 0)));
  // "Head Office: House 27, Road 11, Banani, Dhaka-1213": the value's last part is the city.
  if (street && keyword) return seatInValue(text, keyword);
  if (!seat || !city || street) return undefined;
  const after = seat[2]?.trim() ?? '';
  // "in Albany, Western Australia. We're a team of 42": the part after the city ends with its sentence; read so, it
  // counts only as a region ("Georgia." is the US state there as often as the country).
  const whole = afterCity(after, true);
  const cut = whole.country || whole.region || !after ? undefined : afterCity(untilFullStop(after), true);
  const { country, region } = cut?.region ? cut : whole;
  // "in Silverton, Pretoria": a suburb the table does not know, then a city it does, is the city's suburb; so is a
  // business district named like a building ("in Ortigas Center, Pasig City").
  const town = !country && !region && !gazetteerPlace(city) ? gazetteerPlace(after) : undefined;
  if (town) return { city: after, country: town.country, ...(town.region ? { region: town.region } : {}) };
  if (BUILDING.test(city)) return keyword ? seatInValue(text, keyword) : undefined;
  // "in Rustavi (Kvemo Kartli region)": the bracket after the city names its region by the word.
  const cityEnd = (keyword?.index ?? 0) + (keyword?.[0].length ?? 0) + (seat[1]?.length ?? 0);
  const bracketed = region ? undefined : BRACKET_REGION.exec(text.slice(cityEnd, cityEnd + 60))?.[1];
  const named = region ?? bracketed;
  return { city, ...(named ? { region: named } : {}), ...(country ? { country } : {}) };
}

const BRACKET_REGION =
  /^[ \t]*\((\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+){0,2}) (?:region|province|oblast|county|governorate)\)/u;

// A profile box's seat row: its label alone on its line and the city on the next ("Hauptsitz\nOsnabrück",
// "Sede\nBurgos"), or its label and a colon or a table cell's tab before it ("Sede: Guimarães", "Säte\tVästerås").
// Baltic, Icelandic, Welsh and Irish boxes label it by the head office or the legal address ("Būstinė\tTelšiai",
// "Juridiskā adrese\n... iela 5, Cēsis, LV-4101", "Pencadlys: Bangor").
// Thai boxes label the row with the company's location or address (ที่ตั้งบริษัท, ที่อยู่บริษัท) or its head office.
const SEAT_ROW =
  /^[ \t]*(?:headquarters|head office|hq|hauptsitz|firmensitz|unternehmenssitz|sede(?: central| social| principal)?|si[èe]ge(?: social)?|hoofdkantoor|hoofdvestiging|huvudkontor|hovedkontor|siedziba(?: firmy)?|matriz|sjedi[sš]te|sedi[sš]te|s[ií]dlo|sz[ée]khely|sediul?|sede[zž]|p[aä][aä]konttori|kotipaikka|b[uū]stin[eė]|buvein[eė]|juridisk[aā] adrese|juriidiline aadress|peakontor|höfuðstöðvar|pencadlys|prif swyddfa|ceannoifig|s(?:ä|a)te|hovedsete|zetel|sitz|merkez|genel merkez|casa (?:central|matriz)|oficina central|기업주소|회사주소|본사 ?주소|公司地址|公司地點|本社所在地|本社住所|本店所在地|trụ sở(?: chính)?|ที่ตั้งบริษัท|ที่อยู่บริษัท|สำนักงานใหญ่)(?:[ \t]*:[ \t]*\n?|[ \t]*\n|\t)[ \t]*/imu;

/**
 * The seat a seat row names, where a board's company box states it apart from the posting's place: its address
 * ("Siedziba\nul. Warszawska 52, 96-500 Sochaczew"), else its city ("Sede\nBurgos").
 */
export function seatRow(text: string, lang?: string): Address | undefined {
  const row = SEAT_ROW.exec(text);
  if (!row) return undefined;
  const start = row.index + row[0].length;
  const end = text.indexOf('\n', start);
  const value = text.slice(start, end < 0 ? undefined : end);
  const options = { lang: langCode(lang ?? '') };
  // With its label, for the forms read only under one (a Japanese head office's address without its postcode).
  const hit =
    findAddresses(value, options)[0] ?? findAddresses(text.slice(row.index, end < 0 ? undefined : end), options)[0];
  return hit?.address.city ? hit.address : seatAfter(text, row);
}

const SEAT_ADDRESS_SPAN = 160;

/**
 * The address a seat keyword introduces ("Our registered office is Unit 4, Royal Oak Way North, Daventry NN11 8YL",
 * "Sitz der Gesellschaft: Hafenstraße 12, 20457 Hamburg"): the first address starting right after the keyword.
 */
export function seatAddress(text: string, lang?: string): Address | undefined {
  const keyword = new RegExp(SEAT_KEYWORD.source, 'giu');
  for (const m of text.matchAll(keyword)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + SEAT_ADDRESS_SPAN);
    const hit = findAddresses(after, { lang: langCode(lang ?? '') })[0];
    const label = text.slice(Math.max(0, m.index - 40), m.index + m[0].length);
    if (hit?.address.city && hit.index < 120) return withNamedSeat(hit.address, label);
  }
  return undefined;
}

// "Melbourne HQ: 12 Peel Street, Collingwood VIC 3066": the block's label names the seat's city, the address a suburb.
const NAMED_SEAT =
  /(?:^|[\n·|•]\s*)(\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]+){0,2})[ \t]+(?:HQ|Head Office|Headquarters|Hauptsitz|Zentrale)\s*:\s*[^\n:]{0,50}$/u;

// Words that head "Our HQ:", "Global Headquarters:", "Company Head Office:" without naming a place.
const NOT_A_CITY =
  /^(?:our|the|your|main|global|group|company|corporate|european|international|world|new|visit|contact)\b/i;

/** The address with the city its block's label names as the seat's, when that label names another city. */
function withNamedSeat(address: Address, before: string): Address {
  const named = cityOrNone(NAMED_SEAT.exec(before)?.[1]);
  if (!named || NOT_A_CITY.test(named) || toIsoCountry(named) || named.toLowerCase() === address.city?.toLowerCase())
    return address;
  return { ...address, city: named };
}

export interface ImprintFacts {
  legalName?: string;
  hq?: Address;
  /** How much the hq stands on: an address or register beats a seat phrase. */
  confidence: number;
}

export function langCode(lang: string): Lang | undefined {
  const code = /^(de|fr|es|it|nl|pt|en|cs|sk|el|sv)\b/i.exec(lang)?.[1]?.toLowerCase();
  return code as Lang | undefined;
}

function langOf(heading: string, fallback: Lang | undefined): Lang | undefined {
  for (const [pattern, lang] of HEADING_LANG) if (pattern.test(heading)) return lang;
  return /legal|imprint|contact|headquarters|office|address/i.test(heading) ? 'en' : fallback;
}

function cleanLegal(name: string): string | undefined {
  const out = name.replace(/\s+/g, ' ').trim().replace(LEADING_WORDS, '');
  return out.length >= 4 && out.length <= 120 ? out : undefined;
}

/** Where a block's address is the publisher's own: a seat or imprint keyword right before it. */
const OWN_CONTEXT =
  /(?<!\p{L})(sitz|hauptsitz|firmensitz|zentrale|angaben gem(?:ä|a)(?:ß|ss)|anschrift|betreiber|anbieter|herausgeber|inhaber|si[èe]ge|[ée]diteur|domicilio|titularidad|titular|registered office|head ?office|headquarters|our address|mailing address|sede legale|sede sociale|sede(?=[ \t]*(?:\n|:))|casa central|casa matriz|oficina principal|oficinas corporativas|sede central|sede principal|hoofdkantoor|huvudkontor|hovedkontor|siedziba|s[íi]dlo|έδρα|székhely|szekhely|sediul|sjedi[šs]te|sede[žz]|kotipaikka|p(?:ää|aa)konttori|genel merkez|genel m(?:ü|u)d(?:ü|u)rl(?:ü|u)k|merkez ofis|본사|本社|總公司|总公司|기업주소|회사주소|公司地址|本社所在地|trụ sở|\((?:hq|matriz|sede|headquarters|head office|hauptsitz|si[èe]ge)\))/giu;
// ...and where it is someone else's: the web host, the designer, a chamber or court ("-gericht", but Dutch "opgericht"
// is "founded"), a data protection officer, a branch ("Vestigingen"), a factory ("Werk Linz", a plant named by its
// town, a numbered "Planta 2"), a depot, a sales agent ("Gulf Agent"), a job board's place of work (근무지, 上班地點, 勤務地).
// "Registered office: c/o Pryce & Howell Accountants, 14 ... Street": an address held in someone's care is their
// premises (an accountant's, a formation agent's), never a head office the page states elsewhere.
const FOREIGN_CONTEXT =
  /(?<!\p{L})(h[ée]berg|hosting|konzept|umsetzung|hosted by|gehostet|\bhost\b|provider|kammer|aufsichtsbeh|gestaltung|konzeption|design(?:ed)? by|webdesign|r[ée]alis|datenschutzbeauftragt|data protection officer|d[ée]l[ée]gu[ée] à la protection|juzgado|tribunal|(?!opgericht)\p{L}*gericht|schlichtung|m[ée]diat|mediador|bildnachweis|photo credits|cr[ée]dits|versicherung|haftpflicht|insurer|assureur|aseguradora|niederlassung|filiale|werk(?=[ \t]+\p{Lu}\p{Ll})|planta[ \t]+\d|plant[ \t]+\d|depot|agents?(?!\p{L})|vestigingen|branch office|succursale|sucursal|delegaci[óo]n|showroom|lager|warehouse|terminal(?:en)?|cross-dock|sales office|regional office|development office|engineering office|r&d (?:office|cent(?:er|re))|representative office|liaison office|utvecklingskontor|s(?:ä|a)ljkontor|f(?:ö|o)rs(?:ä|a)ljningskontor|salgskontor|utviklingskontor|entwicklungsb(?:ü|ue)ro|vertriebsb(?:ü|ue)ro|bureau commercial|ufficio commerciale|oficina comercial|escrit(?:ó|o)rio comercial|verkoopkantoor|bureau r[ée]gional|oficina regional|zweigstelle|provozovn\p{L}*|pobo[čc]k\p{L}*|prev(?:á|a)dzk\p{L}*|υποκατάστημα|telephely|fi(?:ó|o)ktelep|sucursala|filiala|podru(?:ž|z)nic\p{L}*|지사|지점|연구소|공장|근무지|上班地[點点]|工作地[點点]|勤務地|nhà máy|chi nhánh|vpđd|văn phòng đại diện|分公司|門市|门市|支店|営業所|工場|sat(?:ı|i)(?:ş|s) ofisi|servis merkezi|b(?:ö|o)lge m(?:ü|u)d(?:ü|u)rl(?:ü|u)(?:ğ|g)(?:ü|u)|(?:ş|s)ubemiz|distributed by|distribu[ée]e?s? par|distribuid[oa]s? por|distribuit[io] da|vertrieb durch|distributor|distributeur|distributore|our (?:dealers|resellers|stockists|distributors)|stockists?|where to buy|nos revendeurs|nos distributeurs|o[ùu] acheter|points? de vente|unsere h(?:ä|ae)ndler|h(?:ä|ae)ndlersuche|verkaufsstellen|rivenditori|dove acquistare|d[óo]nde comprar|onde comprar|revendedores|forhandlere|(?:å|a)terf(?:ö|o)rs(?:ä|a)ljare|her kan du ogs(?:å|a)|trade fair|trade show|salon du|salon de|messestand|auf der messe|targ(?:i|ach|[óo]w)(?!\p{L})|stoisk|feria|fiera|beurs|correspondance|\bTSA\s\d|\bc\/o(?=\s)|\bcare of(?!\p{L}))/giu;
const CONTEXT = 250;
const TAIL = 1_500;
// The lines under the company's own legal name that may hold its address.
const OWN_BLOCK = 300;

function lastIndex(pattern: RegExp, text: string): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) last = m.index;
  return last;
}

// A line's closing dot that ends an abbreviation, not a sentence: a legal form's ("S.à r.l.", "S.p.A.", "Ltd.").
const ABBREVIATED = /(?:\.\p{L}{1,3}|(?<![\p{L}])(?:Ltd|Inc|Co|Corp|Pty|Pvt|Ltda|Cia|Cía|Bros|Bhd))$/u;

/** Where the last sentence before `text`'s end closed (its final mark), -1 for none. */
function lastSentenceEnd(text: string): number {
  let last = -1;
  for (const m of text.matchAll(/[.!?]\s*\n/g))
    if (!ABBREVIATED.test(text.slice(Math.max(0, m.index - 8), m.index))) last = m.index;
  return last;
}

/**
 * How much an address looks like the publisher's own: after a seat or imprint keyword rather than a host's,
 * designer's or court's; under the site's brand or a legal name; with a street; repeated elsewhere on the page; in
 * the page's closing lines; with a country.
 */
export function ownScore(text: string, hit: AddressHit, brands: string[] = [], from = 0): number {
  // Context before the address, back to the address before it: "São Paulo – Sede" heads the first of two office
  // blocks, not the second.
  const before = text.slice(Math.max(0, from, hit.index - CONTEXT), hit.index);
  // A paragraph that ended before the address's block ("... au Salon du livre de Brive.\nÉditions du Héron Bleu\n7
  // montée ...") speaks of something else: the seat or foreign words count from the block's start on.
  let block = before.slice(lastSentenceEnd(before) + 1);
  // The street line itself is no context: "Lagerstraße 5", "Viale della Fiera 8", "Beursplein 1" name no warehouse or
  // fair.
  const streetAt = hit.address.street ? block.lastIndexOf(hit.address.street) : -1;
  if (streetAt >= 0) block = block.slice(0, streetAt);
  const own = Math.max(lastIndex(OWN_CONTEXT, block), lastIndex(NORTH_OWN, block));
  const foreign = Math.max(lastIndex(FOREIGN_CONTEXT, block), lastIndex(NORTH_FOREIGN, block));
  // "Le cabinet est membre du réseau Courtéo, dont le siège est situé 8 avenue ...": the sentence names the
  // company's network or owner before the address, whose seat it is.
  let score = namesParentBefore(text, hit.index) ? -5 : own > foreign ? 3 : foreign > own ? -5 : 0;
  // The block names the site's own brand ("together ag | Poststrasse 18 | CH-9001 St.Gallen").
  if (findBrand(before.slice(-150), brands)) score += 2;
  if (LEGAL_NAME.test(before.slice(-150))) score += 1;
  const { street, postalCode, country } = hit.address;
  if (street) score += 1;
  if (postalCode && text.indexOf(postalCode) !== text.lastIndexOf(postalCode)) score += 1;
  if (country) score += 0.5;
  // The site's own address closes its pages; addresses in the middle are as often events, branches or partners.
  if (hit.index >= text.length - TAIL) score += 2;
  return score;
}

/**
 * Legal name, address and country from imprint, legal notice and contact blocks of the visible text. Every address
 * of those blocks is a candidate; the one that reads as the publisher's own wins (ownScore), the first on a tie.
 */
export function readImprint(
  text: string,
  docLang: string,
  imprintPage: boolean,
  site: { tldCountry?: string; brands?: string[] } = {},
): ImprintFacts {
  const { tldCountry, brands } = site;
  const fallback = langCode(docLang);
  const windows: Array<{ start: number; end: number; lang?: Lang }> = [];
  // On an imprint page the block is the page itself; elsewhere it follows a heading, or sits in the footer.
  if (imprintPage) windows.push({ start: 0, end: 6_000, lang: fallback });
  let n = 0;
  for (const m of text.matchAll(HEADINGS)) {
    if (++n > MAX_WINDOWS) break;
    windows.push({ start: m.index, end: m.index + WINDOW, lang: langOf(m[1] ?? '', fallback) });
  }
  windows.push({ start: Math.max(0, text.length - TAIL), end: text.length, lang: fallback });
  // The company's own legal name heads its contact block wherever the page prints it ("Werbeagentur VON DER SEE
  // GmbH\nAm Delft 24, 26721 Emden" in a header bar): a name that spells the site's brand opens a block too.
  if (brands?.length) {
    let names = 0;
    for (const m of text.matchAll(new RegExp(LEGAL_NAME.source, 'gu'))) {
      if (++names > MAX_WINDOWS) break;
      if (findBrand(m[1] ?? '', brands)) windows.push({ start: m.index, end: m.index + OWN_BLOCK, lang: fallback });
    }
  }

  const facts: ImprintFacts = { confidence: 0 };
  // A credit line's legal name is the agency's ("Webdesign: Pixelalm Werbeagentur GmbH").
  for (const w of windows)
    facts.legalName ??= cleanLegal(LEGAL_NAME.exec(withoutCredits(text.slice(w.start, w.end)))?.[1] ?? '');
  // The whole text is read once per language of the blocks (an address must not be cut at a block's end), and an
  // address counts when it starts inside a block of that language.
  const hits: AddressHit[] = [];
  for (const lang of new Set(windows.map((w) => w.lang))) {
    for (const hit of findAddresses(text, { lang, tldCountry })) {
      const inBlock = windows.some((w) => w.lang === lang && hit.index >= w.start && hit.index < w.end);
      if (inBlock && !hits.some((h) => h.index === hit.index)) hits.push(hit);
    }
  }
  // "headquartered in Pune with offices in Edison and Dubai", "Notre siège est à Namur": of several addresses, the
  // one in the city the page names as its seat is the seat's.
  const seat = seatPhrase(text);
  const seatKey = seat?.city?.toLowerCase();
  let best: { hit: AddressHit; score: number } | undefined;
  // Context counts from the last address in another city on: a reading of the same address twice (its street, then
  // its suite number taken for a postcode) shares its context.
  const sorted = hits.sort((a, b) => a.index - b.index);
  for (const [i, hit] of sorted.entries()) {
    const city = hit.address.city?.toLowerCase();
    const atSeat = seatKey !== undefined && city === seatKey;
    const other = sorted.slice(0, i).findLast((h) => h.address.city?.toLowerCase() !== city);
    const score = ownScore(text, hit, brands, other ? other.index + 1 : 0) + (atSeat ? SEAT_BONUS : 0);
    if (!best || score > best.score) best = { hit, score };
  }
  // An address whose country only the site's TLD gave, in another city than the seat the page names ("nuestra oficina
  // principal a Lima" over a shop's line in Cusco), is a branch's: the named seat wins.
  const offSeat = !!seatKey && !!best?.hit.siteCountry && best.hit.address.city?.toLowerCase() !== seatKey;
  if (best && best.score > -5 && !offSeat) {
    facts.hq = withNamedSeat(best.hit.address, text.slice(Math.max(0, best.hit.index - 80), best.hit.index));
    facts.confidence = best.hit.address.street ? 0.55 : 0.45;
    // The legal name heading the chosen block is the publisher's; the first one on the page may be the host's.
    const block = text.slice(Math.max(0, best.hit.index - CONTEXT), best.hit.index);
    const names = [...block.matchAll(new RegExp(LEGAL_NAME.source, 'gu'))];
    const near = cleanLegal(names[names.length - 1]?.[1] ?? '');
    if (near) facts.legalName = near;
  }
  if (!facts.hq && seat) {
    facts.hq = withSeatLine(seat, text);
    facts.confidence = 0.4;
  }
  if (!facts.hq) {
    const line = cityCountryLine(windows.map((w) => text.slice(w.start, w.end)).join('\n'));
    if (line) {
      facts.hq = line;
      facts.confidence = 0.4;
    }
  }
  if (!facts.hq?.country) {
    const scope = windows.map((w) => text.slice(w.start, w.end)).join('\n');
    const found = REGISTERS.find(([pattern]) => pattern.test(scope));
    if (found) {
      facts.hq = { ...facts.hq, country: found[1] };
      facts.confidence ||= 0.45;
    }
  }
  return facts;
}
