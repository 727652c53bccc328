import { escapeRegExp } from '../../util/regexp';
import { toIsoCountry } from './country-names';

/**
 * The first-level region an address names beside its city, by the region's own marker word, as Central and Eastern
 * European addresses close on it: "92-402 Łódź\nwojewództwo łódzkie", "H-4025 Debrecen, Piac utca 88.\nHajdú-Bihar
 * vármegye", "911 05 Trenčín, Trenčiansky kraj", "71020 Viljandi, Viljandi maakond", "21000 Novi Sad, Srbija\nAutonomna
 * Pokrajina Vojvodina". Read only in the parts right after the seat's city (a street, a postcode or the country's name
 * may stand between): a posting's "Location: Tallinn, Harju maakond" names the job's region, not the seat's. One region
 * only: a page whose seat city is followed by two says nothing of which is the seat's.
 */

// Each marker's country and the part it reads, whole: the name as sellers file it is the group (the Polish
// voivodeship's adjective, "łódzkie", which labels and registers write alone), else the part as written.
const MARKED: ReadonlyArray<readonly [country: string, part: RegExp]> = [
  ['PL', /^(?:[Ww]ojewództwo|woj\.)[ \t]+(\p{Ll}{2,20}(?:-\p{Ll}{2,20})?kie)$/u],
  ['HU', /^(\p{Lu}\p{Ll}{2,20}(?:-\p{Lu}\p{Ll}{2,20})?[ \t]+(?:vár)?megye)$/u],
  ['RS', /^(?:Autonomna [Pp]okrajina|AP)[ \t]+(Vojvodina)$/u],
  // Czech and Slovak regions share the adjective's shape: each country's own names.
  [
    'CZ',
    /^((?:Jihomoravský|Moravskoslezský|Olomoucký|Zlínský|Plzeňský|Karlovarský|Ústecký|Liberecký|Královéhradecký|Pardubický|Jihočeský|Středočeský)[ \t]+kraj|[Kk]raj[ \t]+Vysočina)$/u,
  ],
  ['SK', /^((?:Bratislavský|Trnavský|Trenčiansky|Nitriansky|Žilinský|Banskobystrický|Prešovský|Košický)[ \t]+kraj)$/u],
  ['HR', /^(\p{Lu}\p{Ll}{3,20}(?:-\p{Ll}{3,20})?a[ \t]+županija)$/u],
  ['EE', /^(\p{Lu}\p{Ll}{2,20}[ \t]+maakond)$/u],
  ['RO', /^((?:[Jj]udețul|[Jj]udetul|jud\.)[ \t]*\p{Lu}[\p{L}-]{2,25})$/u],
  // Latvia's historical regions, which its addresses and company pages name as the seat's part of the country; their
  // names are no town's.
  ['LV', /^(Kurzeme|Vidzeme|Latgale|Zemgale|Sēlija)$/u],
  // German and Austrian Länder by name, after the town and its district ("Schwertberg, Bezirk Perg, Oberösterreich");
  // the city-states and Salzburg, also their own capitals' names, would as well be the next town of a list.
  [
    'DE',
    /^(Bayern|Baden-Württemberg|Nordrhein-Westfalen|Niedersachsen|Hessen|Sachsen|Sachsen-Anhalt|Thüringen|Rheinland-Pfalz|Saarland|Schleswig-Holstein|Mecklenburg-Vorpommern)$/u,
  ],
  ['AT', /^(Oberösterreich|Niederösterreich|Steiermark|Kärnten|Tirol|Vorarlberg|Burgenland)$/u],
  // Indian and Pakistani addresses close on the state or province after the city and its PIN ("Panipat – 132 103,
  // Haryana"). Delhi, Chandigarh and Puducherry, territories named for their own cities, are left out.
  [
    'IN',
    /^(Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur|Meghalaya|Mizoram|Nagaland|Odisha|Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura|Uttar Pradesh|Uttarakhand|West Bengal)$/u,
  ],
  ['PK', /^(Sindh|Punjab|Khyber Pakhtunkhwa|Balochistan)$/u],
  // Nigerian and Tanzanian addresses close on the state or region with its noun ("Aba, Abia State", "Moshi,
  // Kilimanjaro Region").
  ['NG', /^(\p{Lu}[\p{L}-]{2,20}(?: \p{Lu}[\p{L}-]{2,20})? State)$/u],
  ['TZ', /^(\p{Lu}[\p{L}-]{2,20}(?: \p{Lu}[\p{L}-]{2,20})? Region)$/u],
  // Spanish provinces and one-province communities whose names are no town's, after the town or in brackets round it
  // ("Durango (Bizkaia)", "Gijón, Asturias"); the provinces named for their capitals would as well be the next town.
  [
    'ES',
    /^(Álava|Araba|Araba\/Álava|Bizkaia|Vizcaya|Gipuzkoa|Guipúzcoa|Asturias|Principado de Asturias|Cantabria|Navarra|Nafarroa|Illes Balears|Islas Baleares)$/u,
  ],
  // Colombian departments and Argentine provinces by name after the town ("Villavicencio, Meta", "Salta, Salta").
  [
    'CO',
    /^(Amazonas|Antioquia|Arauca|Atlántico|Bolívar|Boyacá|Caldas|Caquetá|Casanare|Cauca|Cesar|Chocó|Córdoba|Cundinamarca|Guainía|Guaviare|Huila|La Guajira|Magdalena|Meta|Nariño|Norte de Santander|Putumayo|Quindío|Risaralda|Santander|Sucre|Tolima|Valle del Cauca|Vaupés|Vichada)$/u,
  ],
  [
    'AR',
    /^(Buenos Aires|Catamarca|Chaco|Chubut|Córdoba|Corrientes|Entre Ríos|Formosa|Jujuy|La Pampa|La Rioja|Mendoza|Misiones|Neuquén|Río Negro|Salta|San Juan|San Luis|Santa Cruz|Santa Fe|Santiago del Estero|Tierra del Fuego|Tucumán)$/u,
  ],
];
// A district named between the town and its region ("Bezirk Perg", "Landkreis Ostallgäu") is passed over.
const DISTRICT = /^(?:Bezirk|Landkreis|Kreis|Lkr\.|Verwaltungsbezirk)[ \t]+\p{Lu}/u;

