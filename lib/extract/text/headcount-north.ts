// Headcount told as "N people work at the company" in the Nordic and Baltic languages, where the place of the work
// (the company, "at us", our team) names the staff as the company's own; read after the main patterns of
// headcount.ts, with their checks. Each capture group is, as there: the qualifier, the digits, the "+". A number with
// no such place ("where 23 now work", "the development team has 14 people") is a part of the staff, and not read.

// Icelandic "um", "yfir", "rúmlega"; Estonian "umbes", "üle", "rohkem kui"; Finnish "noin", "yli"; Latvian
// "aptuveni", "vairāk nekā"; Lithuanian "apie", "daugiau nei", "virš"; the Scandinavian "ca.", "cirka", "omkring",
// "drygt", "över", "over".
const QUALIFIER = String.raw`(?:(yfir|rúmlega|üle|rohkem kui|yli|över|drygt|mer enn|mere end|over|vairāk nekā|vairak neka|daugiau nei|daugiau kaip|virš|um|umbes|ca\.|cirka|omkring|omtrent|ungefär|noin|apie|aptuveni|nærri|tæplega|nästan|næsten|nesten|peaaegu|beveik|gandrīz)\s+)?`;
const DIGITS = String.raw`(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d{1,6})(\s*\+)?`;
const NOW = String.raw`(?:(?:nú|í dag|alls|idag|i dag|nu|totalt|täna|praegu|hetkel|kokku|šobrīd|šodien|šiuo metu|šiandien|dabar|iš viso)\s+)?`;

export const NORTH_PHRASES: RegExp[] = [
  // "Hjá félaginu starfa um 95 manns", "Hjá okkur starfa 40 starfsmenn" (at the company / at us work about 95 people),
  // Icelandic; not a group's ("hjá samstæðunni").
  new RegExp(
    String.raw`(?<!\p{L})(?:hjá\s+(?:félaginu|fyrirtækinu|okkur)|í\s+fyrirtækinu)\s+starfa\s+${NOW}${QUALIFIER}${DIGITS}\s+(?:manns|starfsmenn|starfsmanna|einstaklingar)(?!\p{L})`,
    'giu',
  ),
  // "Starfsmenn fyrirtækisins eru um 95", "Starfsmenn félagsins eru nú 40": the company's staff number so many.
  new RegExp(
    String.raw`(?<!\p{L})starfsmenn\s+(?:fyrirtækisins|félagsins)\s+eru\s+${NOW}${QUALIFIER}${DIGITS}(?![\d\p{L}])`,
    'giu',
  ),
  // "Hos oss arbetar 45 personer", "På företaget jobbar idag 120 medarbetare", "I dag arbetar 45 personer hos oss":
  // Swedish; Norwegian "Hos oss jobber 30 ansatte", "I bedriften arbeider 60 personer"; Danish "Hos os arbejder 25
  // medarbejdere", "I virksomheden arbejder 80 mennesker".
  new RegExp(
    String.raw`(?<!\p{L})(?:hos\s+(?:oss|os)|(?:på|i)\s+(?:företaget|bolaget|selskapet|bedriften|firmaet|virksomheden|selskabet|firmaet))\s+(?:arbetar|jobbar|jobber|arbeider|arbejder)\s+${NOW}${QUALIFIER}${DIGITS}\s+(?:personer|medarbetare|anställda|ansatte|medarbeidere|medarbejdere|mennesker|människor)(?!\p{L})`,
    'giu',
  ),
  new RegExp(
    String.raw`(?<!\p{L})(?:arbetar|jobbar|jobber|arbeider|arbejder)\s+${NOW}${QUALIFIER}${DIGITS}\s+(?:personer|medarbetare|anställda|ansatte|medarbeidere|medarbejdere|mennesker|människor)\s+(?:hos\s+(?:oss|os)|(?:på|i)\s+(?:företaget|bolaget|selskapet|bedriften|firmaet|virksomheden|selskabet))(?!\p{L})`,
    'giu',
  ),
  // "Ettevõttes töötab 58 inimest", "Täna on meie meeskonnas 31 inimest", "töötab meie ettevõttes üle 40 töötaja":
  // Estonian, the company or its team (a "tiim" of the company's, "arendustiimis", is a part of it).
  new RegExp(
    String.raw`(?<!\p{L})(?:(?:meie\s+)?(?:ettevõttes|firmas|meeskonnas)|meie\s+juures)\s+(?:töötab|on)\s+${NOW}${QUALIFIER}${DIGITS}\s+(?:inimest|töötajat|töötajaga|spetsialisti|inimesega)(?!\p{L})`,
    'giu',
  ),
  new RegExp(
    String.raw`(?<!\p{L})(?:töötab|on)\s+${NOW}(?:meie\s+)?(?:ettevõttes|firmas|meeskonnas)\s+${QUALIFIER}${DIGITS}\s+(?:inimest|töötajat|spetsialisti)(?!\p{L})`,
    'giu',
  ),
  // "Mūsu komandā strādā 45 cilvēki", "uzņēmumā šobrīd ir 60 darbinieki": Latvian, the team or the company.
  new RegExp(
    String.raw`(?<!\p{L})(?:mūsu\s+)?(?:komandā|uzņēmumā)\s+${NOW}(?:strādā|ir)\s+${NOW}${QUALIFIER}${DIGITS}\s+(?:cilvēki|cilvēku|darbinieki|darbinieku|speciālisti|speciālistu)(?!\p{L})`,
    'giu',
  ),
  // "Šiandien įmonėje dirba 65 žmonės", "Mūsų komandoje dirba daugiau nei 40 darbuotojų": Lithuanian, the company or
  // its team; the nominative "žmonės" after a number ending 2-9, the genitive "žmonių" after one ending 0.
  new RegExp(
    String.raw`(?<!\p{L})(?:(?:mūsų\s+)?(?:įmonėje|bendrovėje|komandoje))\s+${NOW}dirba\s+${NOW}${QUALIFIER}${DIGITS}\s+(?:žmonės|žmonių|darbuotojai|darbuotojų|specialistai|specialistų)(?!\p{L})`,
    'giu',
  ),
];
