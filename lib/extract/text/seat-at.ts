import type { Address } from '../../signals/schema';
import { cityOrNone } from '../area';
import { toIsoCountry } from './country-names';
import { afterCity } from './imprint';
import { PLAIN_CITY } from './seat-value';

/**
 * The seat an English sentence gives as an address after "at", closed by its city before the sentence goes on:
 * "headquartered at Unit 4, Kigoma Road, Morogoro, with depots in ...", "From our head office and mill at Plot 12,
 * Kawempe Industrial Area, Entebbe, we ship ...". The address's parts run up to the first that opens in lower case
 * (the sentence's own words); the last of them, past a region ("Ogun State") or a country, is the city.
 */
const SEAT_AT =
  /(?<![\p{L}])(?:[Hh]eadquartered|[Hh]ead office(?: and (?:our |its |the )?[\p{L} -]{2,30}?)?|[Hh]eadquarters(?: and (?:our |its |the )?[\p{L} -]{2,30}?)?)\sat\s([^\n]{3,200})/gu;
const MAX_PARTS = 8;
const MAX_MATCHES = 5;
// A region's own noun closes its name ("Ogun State", "Morogoro Region", "Western Province").
const REGION_PART = /^\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)? (?:State|Region|Province|Division)$/u;

function cityOfValue(value: string): Address | undefined {
  // The sentence ends at a full stop after a word of two letters or more (not an initial, "M.M.").
  const sentence = value.split(/(?<=\p{L}{2})\.(?:\s|$)/u)[0] ?? '';
  const parts = sentence.split(/\s*,\s*/u);
  const run: string[] = [];
  for (const part of parts.slice(0, MAX_PARTS + 1)) {
    if (!/^[\p{Lu}\d]/u.test(part)) break;
    run.push(part.trim());
  }
  // The address must go on past its first part, and the sentence past the address.
  if (run.length < 2 || run.length === parts.length || run.length > MAX_PARTS) return undefined;
  let region: string | undefined;
  let country: string | undefined;
  const last = () => run.at(-1) ?? '';
  if (toIsoCountry(last())) country = toIsoCountry(run.pop());
  const named = afterCity(last(), true);
  if (REGION_PART.test(last()) || (named.region && run.length > 2)) {
    region = named.region ?? last();
    country ??= named.country;
    run.pop();
  }
  if (run.length < 2 || !PLAIN_CITY.test(last())) return undefined;
  const city = cityOrNone(last());
  if (!city || toIsoCountry(city)) return undefined;
  return { city, ...(region ? { region } : {}), ...(country ? { country } : {}) };
}

export function seatAtAddress(text: string): Address | undefined {
  let n = 0;
  for (const m of text.matchAll(SEAT_AT)) {
    if (++n > MAX_MATCHES) break;
    const seat = cityOfValue(m[1] ?? '');
    if (seat) return seat;
  }
  return undefined;
}