// The parts read after the city, and how far: an address line and the line under it.
const MAX_PARTS = 4;
const WINDOW = 120;
const MAX_OCCURRENCES = 20;
// A street ("Piac utca 88."), a postcode ("LV-3601"): parts with a digit stand between the city and its region.
const HAS_DIGIT = /\d/;

function markedRegion(part: string, country: string | undefined): string | undefined {
  for (const [code, pattern] of MARKED) {
    if (country && code !== country) continue;
    const m = pattern.exec(part);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/**
 * The region the text names right after the seat's city, by its marker word (see above); none when two. Without the
 * seat's country (a board's company box whose address names none) any country's marker reads.
 */
export function regionBesideCity(text: string, city: string, country?: string): string | undefined {
  if (city.length > 60 || (country && !MARKED.some(([code]) => code === country))) return undefined;
  const at = new RegExp(`(?<![\\p{L}])${escapeRegExp(city)}(?![\\p{L}])`, 'gu');
  const found = new Set<string>();
  let n = 0;
  for (const m of text.matchAll(at)) {
    if (++n > MAX_OCCURRENCES) break;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + WINDOW);
    // "Plattling (Landkreis Deggendorf, Bayern) entwickelt": the brackets round the town's district and region close
    // them; the sentence goes on after.
    const parts = after.split(/[\n,|·•]/).map((p) => p.trim().replace(/^\(/, '').replace(/\).*$/, ''));
    // The city's own line ends where the first part starts; an empty part is a line break or a doubled separator.
    for (const part of parts.slice(0, MAX_PARTS + 1)) {
      if (!part) continue;
      const region = markedRegion(part, country);
      if (region) {
        found.add(region);
        break;
      }
      if (!HAS_DIGIT.test(part) && !toIsoCountry(part) && !DISTRICT.test(part)) break;
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
