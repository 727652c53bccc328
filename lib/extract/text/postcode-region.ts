/**
 * The first-level region a German or Austrian postcode lies in, for a seat whose address names no region and whose
 * town no table knows ("87616 Marktoberdorf" -> Bayern, "8160 Weiz" -> Steiermark). Both countries number their
 * postcodes by area: Germany's first two digits are a routing region ("Leitregion"), Austria's first digit a group of
 * Länder. Only the areas that lie wholly in one Land are read; an area that straddles a border (Germany's 88, Ulm's
 * 89 and Würzburg's 97 reach into Baden-Württemberg, Austria's 24xx into Burgenland, 33xx into Upper Austria) names
 * none. Names are the Länder's own, as the pages and their registers write them.
 */

// Each Land and the two-digit German routing regions wholly inside it.
const DE_AREAS: ReadonlyArray<readonly [region: string, areas: string]> = [
  ['Bayern', '80 81 82 83 84 85 86 87 90 91 92 93 94 95'],
  ['Baden-Württemberg', '70 71 72 73 75 77 78 79'],
  ['Nordrhein-Westfalen', '40 41 42 44 45 46 47 50 52 58 59'],
  ['Niedersachsen', '26 30'],
  ['Hessen', '60 61'],
  ['Schleswig-Holstein', '24'],
  ['Sachsen', '09'],
  ['Thüringen', '99'],
  ['Mecklenburg-Vorpommern', '18'],
];

// Austrian postcodes by their leading digits (the longest that fits): the first digit names a group of Länder, the
// second or third parts the groups whose border the first does not follow.
const AT_AREAS: ReadonlyArray<readonly [region: string, areas: string]> = [
  ['Wien', '10 11 12'],
  ['Niederösterreich', '20 21 22 23 25 26 27 28 30 31 32 34 35 36 37 38 39'],
  ['Oberösterreich', '40 41 42 431 432 433 434 435 436 437 438 45 46 47 48 49 52'],
  ['Salzburg', '50 54 55 56 57'],
  ['Tirol', '60 61 62 63 64 65 66 99'],
  ['Vorarlberg', '67 68 69'],
  ['Burgenland', '70 71 72 73 74 75'],
  ['Steiermark', '80 81 82 84 85 86 87 88 89'],
  ['Kärnten', '90 91 92 93 94 95 96 97 98'],
];

function table(list: ReadonlyArray<readonly [string, string]>): Map<string, string> {
  const byArea = new Map<string, string>();
  for (const [region, areas] of list) for (const area of areas.split(' ')) byArea.set(area, region);
  return byArea;
}

const DE = table(DE_AREAS);
const AT = table(AT_AREAS);

/** The Land a German (five digits) or Austrian (four digits, "A-" or "AT-" before them) postcode lies in; else none. */
export function postcodeRegion(country: string | undefined, postalCode: string | undefined): string | undefined {
  const code = postalCode?.trim() ?? '';
  if (country === 'DE') {
    const digits = /^(?:D-?)?(\d{5})$/.exec(code)?.[1];
    return digits ? DE.get(digits.slice(0, 2)) : undefined;
  }
  if (country === 'AT') {
    const digits = /^(?:A-?|AT-?)?(\d{4})$/.exec(code)?.[1];
    return digits ? (AT.get(digits.slice(0, 3)) ?? AT.get(digits.slice(0, 2))) : undefined;
  }
  return undefined;
}
