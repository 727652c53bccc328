import type { PageSample } from '../../signals/sample';
import type { Address } from '../../signals/schema';
import { brandVariants, findBrand } from '../brand';
import { foldAccents } from '../classify/normalize';
import { aboutSection, foldLine } from '../classify/page';
import { siteLabel } from '../platforms';
import { findAddresses } from './address';
import { afterCity, langCode, seatAddress, seatPhrase, seatRow } from './imprint';
import { markedHeadOffice, markedSeat } from './marked-seat';
import { regionBesideCity } from './region-beside-city';
import { seatAtAddress } from './seat-at';
import { postSovietSeat } from './seat-post-soviet';
import { provinceSeat } from './seat-province';
import { romanceSeat } from './seat-romance';
import { indonesianSeat, vietnameseSeat } from './seat-southeast-asia';

/**
 * The parts of a page's text that speak for the company, where the rest speaks of something else: a job posting's
 * company section ("About Acme", "Who we are", "Über uns") against the role's ("About the role", "What you'll do",
 * "Requirements"), and a press release's "About <issuer>" boilerplate against the announcement and the partner's
 * boilerplate. Plain text in, plain text out; each part is capped by aboutSection.
 */

// The ATS's own chrome closes a posting ("Powered by Workable", "Jobs powered by Lever"): nothing after it is the employer's.
const ATS_CHROME = /^[ \t]*(?:jobs )?powered by\b/im;

/** A posting's text without the applicant-tracking system's closing chrome. */
export function postingText(text: string): string {
  const m = ATS_CHROME.exec(text);
  return m ? text.slice(0, m.index) : text;
}

// Headings of a posting's sections on the role, the reader and the offer, on folded lines (classify/page.ts foldLine):
// "About the role", "What you'll do", "Requirements", "Deine Aufgaben", "Votre profil", "Requisitos", "Wat bieden wij".
const ROLE_HEADING =
  /^(?:about (?:the|this) (?:role|job|position|opportunity)|(?:the|your|this) (?:role|job|position|opportunity)|(?:key |your |main )?responsibilities|(?:the )?requirements|qualifications|(?:preferred |minimum |basic )?qualifications|what you ?(?:ll|will) (?:do|be doing|work on)|what you (?:bring|have|get|need)|what we re looking for|what we are looking for|who you are|about you|you have|you are|you bring|your profile|nice to have|bonus points|(?:our )?benefits|perks(?: and benefits)?|what we offer|compensation(?: and benefits)?|salary|(?:deine|ihre|die) aufgaben|aufgaben|(?:dein|ihr) profil|das bringst du mit|was du mitbringst|was sie mitbringen|(?:was )?wir bieten|das bieten wir|(?:vos |tes )?missions|(?:votre|ton) profil|profil recherche|description du poste|le poste|informations supplementaires|ce que nous offrons|avantages|(?:tus |sus )?funciones|responsabilidades|requisitos|(?:tu|su) perfil|(?:que|lo que) (?:te )?ofrecemos|descripcion del puesto|el puesto|wat ga je doen|wat vragen wij|wat bieden wij|jouw profiel|functieomschrijving|(?:le tue )?responsabilita|requisiti|cosa offriamo)\s*[:?]?$/;
const MAX_POSTING = 8_000;
// Headings of the employer's other openings: "Other open positions", "More jobs", "Weitere Stellenangebote", "Autres
// offres", "Otras ofertas", "Altre posizioni aperte", "Andere vacatures".
const OPENINGS_HEADING =
  /^(?:(?:other|more|similar|related|all)? ?(?:open )?(?:positions|openings|jobs|roles|vacancies|job openings|open roles)(?: at [^\n]{1,40})?|weitere (?:stellen(?:angebote|anzeigen)?|jobs|offene stellen)|offene stellen|autres (?:offres|postes)(?: d emploi)?|nos autres offres|otras (?:ofertas|vacantes|posiciones)|altre (?:posizioni|offerte)(?: aperte)?|andere vacatures|outras vagas)\s*:?$/;
// "(m/w/d)", "(f/m/x)", "(w/m/d)", "(m/f/d)", "(H/F)", "(F/H)", "(m/w/x)", "(all genders)", "(gn)".
const GENDER_NOTE = /\((?:[mwfdxhMWFDXH] ?\/ ?){1,3}[mwfdxhMWFDXH]\*?\)|\((?:all genders|gn\*?)\)/;
// "Our client, a leading lubricants MNC (3,500+ employees) ...", "Im Auftrag unseres Kunden ...", "Notre client ...".
const CLIENT_LINE =
  /^[ \t]*(?:(?:on behalf of|for) )?our client\b|^[ \t]*(?:im auftrag (?:unseres|eines) (?:kunden|mandanten)|unsere? (?:kunde|kundin|mandant)\b)|^[ \t]*(?:pour le compte de )?notre client\b|^[ \t]*(?:para )?nuestro cliente\b|^[ \t]*(?:il )?nostro cliente\b|^[ \t]*onze (?:klant|opdrachtgever)\b|^[ \t]*(?:o )?nosso cliente\b/i;
