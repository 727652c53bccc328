import type { Address } from '../../signals/schema';
import { escapeRegExp } from '../../util/regexp';
import { foldAccents } from '../classify/normalize';
import { frenchPostcodeRegion, italianProvinceRegion, swissCanton } from './coded-regions';

/**
 * The first-level region of a seat whose address carries only a second-level code for it, where the page itself
 * names that region: "36015 Schio (VI) – Veneto, Italia" (VI lies in Veneto), an `addressRegion` of "AG" on a page
 * about "Kanton Aargau", "45770 Saran (Centre-Val de Loire)". The code says which region is true; the page's own
 * naming of it says that its sellers file it by the region rather than the province, canton code or département
 * (sets label Italian seats by province as often as by region where the page names none). A province's or
 * département's code is no first-level region, so it gives way to the named one; without a name it stays.
 */

// The name as a word of its own: "Grande-Bretagne" names no Bretagne, "Haute-Corse" no Corse.
const BEFORE = String.raw`(?<![\p{L}\p{N}-])`;
const AFTER = String.raw`(?![\p{L}\p{N}-])`;
// A page's text is hostile input: only its first part is searched.
const MAX_TEXT = 60_000;

function namedOnPage(names: string[], text: string, city: string | undefined): string | undefined {
  const cityKey = city ? foldAccents(city).toLowerCase() : '';
  for (const name of names) {
    // "Genève, GE": a canton named for its capital is no evidence where the seat is that city.
    if (foldAccents(name).toLowerCase() === cityKey) continue;
    const pattern = new RegExp(`${BEFORE}${escapeRegExp(name)}${AFTER}`, 'u');
    if (pattern.test(text)) return name;
  }
  return undefined;
}

/** The named first-level region that replaces or fills the seat's code-given one (see above); else none. */
export function regionOfCode(seat: Address, text: string | undefined): string | undefined {
  if (!text) return undefined;
  const page = text.slice(0, MAX_TEXT);
  const code = seat.region?.trim() ?? '';
  if (seat.country === 'IT' && /^[A-Z]{2}$/.test(code)) {
    const names = italianProvinceRegion(code);
    return names ? namedOnPage(names, page, seat.city) : undefined;
  }
  if (seat.country === 'CH' && /^[A-Z]{2}$/.test(code)) {
    const names = swissCanton(code);
    return names ? namedOnPage(names, page, seat.city) : undefined;
  }
  if (seat.country === 'FR' && !code && seat.postalCode) {
    const names = frenchPostcodeRegion(seat.postalCode);
    return names ? namedOnPage(names, page, seat.city) : undefined;
  }
  return undefined;
}
