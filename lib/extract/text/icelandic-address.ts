import type { Address } from '../../signals/schema';

// "Sindragata 5, 400 Ísafjörður", "Fiskislóð 31, 101 Reykjavík": an Icelandic street, its house number, then the
// three-digit postcode and the town. Three digits and a capitalized word alone are any count of things ("120
// Engineers", "100 Park Avenue"): the line counts when its street word is Icelandic by its ending, or when the site is
// under .is; the country's name after it is read by address.ts already.
const LINE =
  /(?<![\p{L}\d])(\p{Lu}\p{L}{2,30})[ \t]+(\d{1,3}[a-zA-Z]?),[ \t]*([1-9]\d{2})[ \t]+(\p{Lu}[\p{L}-]{1,30}(?:[ \t]\p{Lu}[\p{L}-]{1,30})?)(?![\p{L}\d-])/gu;
// The street words Icelandic compounds end on: street, road, lane, path, square, field, lava, slope, hill.
const STREET_ENDING =
  /(?:gata|götu|vegur|vegi|stræti|braut|stígur|slóð|tún|torg|hraun|múli|smári|lind|hlíð|holt|vellir|bakki|hella|nes|ás)$/u;
const MAX_LINES = 20;

export interface IcelandicHit {
  index: number;
  address: Address;
}

/** Icelandic postal lines in `text` (street, number, three digits, town), with where each starts. */
export function icelandicAddresses(text: string, tldCountry?: string): IcelandicHit[] {
  const hits: IcelandicHit[] = [];
  for (const m of text.matchAll(LINE)) {
    if (hits.length >= MAX_LINES) break;
    const [, street, number, postalCode, city] = m;
    if (!street || !number || !postalCode || !city) continue;
    if (tldCountry !== 'IS' && !STREET_ENDING.test(street.toLowerCase())) continue;
    hits.push({ index: m.index, address: { street: `${street} ${number}`, postalCode, city, country: 'IS' } });
  }
  return hits;
}
