import { cityOrNone } from '../area';
import { toIsoCountry } from './country-names';
import { gazetteerPlace } from './gazetteer';

// A seat label's value that opens on a building, an estate or a street ("Siège : Zone industrielle Route de Sousse,
// 5000 Monastir", "Siège social : Route de Khor, Sor, BP 315 Saint-Louis"): the city closes it, in one of three
// shapes. West and Central Africa's post-office box before the city ("01 BP 4521 Abidjan 01", "BP 315 Saint-Louis");
// a postcode before the city ("5000 Monastir"); or a city the gazetteer knows, alone in the last part ("..., Commune
// de la Gombe, Kinshasa"), where an unknown name may as well be a quarter.
const BOX_CITY =
  /^(?:\d{2}[ \t]+)?B\.?[ \t]?P\.?[ \t]*\d{1,6}[ \t]+(\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’-]{1,30}){0,2})(?:[ \t]+\d{1,2})?$/u;
const POSTCODE_CITY = /^\d{4,5}[ \t]+(\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’-]{1,30}){0,2})$/u;
// South Asian addresses join the postcode to the city with a dash ("Dhaka-1213", "Lahore-54000").
const CITY_DASH_POSTCODE = /^(\p{Lu}[\p{L}'’]{1,30}(?:[ \t]\p{Lu}[\p{L}'’]{1,30}){0,2})[ \t]*[-–][ \t]*\d{4,6}$/u;
// A city's name alone: one to three capitalized words.
export const PLAIN_CITY = /^\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’-]{1,30}){0,2}$/u;
// The value ends at its line, a separator or a sentence's end ("BP 315 Saint-Louis. Site web : ...").
// An initial's full stop ("M.M. Alam Road") ends nothing.
const VALUE_END = /\n|[ \t][·•|][ \t]|(?<!(?:^|[\s.,])\p{Lu})\.(?:[ \t]|$)/u;
const MAX_VALUE = 200;
const MAX_PARTS = 8;
// "Cedex" closes French box addresses, after the city or in its place.
const NOT_A_CITY = /^(?:cedex|principal|central|centre)$/iu;

/** The city that closes a seat label's value, or undefined when its last part is none of the three shapes. */
export function seatValueCity(value: string): string | undefined {
  const line = value.slice(0, MAX_VALUE);
  const end = line.search(VALUE_END);
  const parts = (end < 0 ? line : line.slice(0, end)).split(/[ \t]*,[ \t]*/).map((p) => p.trim());
  if (parts.length > MAX_PARTS) return undefined;
  const last = parts.at(-1) ?? '';
  const boxed = BOX_CITY.exec(last)?.[1] ?? POSTCODE_CITY.exec(last)?.[1] ?? CITY_DASH_POSTCODE.exec(last)?.[1];
  const name = boxed ?? (parts.length > 1 && PLAIN_CITY.test(last) && gazetteerPlace(last) ? last : undefined);
  const city = cityOrNone(name);
  return city && !NOT_A_CITY.test(city) && !toIsoCountry(city) ? city : undefined;
}
