import type { Address } from '../../signals/schema';
import { toIsoCountry } from '../countries';

// A city is one to three capitalised words ("Berlin", "Frankfurt am Main", "Saint-Denis"); it stops at a line end,
// a comma or a word that starts the next part of a contact block.
const CITY = String.raw`(\p{Lu}[\p{L}'’.-]+(?:[ -](?:am|an|der|im|bei|sur|en|de|la|le|\p{Lu}[\p{L}'’.-]+)){0,3})`;
const STOP_WORDS =
  /^(tel|telefon|phone|fax|e-?mail|mail|web|www|germany|deutschland|france|austria|österreich|schweiz|switzerland|registergericht|handelsregister|vertreten|geschäftsführer|ust|vat|rcs|siret|capital|contact|kontakt|all|alle|tous|copyright|rights|und|and|et)$/i;

// "Musterstraße 12a", "Heidjerweg 1", "Am Markt 3", "Unter den Linden 5"
const STREET_DE =
  /([\p{Lu}][\p{L}.' -]{1,40}?(?:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|ring|damm|ufer|chaussee|markt|hof|steig|pfad|park|berg|feld|tor|graben|kai)\s*\d{1,4}\s?[a-z]?(?:\s?[-–]\s?\d{1,4}[a-z]?)?)\s*[,\n]/iu;
// "12 rue de la Paix", "3 bis, avenue Foch"
const STREET_FR =
  /(\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|allée|chemin|quai|impasse|cours|route|rond-point|square|voie)\s[^\n,]{2,60})/iu;
// "350 Fifth Avenue", "1 Main St., Suite 200"
const STREET_EN =
  /(\d{1,5}\s+(?:[\p{Lu}\d][\p{L}\d.'-]*\s+){1,4}(?:street|st\.?|road|rd\.?|avenue|ave\.?|boulevard|blvd\.?|lane|ln\.?|drive|dr\.?|way|place|pl\.?|square|court|ct\.?|parkway|terrace|row|hill|broadway)\b\.?(?:,?\s+(?:suite|ste\.?|floor|unit)\s+[\w-]{1,6})?)/iu;

const EU_POSTAL = new RegExp(String.raw`(?:^|[\s,])(?:(D|A|CH|F|L|B|NL)[- ])?(\d{4,5})\s+${CITY}`, 'mu');
const UK_POSTAL = new RegExp(String.raw`${CITY},?\s+([A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})(?![\da-z])`, 'u');
const US_POSTAL = new RegExp(String.raw`${CITY},\s*([A-Z]{2})\s+(\d{5})(?:-\d{4})?(?!\d)`, 'u');
const US_STATES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(
    ' ',
  ),
);
const PREFIX_COUNTRY: Record<string, string> = { D: 'DE', A: 'AT', CH: 'CH', F: 'FR', L: 'LU', B: 'BE', NL: 'NL' };

/** The city words of a capture, and a country name when the capture ran into one ("Berlin Deutschland"). */
function splitCity(capture: string): { city?: string; country?: string } {
  const words: string[] = [];
  let country: string | undefined;
  for (const word of capture.split(/\s+/)) {
    const bare = word.replace(/[.:,]$/, '');
    country = bare.length > 2 ? toIsoCountry(bare) : undefined;
    if (country || STOP_WORDS.test(bare)) break;
    words.push(word);
  }
  const city = words.join(' ').replace(/[.,;:]+$/, '');
  return city.length >= 2 ? { city, country } : { country };
}

function trimCity(capture: string): string | undefined {
  return splitCity(capture).city;
}

/** A country named right after the postal line ("10115 Berlin\nDeutschland"). */
function countryAfter(text: string, from: number): string | undefined {
  const next = text
    .slice(from, from + 60)
    .split(/[\n,|·•]/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const part of next.slice(0, 2)) {
    const code = toIsoCountry(part) ?? toIsoCountry(part.split(/\s+/).pop() ?? '');
    if (code && part.length > 2) return code;
  }
  return undefined;
}

function streetBefore(text: string, end: number): string | undefined {
  const before = `${text.slice(Math.max(0, end - 120), end)}\n`;
  const lines = before
    .split(/\n|,\s|\|/)
    .map((s) => s.trim())
    .filter(Boolean);
  const last = `${lines.slice(-2).join('\n')}\n`;
  const m = STREET_DE.exec(last) ?? STREET_FR.exec(last) ?? STREET_EN.exec(last);
  return m?.[1]
    ?.trim()
    .replace(/\s*\n\s*/g, ', ')
    .slice(0, 120);
}

/** The first postal address in `text` (a window around an imprint or contact heading); `hint` is the block's language. */
export function findAddress(text: string, hint?: 'de' | 'fr' | 'en'): Address | undefined {
  const us = US_POSTAL.exec(text);
  if (us?.[1] && us[2] && US_STATES.has(us[2])) {
    const city = trimCity(us[1]);
    if (city) {
      const address: Address = { city, region: us[2], postalCode: us[3], country: 'US' };
      const street = streetBefore(text, us.index);
      if (street) address.street = street;
      return address;
    }
  }
  const uk = UK_POSTAL.exec(text);
  if (uk?.[1] && uk[2]) {
    const city = trimCity(uk[1]);
    if (city) {
      const address: Address = { city, postalCode: uk[2], country: 'GB' };
      const street = streetBefore(text, uk.index);
      if (street) address.street = street;
      return address;
    }
  }
  const eu = EU_POSTAL.exec(text);
  if (eu?.[2] && eu[3]) {
    const { city, country: named } = splitCity(eu[3]);
    const street = streetBefore(text, eu.index + (eu[0].length - eu[0].trimStart().length));
    // A bare "1234 Word" is too common (prices, years); a street line or a country prefix makes it an address.
    if (city && (street || eu[1])) {
      const address: Address = { city, postalCode: eu[2] };
      if (street) address.street = street;
      const country =
        (eu[1] ? PREFIX_COUNTRY[eu[1]] : undefined) ??
        named ??
        countryAfter(text, eu.index + eu[0].length) ??
        (eu[2].length === 5 && hint === 'de' ? 'DE' : eu[2].length === 5 && hint === 'fr' ? 'FR' : undefined);
      if (country) address.country = country;
      return address;
    }
  }
  return undefined;
}
