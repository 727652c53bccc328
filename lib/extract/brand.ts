import { foldWholeLetters } from './classify/normalize';
import { toIsoCountry } from './countries';
import { normalizeName } from './facts';
import { isPlatformDomain } from './platforms';
import { siteKey } from './site-key';

// Affixes of domain names around the brand: getacme.io, tryacme.com, acmehq.com, acme-app.io, acme-gmbh.de.
const PREFIXES = /^(get|try|use|join|go|hello|meet|with|the|my)(?=[a-z0-9]{3})/;
const SUFFIXES =
  /(?<=[a-z0-9]{3})(hq|app|apps|inc|corp|labs|group|io|ai|co|online|web|site|software|tech|global|official|gmbh|ag)$/;
// A descriptor after the brand: dentivo-lab.pl, brume-agence.fr, trilhacredito.com.br ("Dentivo", "Brume", "Trilha"). The
// trade word in the languages of the sites read; the brand before it has four letters at least.
const DESCRIPTORS =
  /(?<=[a-z0-9]{4})(lab|agency|agence|agentur|agencia|agenzia|studio|design|digital|media|consulting|solutions|systems|services|partners|energy|solar|dental|clinic|health|legal|law|finance|credit|credito|capital|payroll|insurance|logistics|freight|transport|foods|motors|bikes|homes|realty|properties|construction|robotics|security|pharma|engineering|industries|international|company|shop|store|boutique|gruppe|groupe|grupo|gruppo)$/;
const MAX_SPAN = 5;
// Words initials skip: "Bank of America" -> "boa" is not how domains are made, "Long Island University" -> "liu" is.
const MINOR = new Set(['of', 'and', 'the', 'for', 'de', 'der', 'und', '&']);

/** Normalized spellings a brand may take in a domain label or a site name. */
export function brandVariants(text: string | undefined): string[] {
  const base = text ? normalizeName(text) : '';
  if (base.length < 2) return [];
  const bare = base.replace(PREFIXES, '');
  // German domains spell umlauts out ("kuehlhaus-nord.de" for "Kühlhaus Nord"); names lose only the dots.
  const umlauts = base.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u');
  const forms = [base, bare, base.replace(SUFFIXES, ''), bare.replace(SUFFIXES, ''), umlauts];
  return [...new Set([...forms, ...forms.map((f) => f.replace(DESCRIPTORS, ''))])];
}

interface Word {
  raw: string;
  /** normalizeName of the word; normalizeName works character by character, so a span's form is the concatenation. */
  norm: string;
  /** The same without a trailing TLD-like suffix ("Finanzcheck.de" -> "finanzcheck"), for a span's last word. */
  bare: string;
  /** The initial's form, or undefined for the minor words initials skip. */
  initial: string | undefined;
}

function readWords(text: string): Word[] {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 30)
    .map((raw) => ({
      raw,
      // "Møbelverksted" is spelled "mobel" in brekkemobel.no: letters NFKD keeps whole fold as domains write them.
      norm: foldWholeLetters(normalizeName(raw)),
      bare: foldWholeLetters(normalizeName(raw.replace(/\.[a-z]{2,6}$/i, ''))),
      initial: MINOR.has(raw.toLowerCase()) ? undefined : normalizeName(raw[0] ?? ''),
    }));
}

/** The span's spellings: its words run together, the same without a trailing TLD, its major words' initials. */
function spanForms(words: Word[]): string[] {
  let joined = '';
  for (let i = 0; i < words.length - 1; i++) joined += words[i]?.norm ?? '';
  const last = words[words.length - 1];
  const forms = [joined + (last?.norm ?? ''), joined + (last?.bare ?? '')];
  const initials = words.filter((w) => w.initial !== undefined);
  if (initials.length >= 2) forms.push(initials.map((w) => w.initial).join(''));
  return forms;
}

