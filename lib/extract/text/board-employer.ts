import { brandVariants, findBrand, findBrandWithGaps } from '../brand';
import { LEGAL_FORM } from '../listing';
import { gazetteerPlace } from './gazetteer';

// A job board's posting heads its job title with the employer's name, just under it (Indeed, StepStone, Seek, Naukri,
// InfoJobs) or just above it (Glassdoor): lines this close to the title, either way.
const BELOW = 3;
const ABOVE = 2;
const MAX_LINES = 400;
const MAX_TITLES = 3;
const MIN_NAME = 2;
const MAX_NAME = 80;
// The posting's other header lines: its terms, its rating, its calls to action and the board's badges.
const JOB_WORDS =
  /\b(?:full[- ]?time|part[- ]?time|permanent|temporary|contract|freelance|internship|remote|hybrid|on[- ]?site|vollzeit|teilzeit|festanstellung|befristet|homeoffice|cdi|cdd|alternance|t[ée]l[ée]travail|jornada|indefinido|apply|bewerben|postuler|salary|gehalt|salaire|salario|reviews?|ratings?|bewertungen|avis|stars?|posted|ago|urgently|hiring|responsive|employer|arbeitgeber|employeur|empleador|jobs?|stellen|emplois?|empleos?|ofertas?)\b/i;
