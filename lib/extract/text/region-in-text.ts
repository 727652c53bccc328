import { foldAccents } from '../classify/normalize';
import { regionCountry } from '../sites/location';
import { cantonInText } from './address';

/**
 * The first-level region a page states for a seat whose address gives none: a region's own marker word ("in the
 * canton of Fribourg", Albanian "Qarku i Beratit", the county of Berat), or the company's own sentence about itself
 * placing it in a region of its country ("We are a ski school in Finnish Lapland", "Vi er et bilverksted i
 * Vestland"). One region only: a page that names two says nothing of which is the seat's.
 */

// Finnish regions (maakunnat) and Norwegian counties (fylker), as their own pages and English pages write them; the
// shared region tables (../sites/location.ts) lack both. Names that are also a town's ("Lappi", "Oslo") are left out.
const NORDIC_REGIONS: ReadonlyArray<readonly [country: string, names: string]> = [
  [
    'FI',
    'uusimaa|nyland|varsinais suomi|southwest finland|satakunta|kanta hame|pirkanmaa|paijat hame|kymenlaakso|' +
      'etela karjala|south karelia|etela savo|south savo|pohjois savo|north savo|pohjois karjala|north karelia|' +
      'keski suomi|central finland|etela pohjanmaa|south ostrobothnia|pohjanmaa|ostrobothnia|keski pohjanmaa|' +
      'central ostrobothnia|pohjois pohjanmaa|north ostrobothnia|kainuu|lapland|lappland|ahvenanmaa|aland',
  ],
  [
    'NO',
    'akershus|ostfold|buskerud|innlandet|vestfold|telemark|agder|rogaland|vestland|more og romsdal|trondelag|' +
      'nordland|troms|finnmark',
  ],
];
const NORDIC = new Map<string, string>();
for (const [country, names] of NORDIC_REGIONS) for (const name of names.split('|')) NORDIC.set(name, country);

const key = (name: string) =>
  foldAccents(name)
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();

function regionOf(name: string): string | undefined {
  const k = key(name);
  return NORDIC.get(k) ?? regionCountry(name);
}

// "Qarku i Korçës": Albanian names a county (qark) by its seat's name in the genitive after the marker.
const QARK = /(?<!\p{L})Qarku\s+i\s+(\p{Lu}[\p{L}-]+)/gu;

// The company speaking of itself: "We are ...", "Vi er ...", "Olemme ...", "Wir sind ...", "Nous sommes ...".
const SELF = /^(?:we\s+are|we['’]re|vi\s+er|vi\s+är|me\s+olemme|olemme|wir\s+sind|nous\s+sommes|somos|siamo|jemi)\s/iu;
// A place after "in": one to three capitalised words, a country's adjective before them ("in Finnish Lapland") or a
// small word of the name inside them ("Møre og Romsdal").
const IN_PLACE =
  /(?<!\p{L})(?:in|i|på|en|im|à|në|nel|na)\s+(?:(?:Finnish|Norwegian|Swedish|Danish)\s+)?(\p{Lu}[\p{L}-]+(?:\s+(?:og|och|y|et|and)\s+\p{Lu}[\p{L}-]+|\s+\p{Lu}[\p{L}-]+)?)/gu;

// "4 kantoren in Friesland", "three sites across Bavaria", "5 sedi in Lombardia": the company's count of its own
// offices in one region, the seat among them; not "two more offices in ..." (others beside the seat).
const OFFICES_IN =
  /(?<![\p{L}\d])(?<!(?:also|another|additional|further|more|new|weitere|andere|nog|altre|otras|autres)\s)(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twee|drie|vier|vijf|zes|zwei|drei|fünf|sechs|due|tre|quattro|cinque|dos|tres|cuatro|cinco|deux|trois|quatre|cinq)\s+(?:offices|sites|locations|branches|depots|kantoren|vestigingen|standorte|niederlassungen|sedi|filiali|oficinas|sedes|sucursales|agences|bureaux)\s+(?:in|across|throughout|im|in ganz|nel|nella|in tutta|en|dans|à travers)\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/giu;

export function regionInText(text: string, country: string): string | undefined {
  if (country === 'CH') return cantonInText(text);
  const named = new Set<string>();
  if (country === 'AL') {
    for (const m of text.matchAll(QARK)) if (m[1]) named.add(`Qarku i ${m[1]}`);
    return named.size === 1 ? [...named][0] : undefined;
  }
  for (const sentence of text.split(/[.!?]\s|\n/)) {
    if (!SELF.test(sentence.trim())) continue;
    for (const m of sentence.matchAll(IN_PLACE)) {
      const place = m[1] ?? '';
      // "in Møre og Romsdal" or its first word alone ("i Vestland Bygg", a company's name, is no region).
      const region = regionOf(place) === country ? place : undefined;
      if (region) named.add(region);
      else if (regionOf(place) && regionOf(place) !== country) return undefined;
    }
  }
  let count = 0;
  for (const m of text.matchAll(OFFICES_IN)) {
    if (++count > 20) break;
    const place = m[1] ?? '';
    const first = place.split(/\s/)[0] ?? '';
    // The case-insensitive pattern lets any word through: the place must start with a capital and be a region.
    const region = [place, first].find((p) => /^\p{Lu}/u.test(p) && regionOf(p) === country);
    if (region) named.add(region);
  }
  return named.size === 1 ? [...named][0] : undefined;
}
