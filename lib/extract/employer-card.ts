import type { Address } from '../signals/schema';
import { toIsoCountry } from './countries';
import { toYear, websiteDomain } from './organization';
import { siteKey } from './site-key';
import { parseLocation, regionCountry } from './sites/location';
import { tldCountry } from './text/country';
import { gazetteerPlace } from './text/gazetteer';

/**
 * A job board's employer card ("About the employer", "Tööandjast", "Apie darbdavį"): the employer's facts as label
 * and value rows, the value after a colon or a tab on the label's line (a table) or on the next line (a definition
 * list). Labels are the board's language's words for the employer's seat, founding year, trade and website; the
 * rows count as the employer's only where at least three kinds of them stand together (a name, a register number, a
 * size row count too), as no job's meta line (location, salary, deadline) does.
 */
const LABELS = {
  seat: 'headquarters|head office|hq|registered (?:office|address)|legal address|company address|address|hauptsitz|firmensitz|sitz|adresse|si[eè]ge(?: social)?|sede(?: legal| central| social)?|hoofdkantoor|adres|siedziba|peakontor|juriidiline aadress|aadress|juridisk[āa] adrese|adrese|b[uū]stin[eė]|buvein[eė]|adresas|heimilisfang|p[aä][aä]konttori|kotipaikka|osoite|huvudkontor|s[aä]te|adress|hovedkontor',
  founded:
    'founded|established|year founded|founding year|gegr[uü]ndet|gr[uü]ndungsjahr|fond[ée]e? en|ann[ée]e de cr[ée]ation|fundada|a[nñ]o de fundaci[oó]n|fondata|opgericht|rok za[lł]o[zż]enia|asutatud|asutamisaasta|dibin[aā]ts|dibin[aā]šanas gads|[iį]kurta|[iį]steigta|stofna[dð]|perustettu|perustamisvuosi|grundat|grundlagt|etablert',
  industry:
    'industry|sector|branche|secteur|settore|industria|branża|tegevusala|valdkond|nozare|darb[iī]bas joma|veiklos sritis|sritis|atvinnugrein|toimiala|bransch|bransje',
  website:
    'website|web site|web|homepage|webseite|site web|site internet|sitio web|sito web|strona www|koduleht|veebileht|m[aā]jas ?lapa|svetain[eė]|interneto svetain[eė]|vefs[ií][dð]a|heimas[ií][dð]a|kotisivu|verkkosivu|kotisivut|hemsida|webbplats|nettside',
  size: 'employees|company size|staff|mitarbeiter(?:zahl)?|effectif|empleados|dipendenti|medewerkers|pracownik[oó]w|t[oö][oö]tajaid|t[oö][oö]tajate arv|darbinieki|darbinieku skaits|[iį]mon[eė]s dydis|darbuotoj[ųu] skai[cč]ius|darbuotojai|starfsmenn|starfsmannafj[oö]ldi|henkil[oö]st[oö]|anst[aä]llda|ansatte',
  register:
    'company number|registration number|reg(?:istry)? ?(?:no|nr)\\.?|registrikood|re[gģ]istr[aā]cijas numurs|[iį]mon[eė]s kodas|kennitala|y-tunnus|org\\.? ?nr\\.?|organisationsnummer|handelsregister',
  name: 'company|employer|company name|unternehmen|arbeitgeber|entreprise|empresa|azienda|bedrijf|firma|ettev[oõ]te|t[oö][oö]andja|nosaukums|darba dev[eē]js|[iį]mon[eė]|darbdavys|fyrirt[aæ]ki|yritys|ty[oö]nantaja|f[oö]retag|bedrift',
} as const;
type Kind = keyof typeof LABELS;
const KINDS = Object.keys(LABELS) as Kind[];
const LABEL_RES = KINDS.map(
  (kind) => [kind, new RegExp(`^(?:${LABELS[kind]})[ \\t]*(?::[ \\t]*|\\t[ \\t]*|$)`, 'iu')] as const,
);

