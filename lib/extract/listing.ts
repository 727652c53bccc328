import { brandDomainIn, brandVariants, findBrand } from './brand';
import { isAtsUrl } from './job-hosts';
import { isAboutPart } from './own-page';
import { siteKey } from './site-key';

// A legal form closing a name: "Vandermolen Verpakkingen B.V.", "Kranwerk Elbtal GmbH", "Tessaro S.r.l.".
export const LEGAL_FORM =
  /\s(?:GmbH(?:\s*&\s*Co\.\s*KG)?|AG|SE|KG|e\.\s?V\.|B\.\s?V\.|BV|N\.\s?V\.|NV|S\.A\.S\.|SAS|SARL|SA|S\.A\.|S\.L\.U?\.|SLU?|S\.r\.l\.|SRL|S\.p\.A\.|SpA|Ltd\.?|Limited|LLC|Inc\.?|plc|Oy|AB|A\/S|ApS|AS|Sp\.\s?z\s?o\.\s?o\.|s\.r\.o\.|d\.o\.o\.|d\.d\.|Lda\.?|Ltda\.?|Kft\.?|Pvt\.?\s+Ltd\.?|S\.C\.|A\.Ş\.)$/i;
// A legal form opening a name, as Indonesia writes it ("PT Sinar Laut Abadi", "CV Karya Mandiri"): the domain spells
// the words after it.
const LEADING_FORM = /^(?:PT|CV)\.?\s+(?=\p{Lu})/u;
const MAX_HEADING = 100;

