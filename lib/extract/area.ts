import { toIsoCountry } from './countries';

/**
 * Words that make a place name an area rather than a city: metro areas ("Greater Austin Area", "San Francisco Bay
 * Area", "Metropolregion Rhein-Neckar", "Hamburg und Umgebung", "Région de Bordeaux", "Comunidad Valenciana", "Área
 * metropolitana de Madrid"), administrative areas (county, Landkreis, provincia) and markets ("European Union (EU)",
 * "EMEA", "Remote"). Profile sites and job pages print them where an address has its city; a city they are not.
 */
const AREA_WORDS =
  'greater|metropolitan|metro area|bay area|area|region|county|province|state of|tri-state|' +
  'umgebung|gro(?:ß|ss)raum|metropolregion|landkreis|kreis|raum|bundesland|' +
  'r[ée]gion|agglom[ée]ration|d[ée]partement|p[ée]riph[ée]rie|' +
  'comunidad|provincia|[áa]rea|comarca|regi[óo]n|' +
  'regione|regio|omgeving|' +
  'european union|worldwide|remote|global|' +
  // Coasts, shores and named multi-state regions: "East Coast", "Costa del Sol", "Côte d'Azur", "New England".
  '(?:east|west|north|south|gulf|pacific|atlantic)\\s+coast|costa\\s+del\\s+\\p{L}+|c[ôo]te\\s+d.\\p{L}+|' +
  'new england|midwest|mid-atlantic|pacific northwest|sun belt|rust belt';
const AREA = new RegExp(`(?:^|[\\s(,/-])(?:${AREA_WORDS})(?=$|[\\s),/-])`, 'iu');
// Markets and continents named alone.
const MARKETS =
  /^(?:eu|emea|apac|latam|dach|benelux|nordics?|europe|europa|north america|south america|latin america|asia|africa|middle east|oceania|americas)$/i;

// Countries that are also their own city: "Luxembourg" as a locality is the city.
const CITY_STATES =
  /^(?:luxembourg|luxemburg|singapore|monaco|hong kong|san marino|vatican(?: city)?|andorra|kuwait|djibouti|panama)$/i;

/** A place label that names an area, a market or a country, which an address must not take for its city. */
export function isAreaLabel(text: string | undefined): boolean {
  const t = text?.trim();
  if (!t) return false;
  const bare = t.replace(/\s*\([^)]*\)\s*$/, '').trim();
  if (AREA.test(t) || MARKETS.test(bare)) return true;
  return bare.length > 2 && !CITY_STATES.test(bare) && toIsoCountry(bare) !== undefined;
}

/** A continent or market named alone ("North America", "EMEA"). */
export function isMarket(text: string | undefined): boolean {
  return !!text && MARKETS.test(text.trim());
}

const PREFECTURE = /^(?:北海道|(?:京都|大阪)府|\p{Script=Han}{2,3}県)(?=\p{Script=Han}{1,6}[市区町村]$)/u;

// A fact row's label run into its value ("Headquarters Tartu", "Sitz: Graz") when a table's cells are read as one
// line: the label is no part of the city.
const ROW_LABEL =
  /^(?:headquarters|head office|hq|location|address|based in|hauptsitz|sitz|standort|adresse|si[eè]ge(?: social)?|sede(?: central| social)?|direcci[oó]n|indirizzo)\s*:?\s+(?=\p{Lu})/iu;

const CITY_WARD = /^(\p{Script=Han}{1,4}市)\p{Script=Han}{1,4}区$/u;

/** The city of an address part, or undefined when it is an area label. */
export function cityOrNone(city: string | undefined): string | undefined {
  // "千葉県市川市": a Japanese city is written after its prefecture; the city is the part after it.
  // "仙台市青葉区": a designated city's ward after the city is the city's part.
  const bare = city?.replace(ROW_LABEL, '').replace(PREFECTURE, '').replace(CITY_WARD, '$1');
  // "Echovia — Poznań": a spaced dash parts a name from its place, as lists print them; no city's own name has one.
  return bare && !isAreaLabel(bare) && !/\s[—–]\s/.test(bare) ? bare : undefined;
}