// A card's rows stand within a few lines of each other; a card is short, its values too.
const MAX_GAP = 4;
const MIN_KINDS = 3;
const MAX_LINES = 3_000;
const MAX_VALUE = 120;
const YEAR_VALUE = /^\D{0,8}(1[6-9]\d\d|20\d\d)(?!\d)/;
const SITE_VALUE = /^(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,24})(?:\/\S*)?$/i;
// "LV-4601", "260", "10115": a postal code before or after the city in the seat's address.
const POSTAL = /(?:^|\s)(?:[A-Z]{1,2}-)?\d{3,6}(?=\s|$)/gu;
// A part that is a city with its postal code ("260 Reykjanesbær", "Rēzekne LV-4601"), not a street with its number.
const CITY_WITH_POSTAL = /^(?:[A-Z]{1,2}-)?\d{3,6}\s+\p{L}|\p{L}\s+[A-Z]{1,2}-\d{3,6}$/u;
const CITY = /^\p{L}[\p{L} .'’()-]{1,40}$/u;

export interface EmployerCard {
  seat?: Address;
  founded?: number;
  industry?: string;
  domain?: string;
}

interface Row {
  kind: Kind;
  value: string;
  line: number;
}

function rowsOf(lines: string[]): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < lines.length && i < MAX_LINES; i++) {
    const line = lines[i]?.trim() ?? '';
    if (!line || line.length > 200) continue;
    for (const [kind, re] of LABEL_RES) {
      const m = re.exec(line);
      if (!m) continue;
      const rest = line.slice(m[0].length).trim();
      // A label alone on its line: a definition list's, its value on the next line.
      const value = rest || (m[0].trim().length === line.length ? (lines[i + 1]?.trim() ?? '') : '');
      if (value && value.length <= MAX_VALUE) rows.push({ kind, value, line: i });
      break;
    }
  }
  return rows;
}

/** The first run of rows close together that holds enough kinds of employer rows to be a card. */
function firstCard(rows: Row[]): Row[] | undefined {
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    const prev = rows[i - 1];
    const row = rows[i];
    if (row && prev && row.line - prev.line <= MAX_GAP) continue;
    const run = rows.slice(start, i);
    if (new Set(run.map((r) => r.kind)).size >= MIN_KINDS) return run;
    start = i;
  }
  return undefined;
}

/**
 * The seat of a seat row: a city alone, "City, Region" or an address line, read as a location once its street (a
 * part with a house number) and postal codes are left out. A region alone is no city.
 */
function seatOf(value: string, pageUrl: string): Address | undefined {
  const line = value
    .split(',')
    .map((p) => p.replace(/\s*\([^)]*\)/g, '').trim())
    .filter((p) => p && (!/\d/.test(p) || CITY_WITH_POSTAL.test(p)))
    .map((p) => p.replace(POSTAL, ' ').trim())
    .join(', ');
  const read = parseLocation(line);
  // "Douala, Cameroun": a country in a language the location table does not read is no region.
  const named = read?.region ? toIsoCountry(read.region) : undefined;
  const seat = read && named ? { city: read.city, country: named } : read;
  const city = seat?.city;
  if (!city || !CITY.test(city) || (!seat.region && regionCountry(city))) return undefined;
  // "LV-4601": Baltic postal codes carry the country's letters.
  const prefix = /\b([A-Z]{2})-\d{4,5}\b/.exec(value)?.[1];
  const country =
    seat.country ??
    (prefix ? toIsoCountry(prefix) : undefined) ??
    gazetteerPlace(city)?.country ??
    // A national board posts its country's employers: a bare city the table does not know is in the board's country.
    (seat.region ? undefined : tldCountry(siteKey(pageUrl))?.country);
  return { ...seat, ...(country ? { country } : {}) };
}

/** What a job board's employer card states; undefined where the page has no such card. */
export function employerCard(text: string, pageUrl: string, now: number): EmployerCard | undefined {
  const card = firstCard(rowsOf(text.split('\n')));
  if (!card) return undefined;
  const value = (kind: Kind) => card.find((r) => r.kind === kind)?.value;
  const out: EmployerCard = {};
  const seat = value('seat');
  if (seat) out.seat = seatOf(seat, pageUrl);
  const year = YEAR_VALUE.exec(value('founded') ?? '')?.[1];
  if (year) out.founded = toYear(year, now);
  const industry = value('industry');
  if (industry && !/\d|https?:|www\./i.test(industry) && industry.length <= 80) out.industry = industry;
  const site = SITE_VALUE.exec(value('website') ?? '')?.[1];
  const domain = site ? websiteDomain(`https://${site}`, pageUrl) : undefined;
  // The board's own site is no employer's.
  if (domain && domain !== siteKey(pageUrl)) out.domain = domain;
  return Object.values(out).some((v) => v !== undefined) ? out : undefined;
}