// A line short enough to be a list item or a title, not a sentence of prose.
const isShortLine = (line: string) => line.trim().length < 90 && !/[.!?]$/.test(line.trim());

/**
 * A short line of a few words, without a comma or a closing full stop, reads as a heading ("The role", "Deine
 * Aufgaben", "About Acme"). A browser gives every list item its own line, and a bullet is short and unpunctuated too
 * ("Plan trade-show marketing in Las Vegas, Houston and Chicago"): its length in words and its commas tell it apart.
 */
function isHeadingLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length < 60 && !/[.!?,;]$/.test(t) && !t.includes(', ') && t.split(/\s+/).length <= 6;
}

/**
 * A posting's text without its role's sections: each runs from a role heading to the next heading-like line. What
 * is left is the header (title, place, contract), the company's own paragraphs ("Acme is a ...", "About Acme",
 * "Wer wir sind") and the closing lines (equal-opportunity statement, registered office), without the ATS's chrome.
 */
export function postingCompanyText(text: string): string {
  const out: string[] = [];
  let inRole = false;
  let inOpenings = false;
  for (const line of postingText(text).slice(0, MAX_POSTING).split('\n')) {
    // The employer's other openings are roles too ("Senior Backend Developer (m/w/d) – Wien"): a list of short lines
    // under their heading, up to the first line of prose.
    if (inOpenings && isShortLine(line)) continue;
    inOpenings = OPENINGS_HEADING.test(foldLine(line));
    if (inOpenings) continue;
    if (isHeadingLine(line)) inRole = ROLE_HEADING.test(foldLine(line));
    // A role's title wherever it stands carries the gender note German, Austrian, Swiss and French postings must add.
    // An agency's paragraph on the client it recruits for tells the client's size and seat, not the agency's.
    if (!inRole && !GENDER_NOTE.test(line) && !CLIENT_LINE.test(line)) out.push(line);
  }
  return out.join('\n');
}

/**
 * The employer's seat a posting states: "headquartered in Cambridge, Massachusetts" in its company section (or in its
 * company's paragraphs), or an address after a seat keyword anywhere in it ("Our registered office is Unit 4, ...,
 * Daventry NN11 8YL"). The job's own place (the location row, jobLocation), trial sites, other offices and
 * customers' cities are never read as it.
 */
export function postingSeat(text: string, lang?: string, brands: string[] = []): Address | undefined {
  const company = postingCompanyText(text);
  const about = aboutSection(company);
  const phrase = about ? seatPhrase(about) : undefined;
  const address = seatAddress(postingText(text), lang) ?? legalLineAddress(postingText(text), lang, brands);
  // The seat's full address, when the posting states one in the city its company section names.
  if (phrase && address?.city?.toLowerCase() === phrase.city?.toLowerCase()) return { ...phrase, ...address };
  // A company box's seat row names the city where its address row names the postal town ("Sede: Guimarães" over
  // "4835-310 Pevidém, Guimarães"); the address still gives the country.
  const row = seatRow(company, lang);
  const boxed = row?.city ? { ...(address?.country ? { country: address.country } : {}), ...row } : undefined;
  // "Standorte: Weiz (Hauptsitz), Gleisdorf": the box's list of sites marks the seat.
  // "fundada en 2003 en Copiapó, donde mantiene su casa matriz": a Spanish or Portuguese paragraph's own seat sentence;
  // "headquartered at Plot 9, Kawempe, Entebbe, with ...": an English one's address after "at", closed by its city.
  const found =
    phrase ??
    boxed ??
    address ??
    markedSeat(company, langCode(lang ?? '')) ??
    markedHeadOffice(company, langCode(lang ?? '')) ??
    vietnameseSeat(company) ??
    indonesianSeat(company) ??
    seatPhrase(company) ??
    romanceSeat(company) ??
    seatAtAddress(company) ??
    postSovietSeat(company) ??
    provinceSeat(company);
  // "Sjedište: Industrijska ulica 14, 35000 Slavonski Brod\nBrodsko-posavska županija": the box's region beside the city.
  const region = found?.city && !found.region ? regionBesideCity(company, found.city, found.country) : undefined;
  const seat = found && region ? { ...found, region } : found;
  return seat && !found?.region && !seat.country ? { ...placeLine(text, seat.city), ...seat } : seat;
}

// The employer's legal line closing a posting: its name with a legal form, then its register entry or address
// ("Alkyon Marine Ltd · Reg. No. HE 84177 · 41 Franklin Roosevelt Avenue, 3011 Limassol, Cyprus").
const LEGAL_LINE =
  /^[ \t]*(?:©\s*(?:\d{4}\s*)?)?(\p{Lu}[^\n·|•]{1,60}?\s(?:Ltd|Limited|GmbH|AG|SE|S\.?L\.?|S\.?A\.?S?|LLC|Inc|B\.?V\.?|AB|AS|A\/S|Oy|S\.?(?:r\.?l|R\.?L)\.?|Sp\. z o\.o\.|Pty Ltd|Pvt Ltd)\.?)[ \t]*[·|•,–-][^\n]{5,200}$/gmu;