const HAS_LETTER = /\p{L}/u;
const STARTS_WELL = /^[\p{Lu}\p{Lt}\p{Lo}\d"'“‘(]/u;
const DIGIT = /\d/;
const LATIN = /[A-Za-z]/;
// A place with its state's or province's code after a comma: "Mackay, Mackay & Coalfields QLD", "Austin, TX".
const PLACE_WITH_CODE = /,[^,]*\b[A-Z]{2,3}$/;
const RATING_OR_PLACE = /\s+(?=[\d★☆(])|\s+[·•|]\s+/u;

function lineKey(text: string): string {
  return text.toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}

// A name's closing dot ("S.A.", "d.o.o.") may fall to a title's ". " separator: compared without it.
const partKey = (text: string) => lineKey(text).replace(/\.$/, '');

const withoutForm = (text: string) => partKey(text.trim().replace(LEGAL_FORM, ''));

function wholeWordsIn(text: string, words: string): boolean {
  const at = text.indexOf(words);
  if (at < 0) return false;
  const before = text[at - 1];
  const after = text[at + words.length];
  return !(before && /[\p{L}\d]/u.test(before)) && !(after && /[\p{L}\d]/u.test(after));
}

/** A header line that can be a company's name: short, capitalized, no number (a postcode, a pay, a rating). */
function nameLike(line: string, title: string, board: string[]): boolean {
  if (line.length < MIN_NAME || line.length > MAX_NAME) return false;
  if (!HAS_LETTER.test(line) || !STARTS_WELL.test(line) || DIGIT.test(line) || JOB_WORDS.test(line)) return false;
  if (lineKey(line) === title) return false;
  // The job's place ("Telford", "Remote, UK", "Mackay, Mackay & Coalfields QLD") is no employer, nor is the board.
  if (gazetteerPlace(line.split(',')[0] ?? line) || PLACE_WITH_CODE.test(line)) return false;
  return !brandVariants(line).some((variant) => board.includes(variant));
}

// Where a board's title and description part the posting's facts: "CNC Setter - Acme Ltd - Telford", "Fitter. Acme
// Ltd. Leeds.", "Techniker bei Acme GmbH in Stuttgart", "Acme hiring Warehouse Lead".
const HINT_PARTS =
  /\s+[-–—|·•]\s+|[.;:]\s+|\s+(?:at|bei|chez|(?:is )?hiring(?: an?)?|sucht|recrute|busca|cerca|presso|bij|hos|in|en|à)\s+/iu;
// Another line that names the employer with the board's words about it: "Jobs at Acme Ltd", "Acme Ltd reviews",
// "Weitere Jobs von Acme GmbH", "Offres d'emploi de Acme", "À propos de Acme".
const ABOUT_WORDS =
  /\b(?:jobs?|careers?|about|reviews?|karriere|stellen(?:angebote)?|über|bewertungen|emplois?|offres|propos|avis|ofertas|empleos?|sobre|vacatures|lavora|offerte|vagas)\b/iu;
const MAX_ABOUT_WORDS = 5;

/**
 * Said again elsewhere: as a whole part of the page's title or description (with or without its legal form), said
 * whole inside one when it closes on its legal form, or (the whole line, where the host is a known board) on another
 * line with only the board's words about it. Part of a longer place ("Halifax" of "Halifax HX3") is not said again.
 */
function confirmed(
  name: string,
  hints: string[],
  lines: string[],
  at: number,
  how: { strict: boolean; title: string; whole: boolean },
): boolean {
  const key = lineKey(name);
  const bare = partKey(name);
  // With or without its legal form: "Carpatica Componente Auto" in the title confirms "Carpatica Componente Auto SRL".
  const plain = withoutForm(name);
  const sameName = (part: string) => partKey(part) === bare || withoutForm(part) === plain;
  // A name closing on its legal form said inside a title or description: "Çardak Havlu Tekstil San. ve Tic. A.Ş. ...",
  // which the parts' full stops would cut. Any words the title holds ("Mo i Rana" of "Elektriker i Mo i Rana") would
  // be said inside it too.
  const inside = (hint: string) =>
    LEGAL_FORM.test(name) && !how.title.includes(key) && wholeWordsIn(lineKey(hint), key);
  if (hints.some((hint) => inside(hint) || hint.split(HINT_PARTS).some(sameName))) return true;
  return (
    how.whole &&
    !how.strict &&
    lines.some((line, i) => {
      if (i === at) return false;
      const text = lineKey(line);
      const start = text.indexOf(key);
      if (start < 0) return false;
      if (text === key) return true;
      const rest = `${text.slice(0, start)} ${text.slice(start + key.length)}`.trim();
      return !DIGIT.test(rest) && rest.split(/\s+/).length <= MAX_ABOUT_WORDS && ABOUT_WORDS.test(rest);
    })
  );
}

/**
 * The employer of a job board's posting that carries no structured data: the name printed beside its job title (the
 * page's first heading), said again in the page's title, description or text ("Jobs at Acme Ltd"). The board's own
 * name, the job's terms and place never count. Undefined where the title is not found or no line fits. `strict`: said
 * again in the title or description only, where the host is not known to be a board (a department line beside the
 * title of a company's own posting is said again in its text).
 */
export function boardEmployer(
  text: string,
  jobTitle: string | undefined,
  hints: Array<string | undefined>,
  board: string[],
  strict = false,
): string | undefined {
  const title = jobTitle && lineKey(jobTitle);
  if (!title) return undefined;
  const lines = text
    .split('\n', MAX_LINES)
    .map((line) => line.trim())
    .filter(Boolean);
  // The title may stand twice (a breadcrumb's or a sticky header's copy): the name is beside one of them.
  const places = lines.flatMap((line, i) => (lineKey(line) === title ? [i] : [])).slice(0, MAX_TITLES);
  const given = hints.filter((hint): hint is string => !!hint);
  const order = places.flatMap((at) => [
    ...Array.from({ length: BELOW }, (_, i) => at + 1 + i),
    ...Array.from({ length: ABOVE }, (_, i) => at - 1 - i),
  ]);
  for (const i of order) {
    // Its rating or place may share the name's line: "Kaveri Talent Solutions 3.8 ★ (212 Reviews)", "Acme · Leeds".
    const line = lines[i]?.split(RATING_OR_PLACE)[0]?.trim();
    if (!line) continue;
    for (const [n, name] of leadingParts(line).entries()) {
      const how = { strict, title, whole: n === 0 };
      if (nameLike(name, title, board) && confirmed(name, given, lines, i, how)) return name;
    }
  }
  return aboutHeadingEmployer(lines, given, title, board);
}

const MAX_NAME_WORDS = 8;
// The nouns a board labels the employer's row with, in its languages.
const EMPLOYER_NOUN =
  '(?:recruiter|recruiting company|hiring company|employer|company|arbeitgeber|unternehmen|inserent|employeur|entreprise|soci[ée]t[ée]|empleador|empresa|anunciante|empregador|azienda|datore di lavoro|werkgever|bedrijf|i(?:ş|s)veren|firma|zam[ěe]stnavatel|pracodawca|angajator|ty(?:ö|o)nantaja|arbetsgivare|arbeidsgiver|arbejdsgiver|poslodavac|tvrtka|работодател|компания)';
// The board's words before the name on its line: "Advertised by Highveld Search & Selection on behalf of a client",
// "Recruiter: ...", "Arbeitgeber: ...", "İşveren: ..." (a noun only with its colon: "Empresa Nacional de ..." is a
// name).
const POSTER = new RegExp(
  String.raw`^(?:(?:advertised|posted|listed) by|ausgeschrieben von|publi[ée]e? par|publicado por|${EMPLOYER_NOUN}\s*:)\s+`,
  'iu',
);

/**
 * The line, then its shorter beginnings word by word: a header's inline parts may run into one line with nothing
 * between them ("Carpatica Componente Auto SRL Sibiu"), the place right after the name.
 */
function leadingParts(text: string): string[] {
  const line = text.replace(POSTER, '');
  const words = line.split(/\s+/);
  if (words.length > MAX_NAME_WORDS + 1) return [line];
  // A beginning of one word is as likely the place's ("Halifax" of "Halifax HX3").
  const parts = [line];
  for (let n = words.length - 1; n >= 2; n--) parts.push(words.slice(0, n).join(' '));
  // A row's label without its colon ("Entreprise Sebou Câblage Automobile SARL", as a row of two cells reads): the
  // rest, when it closes on a legal form, after the whole line ("Empresa Nacional de ... S.A." is a name).
  const label = ROW_LABEL.exec(line);
  const rest = label ? line.slice(label[0].length) : '';
  if (rest && LEGAL_FORM.test(` ${rest}`)) parts.push(rest);
  return parts;
}

const ROW_LABEL = new RegExp(String.raw`^${EMPLOYER_NOUN}\s+(?=\p{Lu})`, 'iu');

// The board's heading over the employer's own section: "Over Van der Wal Kunststoftechniek", "About Acme Ltd",
// "À propos de Acme", "Sobre Acme", "O tvrtki Acme".
const ABOUT_HEADING =
  /^(?:about|over|[üu]ber|ueber|à propos de|a propos de|sobre|acerca de|o tvrtki|o firmie|o spole[čc]nosti|om)\s+(\p{Lu}.{1,78})$/iu;

/** The name an about-the-employer heading gives, said again in the page's title or description (never its text). */
function aboutHeadingEmployer(lines: string[], given: string[], title: string, board: string[]): string | undefined {
  for (const [i, line] of lines.entries()) {
    const name = ABOUT_HEADING.exec(line)?.[1]?.trim();
    if (name && nameLike(name, title, board) && confirmed(name, given, lines, i, { strict: true, title, whole: false }))
      return name;
  }
  return undefined;
}

// The paths boards file a posting under: "/job/78123", "/stellenangebote--Key-Account-...", "/viewjob?jk=",
// "/job-listings-area-sales-...", "/offre-emploi/...", "/vacature/...".
// "aviso" is a job ad in Argentina and Chile, and also the Spanish and Portuguese legal page ("aviso-de-privacidad",
// "aviso-legal"), which is never a posting.
const POSTING_PATH =
  /\/(?:jobs?|jobb(?:annonse)?|viewjob|jobdetails?|job-?listings?|vacanc(?:y|ies)|stellen(?:angebote?|anzeigen?)?|stilling(?:er)?|emplois?|offres?(?:-d-?emploi)?|empleos?|emprego|ofertas?(?:-de-?(?:trabajo|empleo))?|vacatures?|vagas?|lavoro|annunci|annonces?|praca|oferty|oglas(?:i)?|posao|allas(?:ok)?|nabidka|tyopaikat?|darbo-skelbimai|loc(?:uri)?-de-munca|anunt(?:uri)?|is-ilan(?:i|lari)|ilan(?:lar)?|avisos?(?![-_](?:de[-_])?(?:privacidad|privacidade|legal|cookies|uso))|vacantes?|trabajos?|annons(?:er)?|platsannons(?:er)?|ilmoitus|ogloszenia|oferta-pracy|nabidky-prace|inzerat|aggelie?s|aggelia|toopakkumised?|viec-lam|vakansi(?:i|ya|ia)|rabota|darbo-pasiulymai|darba-sludinajumi)(?:\/|-|_|$)/i;

/**
 * The employer of a posting a board no list knows serves (job-hosts.ts lists the known ones): the page is filed as one
 * posting (its path, or one JobPosting in its data: `postings` counts them) and the name beside its job title (`find`)
 * is another company than the site's (`site`: the site's label and name variants). Undefined on a company's own
 * careers page, which names itself or lists several postings.
 */
export function foreignEmployer(
  url: string,
  postings: number,
  find: () => string | undefined,
  site: string[],
): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  if (postings > 1 || !(POSTING_PATH.test(path) || postings === 1)) return undefined;
  const employer = find();
  // A name in a script no domain spells ("株式会社伏木アルテック") cannot be told from the site's own.
  if (!employer || !LATIN.test(employer)) return undefined;
  const own =
    brandVariants(employer).some((variant) => site.includes(variant)) ||
    findBrand(employer, site) !== undefined ||
    findBrandWithGaps(employer, site) !== undefined;
  return own ? undefined : employer;
}

const MAX_BRAND_SPAN = 200;

/** `text` without the lines that name the board (`board`: its name variants): its footer, its banners, its pitch. */
export function withoutBrandLines(text: string, board: string[]): string {
  if (!board.length) return text;
  return text
    .split('\n')
    .filter((line) => !findBrand(line.slice(0, MAX_BRAND_SPAN), board))
    .join('\n');
}
