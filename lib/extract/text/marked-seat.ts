import type { Address } from '../../signals/schema';
import { foldAccents } from '../classify/normalize';
import { findAddresses } from './address';

// "Standorte: Weiz (Hauptsitz), Gleisdorf, Graz", "Vestigingen: Antwerpen (hoofdzetel), Gent": a company box's list of
// sites marks the seat with a word in brackets after its town. The town opens the list or follows a separator.
const MARKED_SEAT =
  /(?:^|[\n,;·|:][ \t]*)(\p{Lu}[\p{L}.'’-]{1,30}(?:[ \t-]\p{Lu}[\p{L}.'’-]{1,30}){0,2})[ \t]*\((?:Hauptsitz|Firmensitz|Stammsitz|Zentrale|HQ|Headquarters|Head office|hoofdzetel|hoofdkantoor|huvudkontor|hovedkontor|hovedsæde|pääkonttori|siège(?: social)?|sede(?: central| principal)?)\)/giu;
const MAX_MARKS = 10;

const sameCity = (a: string, b: string) => foldAccents(a).toLowerCase() === foldAccents(b).toLowerCase();

/**
 * The seat a list of sites marks by its bracketed seat word, with the country and postcode of the page's address in
 * that town ("8160 Weiz" beside "Weiz (Hauptsitz)"); none when two towns are so marked.
 */
export function markedSeat(text: string, lang?: string): Address | undefined {
  const towns = new Set<string>();
  let n = 0;
  for (const m of text.matchAll(MARKED_SEAT)) {
    if (++n > MAX_MARKS) break;
    if (m[1]) towns.add(m[1]);
  }
  const [city] = towns;
  if (!city || towns.size !== 1) return undefined;
  const hit = findAddresses(text, { lang }).find(({ address }) => address.city && sameCity(address.city, city));
  const { country, postalCode } = hit?.address ?? {};
  return { city, ...(country ? { country } : {}), ...(postalCode ? { postalCode } : {}) };
}