/**
 * The address on the employer's own legal line, when the line names the employer (`brands`: the ATS tenant's and the
 * site name's variants): the ATS's own legal line ("Personio SE & Co. KG, Seidlstraße 3, 80335 München") is not it.
 */
function legalLineAddress(text: string, lang: string | undefined, brands: string[]): Address | undefined {
  if (!brands.length) return undefined;
  for (const m of text.matchAll(LEGAL_LINE)) {
    if (!findBrand(m[1] ?? '', brands)) continue;
    // The address after the name: its legal form ("AG", "SA") is no country's or canton's code.
    const hit = findAddresses(m[0].slice((m[1] ?? '').length), { lang: langCode(lang ?? '') })[0];
    if (hit?.address.city) return hit.address;
  }
  return undefined;
}

const HEADER_LINES = 12;

/**
 * The region and country a posting's header writes after the seat's city ("Vancouver, BC (Hybrid)", "Austin, TX ·
 * Remote"): the job's place, which names the seat's region when it is in the seat's city.
 */
function placeLine(text: string, city: string | undefined): { region?: string; country?: string } {
  if (!city) return {};
  const key = city.toLowerCase();
  for (const line of postingText(text).split('\n').slice(0, HEADER_LINES)) {
    const [first, rest] = line.split(/,\s*/, 2);
    if (first?.trim().toLowerCase() !== key || !rest) continue;
    const part = rest.split(/\s*(?:\(|·|\||–|—|-\s|\bor\b)/)[0]?.trim() ?? '';
    const found = afterCity(part);
    if (found.region || found.country) return found;
  }
  return {};
}

// What makes a page a press release: its label (a listed company's stock exchange release, in the Nordic languages
// too), a media contact, the dateline's announcement verb.
const PRESS_MARKERS =
  /\b(?:press release|news release|media contacts?|press contacts?|media enquiries|media inquiries|today announced|announced today|pressemitteilung|presseinformation|pressekontakt|gab heute bekannt|communique de presse|contact presse|contacts presse|annonce aujourd hui|comunicado de prensa|nota de prensa|contacto de prensa|contacto para medios|anuncio hoy|comunicato stampa|contatto stampa|ha annunciato oggi|persbericht|perscontact|maakt vandaag bekend|comunicado de imprensa|anunciou hoje|stock exchange release|company announcement|borsmeddelande|pressmeddelande|porssitiedote|lehdistotiedote|pressemelding|pressemeddelelse|selskabsmeddelelse|komunikat prasowy)\b/;
// "About <Name>", "Über <Name>", "À propos de <Name>", "Acerca de <Name>", "Sobre <Name>", "Over <Name>", "Informazioni su".
const BOILERPLATE =
  /^(?:about|uber|a propos de|a propos d|acerca de|sobre|over|informazioni su|chi e) (.{2,60}?)\s*:?$/;
// "<Name> in brief", "<Name> in breve", "<Name> en bref", "<Name> auf einen Blick", "<Name> at a glance".
const BOILERPLATE_AFTER =
  /^(.{2,60}?) (?:in brief|at a glance|in breve|in sintesi|en bref|en breve|em resumo|em breve|in het kort|in kort|im uberblick|auf einen blick|kurzportrat|kurzprofil)\s*:?$/;

/**
 * A press release's boilerplate of the site's own company ("About Hollin Rail", "Hollin Rail in brief", closing the release): the issuer's
 * description, founding year and headcount. Empty unless the page reads as a press release (its label, a media
 * contact, "today announced") and one "About" heading names the site's brand (`brands`, normalized variants of the
 * domain and site name): a partner's boilerplate, or a publisher's article about another company, is not the site's.
 */
export function ownBoilerplate(text: string, brands: string[], caseStudy = false): string {
  if (!brands.length) return '';
  // A case study on the vendor's own site closes with the vendor's "About" as a release does.
  if (!caseStudy && !PRESS_MARKERS.test(foldAccents(text).replace(/['’]/g, ' '))) return '';
  return aboutSection(
    text,
    (line) => {
      const name = BOILERPLATE.exec(line)?.[1] ?? BOILERPLATE_AFTER.exec(line)?.[1];
      return !!name && !!findBrand(name, brands);
    },
    text.length,
  );
}

/** The brand the site's domain and og:site_name spell, as normalized variants. */
export function sampleBrands(sample: Pick<PageSample, 'siteName' | 'posting'>, url: string): string[] {
  // On a board's posting the domain is the board's; the sample's site name is the employer's.
  if (sample.posting) return brandVariants(sample.siteName);
  return [...brandVariants(siteLabel(url)), ...brandVariants(sample.siteName)];
}