/**
 * The longest run of words in `text` that spells one of `targets` (normalized brand variants): "Careers at Acme"
 * -> "Acme", "Brooklyn | Long Island University" -> "Long Island University" for `liu`, "Finanzcheck.de" for
 * `finanzcheck`. Leading and trailing symbols (`®`, `|`, `::`) are trimmed from the result. Each word is normalized
 * once, not once per span it is part of.
 */
export function findBrand(text: string, targets: string[]): string | undefined {
  if (!targets.length) return undefined;
  const words = readWords(text);
  let best: string | undefined;
  for (let start = 0; start < words.length; start++) {
    for (let len = Math.min(MAX_SPAN, words.length - start); len >= 1; len--) {
      const span = words.slice(start, start + len);
      if (!spanForms(span).some((form) => form.length >= 2 && targets.includes(form))) continue;
      const clean = span
        .map((w) => w.raw)
        .join(' ')
        .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.!+)]+$/gu, '')
        .replace(/[.]$/, '');
      if (clean && (!best || clean.length > best.length)) best = clean;
    }
  }
  return best;
}

// "&" and "+" as domains spell them out: "tussockandthread" for "Tussock & Thread", "marcheetfils" for "Marché & Fils".
const AMPERSAND = ['and', 'und', 'et', 'y', 'e', 'en', 'n', ''];
const MAX_SKIPPED = 2;

/**
 * Whether `target` is the run of `words`' spellings, first and last word used, at most MAX_SKIPPED inner ones left out.
 * The last word may be clipped to its first three letters or more where the domain ends ("Kessler Fox Valley
 * Fabrication" at kesslerfab.com), as domains shorten a trade word.
 */
function spellsWithGaps(words: Word[], target: string): boolean {
  const last = words.length - 1;
  const step = (i: number, pos: number, skipped: number): boolean => {
    if (i > last) return pos === target.length;
    const w = words[i] as Word;
    const rest = target.length - pos;
    const clipped = i === last && i > 0 && rest >= 3 && rest < w.norm.length ? [w.norm.slice(0, rest)] : [];
    const forms = w.raw === '&' || w.raw === '+' ? AMPERSAND : i === last ? [w.norm, w.bare, ...clipped] : [w.norm];
    for (const form of forms) {
      if (form && target.startsWith(form, pos) && step(i + 1, pos + form.length, skipped)) return true;
      if (!form && step(i + 1, pos, skipped)) return true;
    }
    return i > 0 && i < last && skipped < MAX_SKIPPED && step(i + 1, pos, skipped + 1);
  };
  return step(0, 0, 0);
}

/**
 * A name whose domain spells some of its words in order: "Escola de Línguas Atlântico" at escolaatlantico.pt,
 * "Lefèvre & Associés Avocats" at lefevre-avocats.fr, "Tussock & Thread" at tussockandthread.co.nz. The whole run
 * from the first spelled word to the last is the name; its words must be a name's (capitalised, no site part) but
 * for the minor words between. For a field that holds a name (og:site_name), where findBrand found no run.
 */
