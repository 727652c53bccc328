import type { Address } from '../../signals/schema';
import { findAddresses, ID_PROVINCES } from './address';

// Head-office sentences of Vietnamese and Indonesian company paragraphs, which close the place on its city (and, in
// Indonesia, its province), with no postcode for the address rules to read. Bounded gaps: page text is hostile input.

// "Trụ sở chính và nhà máy số 1 đặt tại KCN Hòa Xá, TP. Nam Định.": the head office (trụ sở chính) stands in the city
// (TP., thành phố) that closes the sentence's place.
const VN_SEAT =
  /(?<!\p{L})[Tt]rụ sở(?: chính)?(?!\p{L})[^.\n]{0,40}?tại[^.\n]{0,80}?(?:TP\.|Tp\.|[Tt]hành phố)[ \t]*(\p{Lu}\p{Ll}*(?:[ \t]\p{Lu}\p{Ll}*){0,3})/u;
// "Kantor pusat kami berada di Jl. Melati No. 8, Denpasar, Bali.": the head office (kantor pusat) at an address whose
// last two parts are the city and its province.
const ID_SEAT = new RegExp(
  String.raw`(?<!\p{L})(?:[Kk]antor [Pp]usat|KANTOR PUSAT)(?: kami| perusahaan)?(?: berada| terletak| berlokasi)? di[^\n]{0,100}?,[ \t]*(\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2}),[ \t]*(${ID_PROVINCES})(?![\p{L}])`,
  'u',
);

/** The city a Vietnamese head-office sentence names, with its province from the page's address there; else none. */
export function vietnameseSeat(text: string): Address | undefined {
  const city = VN_SEAT.exec(text)?.[1];
  if (!city) return undefined;
  const hit = findAddresses(text).find(({ address }) => address.country === 'VN' && address.city === city);
  return { city, ...(hit?.address.region ? { region: hit.address.region } : {}), country: 'VN' };
}

/** The city and province an Indonesian head-office sentence names; else none. */
export function indonesianSeat(text: string): Address | undefined {
  const m = ID_SEAT.exec(text);
  return m?.[1] && m[2] ? { city: m[1], region: m[2], country: 'ID' } : undefined;
}
