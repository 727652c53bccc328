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

// "所在地　〒373-0851 群馬県太田市飯田町1322-6（本社）", "경남 진주시 진주대로 1012 (본사)", "苗栗縣頭份市中華路1520號（總公司）":
// Japanese, Korean and Chinese company boxes mark the head office's address with the word in brackets after it, where
// the box's other rows give factories and branches the same way.
const HEAD_OFFICE_MARK = /[(（](?:本社|本店|본사|總公司|总公司)[)）]/u;
const MAX_MARKED_LINES = 10;
const MAX_LINE = 200;

/** The address of the one line closed by a bracketed head-office mark; none when two such lines name two cities. */
export function markedHeadOffice(text: string, lang?: string): Address | undefined {
  let found: Address | undefined;
  let n = 0;
  for (const line of text.split('\n')) {
    if (!HEAD_OFFICE_MARK.test(line)) continue;
    if (++n > MAX_MARKED_LINES) break;
    const hit = findAddresses(line.slice(0, MAX_LINE), { lang }).find(({ address }) => address.city);
    if (!hit) continue;
    if (found?.city && found.city !== hit.address.city) return undefined;
    found ??= hit.address;
  }
  return found;
}