export function findBrandWithGaps(text: string, targets: string[]): string | undefined {
  const words = readWords(text);
  for (let start = 0; start < words.length; start++) {
    for (let len = Math.min(MAX_SPAN + MAX_SKIPPED, words.length - start); len >= 2; len--) {
      const span = words.slice(start, start + len);
      if (!targets.some((t) => t.length >= 4 && spellsWithGaps(span, t))) continue;
      const raw = span.map((w) => w.raw);
      if (
        !raw.every(
          (w) =>
            nameWord(w) ||
            MINOR.has(w.toLowerCase()) ||
            /^(?:&|\+|d[eu]s?|la|le|les|del?|da|do|di|van|von|y|e|i)$/i.test(w),
        )
      )
        continue;
      return raw.join(' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.!+)]+$/gu, '');
    }
  }
  return undefined;
}

// Words that name a part of a site, a page or a place rather than the company ("Docker Documentation", "Acme Blog",
// "Über Acme", "Boutique Acme"), in the seven languages the text rules read.
const SECTION_WORD = new RegExp(
  `^(?:${[
    'docs?|documentation|api|sdk|blog|news|newsroom|press|help|support|center|centre|community|developers?|academy|status',
    'shop|store|online|official|site|website|home|homepage|about|contact|careers?|jobs|pricing|login|app|portal',
    'startseite|aktuelles|karriere|karriereseite|karriereportal|jobportal|stellenangebote|über|kontakt|hilfe|magazin',
    'accueil|boutique|emplois|carrières|tarifs|aide',
    'inicio|tienda|empleo|precios|ayuda|sobre|chi|negozio|lavora|prezzi|winkel|vacatures|prijzen|loja|carreiras',
  ].join('|')})$`,
  'iu',
);

/**
 * A word a company's own name may carry beside its brand: capitalised, no digits, no site part, no country name (two
 * capitals are a legal form or a trade, "AG", "IT").
 */
function nameWord(word: string): boolean {
  const bare = word.replace(/[.,:;!?]+$/, '');
  return (
    /^\p{Lu}/u.test(bare) && !/\d/.test(bare) && !SECTION_WORD.test(bare) && !(bare.length > 2 && toIsoCountry(bare))
  );
}

/**
 * The whole name a brand stands in, when the text is short and its other words are name words: "Riverbend Food
 * Network" for `riverbendfood`, "Harbourline IT" for `harbourline`, "Metalúrgica Serra Azul" for `serraazul`, but
 * "Docker" out of "Docker Documentation" and "Acme" out of "Welcome to Acme".
 */
const NAME_JOIN = /^(?:de|la|do|da|dos|das|di|del|della|du|des|van|von|der)$/;

export function widenBrand(text: string, brand: string): string {
  const at = text.indexOf(brand);
  if (at < 0) return brand;
  const before = text.slice(0, at).trim().split(/\s+/).filter(Boolean);
  const after = text
    .slice(at + brand.length)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  // "About Tybee Freight Partners", "Salzach Bikes GmbH Karriereseite": the page's word before or after the name is
  // the page's, not the name's.
  while (before.length && SECTION_WORD.test(before[0] ?? '')) before.shift();
  while (after.length && SECTION_WORD.test(after[after.length - 1] ?? '')) after.pop();
  // "Navdeep Brass Industries Pvt. Ltd.", "Ziwa Fresh Fish Processors Ltd": the legal form that closes the name is
  // no word the name adds.
  const form =
    CLOSING_FORM.exec(` ${after.join(' ')}`)?.[0]
      .trim()
      .split(/\s+/).length ?? 0;
  // "Hakuun Hotels & Resorts", "Granitos Veiga do Louro": an ampersand or a name's join ("do", "de la", "di") between
  // name words joins them, and is no word of its own.
  const joins = (words: string[], i: number) =>
    (words[i] === '&' || NAME_JOIN.test(words[i] ?? '')) && i > 0 && i < words.length - 1;
  const words = (list: string[]) => list.filter((w, i, all) => w !== brand && !joins(all, i));
  const extra = words([...before, brand, ...after]);
  const named = words([...before, brand, ...after.slice(0, after.length - form)]);
  if (!extra.length || named.length > 2 || !named.every(nameWord)) return brand;
  return [...before, brand, ...after].join(' ').replace(/[^\p{L}\p{N}.!+)]+$/u, '');
}

// A domain written out in text or a link: "acme.io", "www.acme.co.uk/teams", "support@acme.de".
const DOMAIN_IN_TEXT = /(?<![\p{L}\p{N}.-])(?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,12}(?![\p{L}\p{N}-])/giu;
const MAX_DOMAIN_HITS = 200;

