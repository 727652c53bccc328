import { normalizeName } from '../facts';

// Headcount told with the company's own name: its people called after it ("Join 120 Quillers", "with 300+
// Atlassians") or working at it ("around 140 people work at Fenmark"). Capture groups as in headcount.ts (the
// qualifier, the digits, the "+"), then the name, which must be the page's brand: "Join 10,000 Marketers" (a
// newsletter's readers) or "5,000 people work at Heathrow" (a place) name no brand of the page's.
const DIGITS = String.raw`(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d{1,6})(\s*\+)?`;
const QUALIFIER = String.raw`(?:((?:[Oo]ver|[Mm]ore than)|[Aa]round|[Aa]bout|[Nn]early|[Aa]lmost|[Aa]pproximately)\s+)?`;

export const BRAND_PHRASES: RegExp[] = [
  // "Join 120 Quillers", "Do your best work with 120 Quillers", "We're 450 Zapiens": a capitalised plural (or
  // "-folk") after the count, case-sensitive.
  new RegExp(
    String.raw`(?<!\p{L})(?:[Jj]oin|with|[Ww]e are|[Ww]e['’]re)\s+(?:our\s+)?${QUALIFIER}${DIGITS}\s+(\p{Lu}\p{Ll}{3,20}(?:s|folk))(?!\p{L})`,
    'gu',
  ),
  // "today around 140 people work at Fenmark in Cambridge", "over 60 people work at Brightline": the company by name.
  new RegExp(
    String.raw`(?<![\p{L}\d])${QUALIFIER}${DIGITS}\s+(?:people|employees|colleagues)\s+(?:now\s+|today\s+)?work\s+at\s+(\p{Lu}[\p{L}&'’-]*)`,
    'gu',
  ),
];

// Plurals a page counts that are not its people, even when they share the brand's first letters.
const NOT_PEOPLE =
  /^(?:customers|clients|partners|users|members|subscribers|readers|followers|marketers|developers|designers|founders|investors|companies|teams|brands|stores|countries|cities|locations|offices)$/i;
const STEM = 4;

/** The word is the brand, or its people's name shares the brand's first letters ("Quillers" of "Quillmetric"). */
export function namesBrand(word: string, brands: readonly string[]): boolean {
  if (NOT_PEOPLE.test(word)) return false;
  const name = normalizeName(word);
  if (name.length < STEM) return false;
  return brands.some(
    (brand) => brand.length >= STEM && (brand === name || brand.slice(0, STEM) === name.slice(0, STEM)),
  );
}
