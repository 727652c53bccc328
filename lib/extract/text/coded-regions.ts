/**
 * The first-level region each second-level code lies in, for codes addresses carry in place of a region: Italy's
 * province codes ("36015 Schio (VI)"), Switzerland's canton codes ("5000 Aarau AG", an `addressRegion` of "AG") and
 * France's départements, the first two digits of a postcode ("45770 Saran": Loiret). Each region with the names its
 * own pages and English pages write it by, the first its own. Background only: the content script never reads these.
 */

// Italy's 20 regions and their 107 provinces (the codes of the 2017 reform; Sardinia's SU replaced CI, VS, OG, OT).
// Trentino-Alto Adige's two autonomous provinces are each filed by their own name too ("Südtirol", "Trentino").
const IT_REGIONS: ReadonlyArray<readonly [names: string, codes: string]> = [
  ['Piemonte|Piedmont', 'TO VC NO CN AT AL BI VB'],
  ["Valle d'Aosta|Aosta Valley|Vallée d'Aoste", 'AO'],
  ['Lombardia|Lombardy', 'VA CO SO MI BG BS PV CR MN LC LO MB'],
  ['Südtirol|Alto Adige|South Tyrol|Trentino-Alto Adige|Trentino-Südtirol', 'BZ'],
  ['Trentino|Trentino-Alto Adige', 'TN'],
  ['Veneto', 'VR VI BL TV VE PD RO'],
  ['Friuli-Venezia Giulia|Friuli Venezia Giulia', 'UD GO TS PN'],
  ['Liguria', 'IM SV GE SP'],
  ['Emilia-Romagna|Emilia Romagna', 'PC PR RE MO BO FE RA FC RN'],
  ['Toscana|Tuscany', 'MS LU PT FI LI PI AR SI GR PO'],
  ['Umbria', 'PG TR'],
  ['Marche', 'PU AN MC AP FM'],
  ['Lazio', 'VT RI RM LT FR'],
  ['Abruzzo', 'AQ TE PE CH'],
  ['Molise', 'CB IS'],
  ['Campania', 'CE BN NA AV SA'],
  ['Puglia|Apulia', 'FG BA TA BR LE BT'],
  ['Basilicata', 'PZ MT'],
  ['Calabria', 'CS CZ RC KR VV'],
  ['Sicilia|Sicily', 'TP PA ME AG CL EN CT RG SR'],
  ['Sardegna|Sardinia', 'SS NU CA OR SU'],
];

// Switzerland's 26 cantons by code, in their own languages first, then the others the country and English use.
const CH_CANTONS: ReadonlyArray<readonly [code: string, names: string]> = [
  ['ZH', 'Zürich|Zurich'],
  ['BE', 'Bern|Berne'],
  ['LU', 'Luzern|Lucerne'],
  ['UR', 'Uri'],
  ['SZ', 'Schwyz'],
  ['OW', 'Obwalden'],
  ['NW', 'Nidwalden'],
  ['GL', 'Glarus'],
  ['ZG', 'Zug'],
  ['FR', 'Fribourg|Freiburg'],
  ['SO', 'Solothurn|Soleure'],
  ['BS', 'Basel-Stadt|Bâle-Ville'],
  ['BL', 'Basel-Landschaft|Basel-Land|Baselland|Bâle-Campagne'],
  ['SH', 'Schaffhausen|Schaffhouse'],
  ['AR', 'Appenzell Ausserrhoden'],
  ['AI', 'Appenzell Innerrhoden'],
  ['SG', 'St. Gallen|Sankt Gallen|St-Gall'],
  ['GR', 'Graubünden|Grisons|Grigioni'],
  ['AG', 'Aargau|Argovie'],
  ['TG', 'Thurgau|Thurgovie'],
  ['TI', 'Ticino|Tessin'],
  ['VD', 'Vaud|Waadt'],
  ['VS', 'Valais|Wallis'],
  ['NE', 'Neuchâtel|Neuenburg'],
  ['GE', 'Genève|Geneva|Genf'],
  ['JU', 'Jura'],
];

// France's 13 metropolitan regions (2016) and its five overseas ones, by the départements (a postcode's first two
// digits; overseas its first three) that make them up. Corsica's 2A and 2B both start their postcodes with 20.
const FR_REGIONS: ReadonlyArray<readonly [names: string, departments: string]> = [
  ['Auvergne-Rhône-Alpes', '01 03 07 15 26 38 42 43 63 69 73 74'],
  ['Bourgogne-Franche-Comté', '21 25 39 58 70 71 89 90'],
  ['Bretagne|Brittany', '22 29 35 56'],
  ['Centre-Val de Loire|Centre-Val-de-Loire', '18 28 36 37 41 45'],
  ['Corse|Corsica', '20'],
  ['Grand Est|Grand-Est', '08 10 51 52 54 55 57 67 68 88'],
  ['Hauts-de-France', '02 59 60 62 80'],
  ['Île-de-France|Ile-de-France', '75 77 78 91 92 93 94 95'],
  ['Normandie|Normandy', '14 27 50 61 76'],
  ['Nouvelle-Aquitaine', '16 17 19 23 24 33 40 47 64 79 86 87'],
  ['Occitanie|Occitania', '09 11 12 30 31 32 34 46 48 65 66 81 82'],
  ['Pays de la Loire|Pays-de-la-Loire', '44 49 53 72 85'],
  ["Provence-Alpes-Côte d'Azur|Provence-Alpes-Côte d’Azur|Région Sud", '04 05 06 13 83 84'],
  ['Guadeloupe', '971'],
  ['Martinique', '972'],
  ['Guyane|French Guiana', '973'],
  ['La Réunion|Réunion', '974'],
  ['Mayotte', '976'],
];

function byCode(list: ReadonlyArray<readonly [string, string]>, codesFirst = false): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const [a, b] of list) {
    const [names, codes] = codesFirst ? [b, a] : [a, b];
    for (const code of codes.split(' ')) map.set(code, names.split('|'));
  }
  return map;
}

const IT = byCode(IT_REGIONS);
const CH = byCode(CH_CANTONS, true);
const FR = byCode(FR_REGIONS);

/** The names of the Italian region a province's code lies in ("VI" -> Veneto); none for no province's code. */
export function italianProvinceRegion(code: string): string[] | undefined {
  return IT.get(code.trim());
}

/** The names of the Swiss canton a code stands for ("AG" -> Aargau, Argovie); none for no canton's code. */
export function swissCanton(code: string): string[] | undefined {
  return CH.get(code.trim());
}

/** The names of the French region a postcode's département lies in ("45770" -> Centre-Val de Loire). */
export function frenchPostcodeRegion(postalCode: string): string[] | undefined {
  const digits = /^(?:F-?)?(\d{5})$/.exec(postalCode.trim())?.[1];
  if (!digits) return undefined;
  return digits.startsWith('97') ? FR.get(digits.slice(0, 3)) : FR.get(digits.slice(0, 2));
}
