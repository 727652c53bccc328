/**
 * A job board's or a directory's company box states the employer's facts as labelled rows, one under another:
 * "Branche" over "Elektroinstallation" beside "Betriebsgröße: zwischen 6 und 50", "Branche: Foder og
 * landbrugsforsyning" over "Antal ansatte: 240", "Bransje" beside "Antall ansatte". A company-size row with its figure
 * near a row says the rows describe one company, the employer, as a menu's or a filter's labels do not (their size
 * rows hold no figure).
 */
const SIZE_LABEL =
  "unternehmensgr(?:ö|oe)(?:ß|ss)e|betriebsgr(?:ö|oe)(?:ß|ss)e|firmengr(?:ö|oe)(?:ß|ss)e|mitarbeiter(?:zahl|anzahl)?|mitarbeitende|anzahl (?:der )?mitarbeiter(?:innen)?|company size|employees|number of employees|headcount|antal ansatte|antall ansatte|antal anställda|antal medarbetare|medarbejdere|ansatte|henkilöstö|henkilöstömäärä|työntekijät|taille de l[’']entreprise|effectifs?|tamaño de (?:la )?empresa|empleados|dimensione aziendale|dipendenti|bedrijfsgrootte|aantal medewerkers|medewerkers|wielkość firmy|liczba pracowników|počet zamestnancov|počet zaměstnanců|broj zaposlenih|število zaposlenih|létszám";
// The label opens its line; its figure follows on that line or the next, after a few words at most ("zwischen 6").
const SIZE_ROW = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:${SIZE_LABEL})[ \t]*(?::[ \t]*|\t[ \t]*|\n[ \t]*)[^\n\d]{0,20}\d`,
  'iu',
);
// How far around the row its box reaches, in lines and in characters (a paragraph beside it is no box's row).
const BOX_LINES = 4;
const BOX_REACH = 400;

/** The row from `start` to `end` of `text` stands in a box of employer facts with a company-size row. */
export function inEmployerFactBox(text: string, start: number, end: number): boolean {
  let from = start;
  for (let i = 0; i < BOX_LINES && from > 0; i++) from = text.lastIndexOf('\n', from - 2) + 1;
  let to = end;
  for (let i = 0; i < BOX_LINES && to >= 0 && to < text.length; i++) to = text.indexOf('\n', to + 1);
  const box = text.slice(Math.max(0, from, start - BOX_REACH), Math.min(to < 0 ? text.length : to, end + BOX_REACH));
  return SIZE_ROW.test(box);
}
