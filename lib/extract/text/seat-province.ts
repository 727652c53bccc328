import type { Address } from '../../signals/schema';
import { toIsoCountry } from './country-names';

/**
 * The seat a head-office label introduces where the address closes on "<Town>, <Name> Province, <Country>", as Papua
 * New Guinea, the Solomon Islands, Zambia or Sri Lanka write it, with no postcode rule to read it by: "Head Office:
 * Section 9, Lot 2, Okuk Highway, Goroka, Eastern Highlands Province, Papua New Guinea", or over lines with a post box
 * between ("PO Box 55, Kimbe 621\nWest New Britain Province, Papua New Guinea"). Only under the label: a branch's
 * or a depot's address has the same shape.
 */

const HEAD_OFFICE = /(?<!\p{L})(?:head office|headquarters|registered office)(?!\p{L})/giu;
// The label's line and the three after it.
const SPAN = 240;
const MAX_LABELS = 10;
// "<Town>[ 411], <Name> Province, <Country>": the town may carry its post-box code; parts may be parted by a line end.
const PROVINCE_LINE =
  /(?:^|[,\n·][ \t]*)(\p{Lu}[\p{L}'’-]+(?:[ \t]\p{Lu}[\p{L}'’-]+){0,2})(?:[ \t]\d{3,4})?[ \t]*[,\n][ \t]*((?:\p{Lu}[\p{L}'’-]+[ \t]){1,3}Province),[ \t]*(\p{Lu}[\p{L} ]{2,30}?)[ \t]*(?=[\n·|.]|$)/u;

/** The seat's town, province and country under a head-office label, in the form above; else none. */
export function provinceSeat(text: string): Address | undefined {
  let n = 0;
  for (const label of text.matchAll(HEAD_OFFICE)) {
    if (++n > MAX_LABELS) break;
    const from = label.index + label[0].length;
    const part = text
      .slice(from, from + SPAN)
      .split('\n')
      .slice(0, 4)
      .join('\n');
    const m = PROVINCE_LINE.exec(part);
    const country = m?.[3] ? toIsoCountry(m[3].trim()) : undefined;
    if (m?.[1] && m[2] && country) return { city: m[1], region: m[2], country };
  }
  return undefined;
}
