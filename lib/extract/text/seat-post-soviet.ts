import type { Address } from '../../signals/schema';

/**
 * The seat a head-office label introduces in the address forms of the former Soviet states and Mongolia, which write
 * the city after an abbreviation of "city" and no postcode a rule of ./address.ts reads: "Головной офис: 030000,
 * г. Актобе, пр. Абая, 22", "Головний офіс — м. Черкаси, вул. ...", "Sediul central: str. Gării 7, or. Cahul,
 * MD-3909", "Head office\nIndustrial zone, Darkhan soum, Darkhan-Uul aimag". Only under the label: a branch's,
 * a warehouse's or a representative office's address, written the same way, is not the seat. The legal address
 * ("юридический адрес", "юридична адреса") is the registered seat; the actual one ("фактический адрес") may be a
 * shop or a warehouse and is left out.
 */

// Head-office and legal-address labels in Russian, Ukrainian, Romanian (Moldova) and English; the label may go on
// before its colon or dash ("Головной офис и мясокомбинат", "Головний офіс і центральний склад:", "Head office & mill").
const SEAT_LABEL =
  /(?<!\p{L})(?:головной офис|главный офис|центральный офис|юридический адрес|головний офіс|центральний офіс|юридична адреса|sediul central|sediul social|sediu central|adresa juridic[ăa]|head office|headquarters)(?!\p{L})/giu;
// How far the address may stand after its label: the rest of the label's line and the next line.
const SPAN = 200;
const MAX_LABELS = 10;
const LABEL_TAIL = 40;

// A city after its abbreviation: Russian "г.", Ukrainian "м.", Moldovan "мун."/"mun." (municipality), "or." (town).
// The name is one or two capitalised words ("Усть-Каменогорск", "Bălți", "Нур-Султан"); a street's abbreviation
// ("ул.", "вул.", "str.") never stands before it.
const CITY_MARK =
  /(?<![\p{L}.])(?:г|м|мун|гор|or|mun|municipiul|orașul|oraşul)\.?[ \t\u00a0]+(\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’-]{1,30})?)(?=[ \t]*(?:[,.;·\n]|$))/u;
// Mongolia: "<Name> soum, <Name> aimag": the soum is the town, the aimag its province.
const SOUM_AIMAG = /(\p{Lu}[\p{L}'’-]{1,30}) soum,[ \t]*(\p{Lu}[\p{L}'’-]{1,30}(?:-\p{Lu}[\p{L}'’]{1,20})?) aimag\b/u;

// The country a line names, in the forms these addresses take.
const COUNTRY_NAMES: Array<[RegExp, string]> = [
  [/(?<!\p{L})(?:Республика Казахстан|Казахстан|Kazakhstan|Қазақстан)(?!\p{L})/u, 'KZ'],
  [/(?<!\p{L})(?:Україна|Украина|Ukraine)(?!\p{L})/u, 'UA'],
  [/(?<!\p{L})(?:Republica Moldova|Moldova|Молдова|MD-\d{4})(?!\p{L})/u, 'MD'],
  [/(?<!\p{L})(?:Узбекистан|Oʻzbekiston|O'zbekiston|Uzbekistan)(?!\p{L})/u, 'UZ'],
  [/(?<!\p{L})(?:Кыргызстан|Kyrgyzstan)(?!\p{L})/u, 'KG'],
  [/(?<!\p{L})(?:Беларусь|Belarus)(?!\p{L})/u, 'BY'],
];

function namedCountry(part: string): string | undefined {
  return COUNTRY_NAMES.find(([pattern]) => pattern.test(part))?.[1];
}

/** The seat's address under a head-office or legal-address label, in the forms above; else none. */
export function postSovietSeat(text: string): Address | undefined {
  let n = 0;
  for (const label of text.matchAll(SEAT_LABEL)) {
    if (++n > MAX_LABELS) break;
    const from = label.index + label[0].length;
    // The label's own line and the one after it: the address stands beside its label or under it.
    // A label's line that goes on a few words ("Головной офис и мясокомбинат") heads the address below it.
    const [own = '', next = ''] = text.slice(from, from + SPAN).split('\n', 2);
    const part = own.trim().length > LABEL_TAIL ? own : `${own}\n${next}`;
    const aimag = SOUM_AIMAG.exec(part);
    if (aimag?.[1] && aimag[2]) return { city: aimag[1], region: aimag[2], country: 'MN' };
    const city = CITY_MARK.exec(part)?.[1];
    if (!city) continue;
    const country = namedCountry(part) ?? (/(?<!\p{L})вул\.|(?<!\p{L})м\.\s/u.test(part) ? 'UA' : undefined);
    return { city, ...(country ? { country } : {}) };
  }
  return undefined;
}