// A profile's fact labels, alone on a line or before a colon: "Website", "Founded", "Headquarters", "Team size",
// "Funding stage" (startup directories, marketplaces), in the languages the text rules know.
const FACT_LABELS: Array<[fact: string, label: RegExp]> = [
  [
    'website',
    /^(?:website|web ?site|company website|site web|site internet|webseite|sitio web|p[áa]gina web|sito web|homepage|url|ホームページ|ウェブサイト)$/,
  ],
  [
    'founded',
    /^(?:founded|founded date|year founded|founding year|founding date|launch date|date founded|opgericht|gr[üu]ndungsdatum|date de cr[ée]ation|gegr[üu]ndet|gr[üu]ndungsjahr|fond[ée]e?|cr[ée]ation|ann[ée]e de cr[ée]ation|fundad[ao]|a[ñn]o de fundaci[óo]n|fondata|anno di fondazione|fundaci[óo]n|funda[çc][ãa]o|fondazione|gr[üu]ndung|oprichting|established|設立|創業|創立)$/,
  ],
  [
    'location',
    /^(?:location|headquarters|headquarters location|hq|hq location|based in|city|hoofdkantoor|standort|hauptsitz|sitz|si[èe]ge|localisation|ville|sede|ubicaci[óo]n|ciudad|所在地|本社|本社所在地)$/,
  ],
  [
    'size',
    /^(?:team size|company size|employees|number of employees|aantal medewerkers|headcount|size|teamgr[öo](?:ß|ss)e|mitarbeiter(?:zahl)?|unternehmensgr[öo](?:ß|ss)e|effectifs?|taille|taille de l['’][ée]quipe|empleados|tama[ñn]o|tama[ñn]o del equipo|dipendenti|従業員数|社員数)$/,
  ],
  [
    'stage',
    /^(?:stage|funding stage|last funding type|funding|phase|finanzierungsphase|stade|[ée]tape|stade de financement|etapa|fase)$/,
  ],
  ['industry', /^(?:industry|industries|sector|markets?|branche|secteur|industria|sector|業種)$/],
];
const MIN_FACTS = 3;
// Path parts of a company's own pages about its customers: case studies, references, success stories.
const STORY_PART =
  /^(?:customers?|customer-stories|case-stud(?:y|ies)|success-stories|stories|clients?|testimonials|references|referenzen|kunden|kundenprojekte|erfolgsgeschichten|cas-clients?|references-clients|temoignages|casos(?:-de-exito)?|clientes|referencias|casi-di-successo|klantverhalen|referenties|work|our-work|projects|portfolio|cases|projekte|projets|proyectos|progetti|projecten)$/;
const MAX_FACT_LINES = 400;

/** The path (its parts) files the page under the company's customers: a case study, a reference, a success story. */
export function isCustomerStory(parts: readonly string[]): boolean {
  return parts.some((p) => STORY_PART.test(p.toLowerCase()));
}

/**
 * `text` without its profile fact rows (a label line or cell and its value: "Company size" over "120 employees"). On
 * a company's case study such a block states its customer's facts, not the company's.
 */
export function withoutFactRows(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim().toLowerCase();
    const label = line.split(/\s*:\s*|\t/)[0]?.trim() ?? '';
    if (line.length <= 80 && FACT_LABELS.some(([, pattern]) => pattern.test(label))) {
      // A label alone on its line labels the next line; "Label: value" or "Label<tab>value" is the row itself.
      if (label === line) i++;
      continue;
    }
    out.push(lines[i] ?? '');
  }
  return out.join('\n');
}

/**
 * The distinct profile facts the text labels: a line that is a fact's label, or starts with one and a colon, or is a
 * table row whose first cell is one (a browser puts a tab between cells: "Website\tkratt.ee").
 */
export function profileFacts(text: string): Set<string> {
  const found = new Set<string>();
  for (const raw of text.split('\n').slice(0, MAX_FACT_LINES)) {
    const line = raw.trim().toLowerCase();
    if (!line || line.length > 80) continue;
    const labels = [line.split(/\s*:\s*|\t/)[0]?.trim() ?? '', ...spacedLabels(line), ...gluedLabel(raw.trim())];
    for (const [fact, pattern] of FACT_LABELS) if (labels.some((label) => pattern.test(label))) found.add(fact);
  }
  return found;
}

// Where a label runs into its value with nothing between ("Founded2009", "HQAlbuquerque", "Funding TypePrivate"), as
// a row of two spans reads without the site's stylesheet: a small letter before a capital or a digit, or a capital
// before a capitalized word.
const GLUED_LABEL = /^(\p{L}[\p{L} ]{1,30}?)(?:(?<=\p{Ll})(?=[\p{Lu}\d])|(?<=\p{Lu})(?=\p{Lu}\p{Ll}))/u;

/** The label a row's value runs into, lower-cased, when the line is such a row. */
function gluedLabel(line: string): string[] {
  const label = GLUED_LABEL.exec(line)?.[1];
  return label ? [label.toLowerCase()] : [];
}

/**
 * A row whose label and value a space alone parts ("Headquarters Location Leipzig, Sachsen, Germany", "Website
 * www.voltreuse.de", as a profile's flex rows read): its first two or three words on a line of up to eight, its first
 * word alone on a line of up to four (a sentence opening with "Website" is no row).
 */
function spacedLabels(line: string): string[] {
  const words = line.split(' ');
  if (words.length < 2 || words.length > 8) return [];
  return [1, 2, 3]
    .filter((n) => n < words.length && (n > 1 || words.length <= 4))
    .map((n) => words.slice(0, n).join(' '));
}

/**
 * A directory's company page: a trade directory's (Kompass-like), whose first heading is another company's name with
 * its legal form, or a startup directory's or marketplace's profile, whose first heading is the subject's name under a
 * block of facts (Website, Founded, Location, Team size, Stage: at least MIN_FACTS of them, the website among them, or
 * one more where the website is an unlabelled link, one fewer where a section tells of a product's maker). Either way
 * no spelling of the site's own brand heads it, and it links out to a domain that spells that name (the company's
 * website button), or, for a name surely a company's, writes its website in a row; never the page's own site. There
 * the site's own Organization JSON-LD, title, domain and careers link are the directory's, and the listed company is
 * the page's subject. Never on the site's home or about page, where a legal name heading is the site's own company.
 * Returns the listed company's name and its domain.
 */
export function listedCompany(
  headings: string,
  url: string,
  siteNames: Array<string | undefined>,
  hrefs: readonly string[],
  text = '',
): { name: string; domain: string; legal: boolean } | undefined {
  let parts: string[];
  try {
    parts = new URL(url).pathname.split('/').filter(Boolean);
  } catch {
    return undefined;
  }
  // A listing sits below the directory's home; the site's own about page names its own company.
  if (!parts.length || isAboutPart(parts.at(-1))) return undefined;
  const first = (headings.split('\n')[0] ?? '').replace(/\s+/g, ' ').trim();
  if (first.length < 3 || first.length > MAX_HEADING) return undefined;
  // A marketplace's or review site's product page tells of the product's maker in a section of its own.
  const section = sectionMaker(text);
  if (!LEGAL_FORM.test(first) && !OWN_SCRIPT_FORM.test(first)) {
    // A company's case study shows its customer's facts (Website, Industry, Location, Company size) the same way.
    if (isCustomerStory(parts)) return undefined;
    const facts = profileFacts(text);
    // The website may be a bare link under the name, unlabelled ("arevtek.am"): then one fact more. The maker's
    // section stands for one.
    if (facts.size < (facts.has('website') ? MIN_FACTS : MIN_FACTS + 1) - (section ? 1 : 0)) return undefined;
  }
  const siteBrands = siteNames.flatMap((n) => brandVariants(n));
  if (findBrand(first, siteBrands)) return undefined;
  // A product's page names its maker in a row ("Seller\tBrightfold" under "Brightfold CLM"), or in its section: the
  // maker is the company, unless the section tells of the site's own company.
  const maker = makerOf(text, first) ?? section;
  if (maker && findBrand(maker, siteBrands)) return undefined;
  const name = maker ?? first;
  const own = siteKey(url);
  // The website, linked; or written in its row ("Site web\twww.quartoplan.fr", "URL\thttps://...") when the name is
  // surely a company's, by its legal form or its section: a product's or a job's heading may be followed by the
  // website row of someone else's box.
  const surely = LEGAL_FORM.test(name) || OWN_SCRIPT_FORM.test(name) || (!!section && name === section);
  const domain = linkedDomainOf(hrefs, name) ?? (surely ? writtenSiteOf(text, name, own) : undefined);
  return domain && domain !== own ? { name, domain, legal: LEGAL_FORM.test(name) } : undefined;
}

// Japanese legal forms, written before or after the name: "株式会社ミナセ精工", "ミナセ精工株式会社".
const OWN_SCRIPT_FORM = /^(?:株式会社|有限会社|合同会社)|(?:株式会社|有限会社|合同会社)$/;

// A product page's section about its maker, headed in the languages of the marketplaces and review sites read.
const MAKER_HEADING =
  /^(?:about the (?:partner|vendor|developer|publisher|seller|provider|company)|the (?:developer|vendor|publisher|provider)|(?:l['’])?[ée]diteur|le d[ée]veloppeur|(?:lo |il )?(?:sviluppatore|fornitore)|(?:der |über den )?(?:anbieter|hersteller|entwickler)|(?:el |sobre el )?(?:desarrollador|proveedor|fabricante)|(?:de )?(?:ontwikkelaar|leverancier|aanbieder)|(?:o |sobre o )?(?:desenvolvedor|fornecedor)|producent|dostawca|開発元|提供元|販売元)$/i;
// The row under it that names the maker: "Société\tQuartobase SAS", "Company: Kodelis".
const NAME_ROW =
  /^(?:soci[ée]t[ée]|company|company name|name|firma|unternehmen|empresa|societ[àa]|ragione sociale|raz[ãa]o social|bedrijf|nazwa(?: firmy)?|会社名)\s*(?::\s*|\t)(.{2,60})$/i;
const MAKER_WORDS = 6;

/** The maker a product page's maker section names on its first line: a name alone, or a company-name row. */
function sectionMaker(text: string): string | undefined {
  const lines = text.slice(0, 30_000).split('\n');
  const at = lines.findIndex((line) => MAKER_HEADING.test(line.trim()));
  const next = at >= 0 ? lines[at + 1]?.trim() : undefined;
  if (!next) return undefined;
  const row = NAME_ROW.exec(next)?.[1]?.trim();
  if (row) return row;
  // A name is a few words without digits, and no sentence unless its legal form's dot ends it ("Dataforma S.r.l.").
  const short = next.length <= 60 && next.split(/\s+/).length <= MAKER_WORDS && !/[\d\t]/.test(next);
  return short && (LEGAL_FORM.test(next) || !/[.!?:]$/.test(next)) ? next : undefined;
}

/**
 * The linked domain that spells a company's name: whole, its first word alone (a startup's: "Grainline Carbon" at
 * grainline.earth), its leading words or its first and last words, or its last word cut short ("vandijk-kunststof.nl"). A directory's or a board's website button.
 */
export function linkedDomainOf(hrefs: readonly string[], full: string): string | undefined {
  const name = full.replace(LEADING_FORM, '');
  const variants = brandVariants(name.replace(LEGAL_FORM, ''));
  // A family firm's domain leaves its "& Sons" out ("Fiação Oliveira & Filhos" at fiacaooliveira.pt).
  const family = name.replace(FAMILY, '');
  if (family !== name) variants.push(...brandVariants(family));
  // A long name's first and last words ("aislamientossegura.es" for "Aislamientos Térmicos del Segura SL").
  const words = name.replace(LEGAL_FORM, '').split(/\s+/);
  if (words.length >= 3) variants.push(...brandVariants(`${words[0]} ${words.at(-1)}`));
  // Or its leading words, two or more ("capricornplant.com.au" for "Capricorn Plant Hire", "dakotaranchhome.com" for
  // "Dakota Ranch & Home Supply").
  for (let n = 2; n < words.length && n <= MAX_LEADING_WORDS; n++)
    variants.push(...brandVariants(words.slice(0, n).join(' ')));
  const word = name.split(/\s+/)[0] ?? '';
  if (!LEGAL_FORM.test(name) && word.length >= 4 && word !== name) variants.push(...brandVariants(word));
  return brandDomainIn(hrefs.slice(0, 400).join(' '), variants) ?? cutShortDomain(hrefs, name);
}

// A website row in a company box, in the languages of the boards read: "Website: carpatica-auto.ro",
// "Webbplats\tvmjarn.se", "Web: www.fvallemedio.com.ar", "Web Sitesi\ncardakhavlu.com.tr".
const WEBSITE_ROW =
  /^[ \t]*(?:website|web ?site|web|www|homepage|url|ホームページ|company website|site web|site internet|site|webseite|internetseite|sitio web|p[áa]gina web|sito web|sito|webbplats|hemsida|nettside|hjemmeside|verkkosivu[ts]?|kotisivu[ts]?|web sitesi|internet sitesi|webov[áa] str[áa]nka|strona www|strona internetowa|weboldal|honlap|site-?ul|pagina (?:de )?web|(?:公司|企業|企业)?(?:網址|网址|官網|官网|網站|网站)|(?:회사 )?홈페이지|เว็บไซต์|trang web|situs(?: web)?)[ \t]*(?::[ \t]*|\t[ \t]*|\n[ \t]*)((?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+)\/?[ \t]*$/gimu;
const BOX = 1_500;
const MAX_OCCURRENCES = 5;

/**
 * The site a company box's website row gives, after the company's name (a board's employer box: "Västmanlands
 * Järnhandel AB ... Webbplats vmjarn.se"), where the domain spells no name linkedDomainOf would know. Not the page's
 * own site (`own`).
 */
export function writtenSiteOf(text: string, name: string, own: string | undefined): string | undefined {
  return firstSiteAfter(text, name, own, WEBSITE_ROW, (m) => siteKey(m[1]?.replace(/^https?:\/\//i, '')));
}

/**
 * The first site `pattern` finds in the box of text after one of the name's first occurrences, other than the page's
 * own: a company's rows and its own words about itself follow its name, not another company's.
 */
function firstSiteAfter(
  text: string,
  name: string,
  own: string | undefined,
  pattern: RegExp,
  siteOf: (m: RegExpMatchArray) => string | undefined,
): string | undefined {
  let at = text.indexOf(name);
  for (let n = 0; at >= 0 && n < MAX_OCCURRENCES; n++, at = text.indexOf(name, at + name.length)) {
    for (const m of text.slice(at + name.length, at + name.length + BOX).matchAll(pattern)) {
      const site = siteOf(m);
      if (site && site !== own) return site;
    }
  }
  return undefined;
}

// A site written out in running text ("Läs mer på www.lagadal.se", "Mehr unter www.federn-kaiser.de").
const WRITTEN_WWW = /\bwww\.([a-z0-9-]+)((?:\.[a-z0-9-]+)+)/gi;
const MIN_FIRST_WORD = 5;

/**
 * The site an employer's own words write out after its name ("Lagadal Ytbehandling AB ... Läs mer på
 * www.lagadal.se"), when its label is the name's first word or the beginnings of its words ("www.metalantua.pt" for
 * "Metalomecânica Antuã"): a registered name's first word alone may be anyone's ("Nordic Steel AB"), but not one its
 * own description writes with "www." after naming itself.
 */
export function writtenShortenedSite(text: string, name: string, own: string | undefined): string | undefined {
  const words = plainWords(name.replace(LEGAL_FORM, ''));
  const first = words[0] ?? '';
  return firstSiteAfter(text, name, own, WRITTEN_WWW, (m) => {
    const label = m[1]?.toLowerCase().replace(/-/g, '') ?? '';
    // Or of its leading words, a trade noun after them left out ("pineywoodsmech" for "Piney Woods Mechanical
    // Contractors").
    const spelled =
      (label === first && first.length >= MIN_FIRST_WORD) ||
      words.some((_, n) => n >= 1 && beginningsSpell(words.slice(0, n + 1), label));
    return spelled ? siteKey(`${m[1]}${m[2]}`.toLowerCase()) : undefined;
  });
}

// Words a shortened name leaves out ("Transportes de Lisboa" -> translisboa).
const JOINING = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'di', 'e', 'y', 'et', 'and', 'und', 'of', 'the']);
const MIN_BEGINNING = 3;
const MAX_SHORTENED_WORDS = 5;

/** A name's words folded to plain letters and digits: "Metalomecânica Antuã," -> metalomecanica, antua. */
function plainWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !JOINING.has(w));
}

/**
 * A label made of the beginnings of all of a name's words, in order, three letters or more each (or the whole of a
 * shorter word): "metalantua" for "Metalomecânica Antuã", "transrodsilva" for "Transportes Rodoviários Silva".
 */
function beginningsSpell(words: string[], label: string): boolean {
  if (words.length < 2 || words.length > MAX_SHORTENED_WORDS || label.length < 2 * MIN_BEGINNING) return false;
  const fits = (i: number, at: number): boolean => {
    const word = words[i];
    if (word === undefined) return at === label.length;
    for (let n = Math.min(word.length, label.length - at); n >= Math.min(MIN_BEGINNING, word.length); n--)
      if (label.startsWith(word.slice(0, n), at) && fits(i + 1, at + n)) return true;
    return false;
  };
  return fits(0, 0);
}

const MAX_LEADING_WORDS = 6;

const FAMILY = /,?\s+(?:&|and|und|e|y|et)\s+(?:filhos|sons|s[öo]hne|fils|hijos|figli|zonen)\b.*$/iu;

const MAKER_ROW =
  /^[ \t]*(?:seller|vendor|developer|provider|company name|made by|anbieter|hersteller|[ée]diteur|fournisseur|proveedor|fabricante|fornitore)[ \t]*(?::[ \t]*|\t[ \t]*|\n[ \t]*)(\S[^\t\n]{1,60}?)[ \t]*$/imu;

/** The maker a product page's row names, when the heading is the maker's name and a product's word after it. */
function makerOf(text: string, heading: string): string | undefined {
  const maker = MAKER_ROW.exec(text.slice(0, 20_000))?.[1]?.trim();
  return maker && heading.toLowerCase().startsWith(`${maker.toLowerCase()} `) ? maker : undefined;
}

const MIN_CUT_LABEL = 8;

/**
 * A linked domain that spells the name with its last word cut short ("vandijk-kunststof.nl" for "Van Dijk
 * Kunststoftechniek B.V."): every word but the last whole, and the last one begun.
 */
function cutShortDomain(hrefs: readonly string[], name: string): string | undefined {
  const words = name.replace(LEGAL_FORM, '').split(/\s+/);
  const joined = brandVariants(words.join(' '))[0] ?? '';
  const last = brandVariants(words.at(-1))[0] ?? '';
  if (words.length < 2 || !last) return undefined;
  for (const href of hrefs.slice(0, 400)) {
    const site = siteKey(href);
    const label = site?.split('.')[0]?.replace(/-/g, '') ?? '';
    if (site && label.length >= MIN_CUT_LABEL && label.length > joined.length - last.length && joined.startsWith(label))
      return site;
  }
  return undefined;
}

const LISTING_TEXT = 3_000;

/**
 * The listed company's part of a directory page's text: from its name's first heading on, a few thousand characters.
 * The directory's own footer (its address, copyright line, "we are hiring") is left out of what the text rules read.
 */
export function listingText(text: string, name: string, siteBrands: string[] = []): string {
  const at = Math.max(0, text.indexOf(name));
  const part = text.slice(at, at + LISTING_TEXT);
  if (!siteBrands.length) return part;
  // The directory's own footer starts at the first later line that names the directory ("Nordbase ApS · ..."), after
  // the profile's first fact row: a badge under the name names it too ("Shopwell Plus Partner").
  const lines = part.split('\n');
  const facts = lines.findIndex((line) => profileFacts(line).size > 0);
  const end = lines.findIndex((line, i) => i > Math.max(0, facts) && !!findBrand(line.slice(0, 200), siteBrands));
  return end > 0 ? lines.slice(0, end).join('\n') : part;
}

const JOB_PATH =
  /\/(?:jobs?|careers?|stellen(?:angebote)?|emplois?|offres?|empleos?|ofertas|vacatures|lavora-con-noi)(?:\/|-|$)/i;
const MAX_JOB_LINKS = 50;
const POSTING_NUMBER = /\/(?:jobs?|careers?|positions?|openings?)\/\d{3,}(?:[-/]|$)/;
const MIN_NUMBERED = 2;

/**
 * The listed company's openings a directory's profile links: links to an ATS, or to a jobs path that spells the
 * company's name ("/jobs/grainline-carbon-soil-scientist"), else several postings by number; the directory's own
 * "Work at Nordbase" spells the directory's. The first as the careers link, with their count.
 */
export function listedOpenings(
  hrefs: readonly string[],
  pageUrl: string,
  name: string,
): { careersUrl: string; openRoles: number } | undefined {
  const brands = brandVariants(name).filter((b) => b.length >= 4);
  const found = new Set<string>();
  // Postings by their number ("/jobs/3188201-senior-backend-engineer"): the profile's own list, when it links several.
  const numbered = new Set<string>();
  for (const href of hrefs.slice(0, 400)) {
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol)) continue;
    const path = url.pathname.toLowerCase();
    const spelled = brands.some((b) => path.replace(/[^a-z0-9]/g, '').includes(b));
    if (isAtsUrl(url) || (JOB_PATH.test(path) && spelled)) found.add(url.href);
    else if (POSTING_NUMBER.test(path)) numbered.add(url.href);
    if (found.size >= MAX_JOB_LINKS) break;
  }
  if (!found.size && numbered.size >= MIN_NUMBERED)
    for (const href of [...numbered].slice(0, MAX_JOB_LINKS)) found.add(href);
  const [first] = found;
  return first ? { careersUrl: first, openRoles: found.size } : undefined;
}