/**
 * The first site named in `text` (as a host, a URL or an e-mail domain) whose name spells one of `targets`: "Check
 * out usemotion.com/teams" for Motion, "support@foundries.io" for the tenant `foundriesio`. Both the label alone
 * (`usemotion` -> `motion`) and the label with its suffix (`foundries.io` -> `foundriesio`) may spell the brand.
 */
export function brandDomainIn(text: string, targets: string[]): string | undefined {
  if (!targets.length) return undefined;
  let n = 0;
  for (const m of text.matchAll(DOMAIN_IN_TEXT)) {
    if (++n > MAX_DOMAIN_HITS) break;
    const site = siteKey(m[0].toLowerCase());
    const label = site?.split('.')[0];
    if (!site || !label || isPlatformDomain(site)) continue;
    const forms = [...brandVariants(label), normalizeName(site)];
    if (forms.some((form) => form.length >= 3 && targets.includes(form))) return site;
  }
  return undefined;
}

// Legal forms that close a name and are not part of an abbreviation ("Selangor Precision Moulds Sdn. Bhd.").
const CLOSING_FORM =
  /(?:\s+(?:sdn\.?\s*bhd\.?|bhd\.?|pte\.?\s*ltd\.?|\(?pty\.?\)?\s*ltd\.?|\(?pvt\.?\)?\s*ltd\.?|\(?private\)?\s*limited|ltd\.?|limited|inc\.?|llc|l\.?l\.?p\.?|pllc|plc|p\.c\.|gmbh|kg|sas|sarl|s\.?\s?[àa]\.?\s?r\.?\s?l\.?|s\.?p\.?a\.?|ag|s\.?a\.?|s\.?l\.?|s\.?r\.?l\.?|b\.?v\.?|n\.?v\.?|oy|ab|a\/s|as|co\.?))+\s*$/i;

/**
 * A domain label that abbreviates a name: the first words' initials, then the rest spelled ("Selangor Precision
 * Moulds" -> spmoulds, spm), or the first words spelled, then the rest's initials ("Alzette Fund Partners" ->
 * alzettefp), as companies shorten long names for their domain.
 */
export function abbreviates(name: string, label: string | undefined): boolean {
  if (!label || label.length < 3) return false;
  // "kh-arkitekter.dk" for "Kjærsgaard & Holm Arkitekter": the label's hyphens part nothing a name's words spell.
  const bare = label.replace(/-/g, '');
  const words = name
    .replace(CLOSING_FORM, '')
    .replace(/æ/gi, 'ae')
    .replace(/ø/gi, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length < 2) return false;
  for (let k = 2; k <= words.length; k++) {
    const initials = words
      .slice(0, k)
      .map((w) => w[0])
      .join('');
    if (initials + words.slice(k).join('') === bare) return true;
    // The other way round: "alzettefp.lu" for "Alzette Fund Partners", the first words spelled, the rest's initials.
    const spelled = words.slice(0, words.length - k + 1).join('');
    const tail = words
      .slice(words.length - k + 1)
      .map((w) => w[0])
      .join('');
    if (spelled.length >= 4 && tail.length >= 2 && spelled + tail === bare) return true;
  }
  return false;
}

const MAX_BRAND_LINES = 400;
const MIN_BRAND_MENTIONS = 3;

/**
 * The brand a domain spells (`targets`), as the page writes it when it writes it the same way, capitalised, on three
 * lines or more ("Audiense" in "Why Audiense", "Audiense Status", "Audiense uses cookies"): a site names itself in its
 * navigation and notices. A name spelled once may be anyone's mention.
 */
export function brandInText(text: string, targets: string[]): string | undefined {
  if (!targets.length) return undefined;
  const counts = new Map<string, number>();
  for (const line of text.split('\n', MAX_BRAND_LINES)) {
    const brand = findBrand(line, targets);
    if (brand && /^[\p{Lu}\d]/u.test(brand)) counts.set(brand, (counts.get(brand) ?? 0) + 1);
  }
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= MIN_BRAND_MENTIONS ? best[0] : undefined;
}
