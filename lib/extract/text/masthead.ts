import { findBrand } from '../brand';
import { foundedYear } from './founded';

// A news page tells its subject's story ("Fjordpay, founded in 2019"): the publisher's founding year is read only where
// the publisher speaks of itself, in its masthead and its footer.

const TAIL_CHARS = 800;
const TAGLINE_SINCE = /\b(?:since|seit|depuis|desde|sinds|dal|sejak|sedan|siden)\s+(?:18|19|20)\d\d\b/i;
const TAGLINE_CHARS = 120;
// What a publisher calls itself or its work, in the languages of the pages read (a German compound ends in -zeitung,
// -zeitschrift, -magazin or -blatt: "Fachzeitschrift", "Wochenblatt").
const MASTHEAD_WORDS =
  /\b(?:news|journalism|reporting|covering|serving|magazine|newspaper|daily|weekly|nachrichten|\p{L}*zeitung|\p{L}*zeitschrift|\p{L}*magazin|\p{L}*blatt|nouvelles|actualit[ée]s|quotidien|hebdomadaire|noticias|peri[óo]dico|diario|revista|jornal|notizie|quotidiano|giornale|rivista|nieuws|vakblad|dagblad|krant|tidning|dziennik|gazet\p{L}*|haber|harian|majalah)(?!\p{L})/iu;

const PUBLISHED_BY =
  /(?<!\p{L})(?:published by|publishing company|[ée]dit[ée]e? par|publi[ée]e? par|editad[oa] por|publicad[oa] por|herausgegeben von|uitgegeven door|edit[oa] da|제호|창간일|창간)(?!\p{L})|創刊|创刊/iu;
const FOUNDED_WORD =
  /(?<!\p{L})(?:founded|established|fond[ée]e?|cr[ée]{2}e?|fundad[oa]|gegr[üu]ndet|opgericht|fondat[oa]|창간일|창간)(?!\p{L})|創刊|创刊/iu;

// The first issue dates a publisher: Japanese and Chinese 創刊 ("創刊1979年", "1979年4月創刊"), which a paper's footer
// prints beside its legal name and address (Korean 창간 is read by ./founded.ts).
const FIRST_ISSUE =
  /(?:創刊|创刊)\s*[:：]?\s*((?:18|19|20)\d\d)\s*年|(?<!\d)((?:18|19|20)\d\d)\s*年\s*(?:\d{1,2}\s*月\s*)?(?:創刊|创刊)/u;
// "Is published since": Greek "Εκδίδεται από το 2012", "Κυκλοφορεί από το 1998" (Greek has no \b, and its bare "από
// το" dates anything, a manager's tenure too: only after the verb of publishing).
const ISSUED_SINCE =
  /(?<!\p{L})(?:εκδίδεται|κυκλοφορεί|κυκλοφορούμε)\s+(?:από|απο)\s+(?:το\s+)?((?:18|19|20)\d\d)(?!\d)/iu;

/** A founding year in a part of the publisher's own line: the general founding phrases, or a publisher's own. */
function publisherYear(part: string, now: number): number | undefined {
  const year = foundedYear(part, now)?.year;
  if (year) return year;
  const m = FIRST_ISSUE.exec(part) ?? ISSUED_SINCE.exec(part);
  const found = Number(m?.[1] ?? m?.[2]);
  return found >= 1800 && found <= new Date(now).getUTCFullYear() ? found : undefined;
}

// A byline's bio closes many articles ("Jan Novak is a senior reporter at The Courier. He has covered the port since
// 2009."): its "since" is the author's. A line that names a newsroom role is the author's, not the publisher's.
const AUTHOR_BIO =
  /(?<!\p{L})(?:editor|reporter|journalist|correspondent|columnist|writer|contributor|caporedattore|caporedattrice|redattore|redattrice|giornalista|corrispondente|redakteur(?:in)?|journalistin|korrespondent(?:in)?|r[ée]dacteur|r[ée]dactrice|journaliste|chroniqueur|periodista|redactor[a]?|jornalista|redacteur|verslaggever|toimittaja|dziennikarz|dziennikarka|redaktor(?:ka)?|novin[áa][řr](?:ka)?|gazeteci|muhabir|journalisten|reporteren)(?!\p{L})|기자|記者/iu;

// The publisher's name opens the line and its description follows: "La Cronaca di Pordenone – quotidiano ...",
// "The Financial Courier, India's business daily ...", "Civil & Build Review is independent trade journalism ...".
const AFTER_NAME =
  /^\s*(?:[,:–—|·-]|\((?!\d)|(?:is|ist|est|es|è|é|er|är|jest|adalah|merupakan|was|war|has|hat|heeft|har|ha|hanno)\s)/iu;
const NAME_LINE_CHARS = 320;
// A sentence's end, not an abbreviation's dot: "... East Cornwall. Est. 2011." keeps "Est. 2011" one sentence.
const SENTENCE_END = /(?<!(?<!\p{L})(?:est|gegr|inc|ltd|co))[.!?](?:\s|$)/iu;
const NAME_SENTENCES = 3;

/** The line opens with the publisher's name (an article or "The" before it at most) and describes it after. */
function opensWithName(line: string, brands: string[]): boolean {
  const head = line.slice(0, 100);
  const name = findBrand(head, brands);
  if (!name) return false;
  const at = head.indexOf(name);
  return at >= 0 && /^(?:\p{L}{1,3}\s+)?$/u.test(head.slice(0, at)) && AFTER_NAME.test(head.slice(at + name.length));
}

/**
 * A line of the page's text that opens with the publisher's name and says what it is ("Kurier Warmii i Mazur – gazeta
 * regionalna ukazująca się od 1992 roku", "WartaBisnis – portal berita ekonomi. Berdiri sejak 2009."): a founding year
 * in its first sentences dates the publisher. Each clause is read alone, as the line is the publisher's own account
 * (a clause set off by a comma reads as someone else's elsewhere).
 */
function nameLineYear(text: string, brands: string[], now: number): number | undefined {
  if (!brands.length) return undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.length > NAME_LINE_CHARS || !opensWithName(line, brands)) continue;
    for (const sentence of line.split(SENTENCE_END).slice(0, NAME_SENTENCES)) {
      if (PUBLISHED_BY.test(sentence) && !FOUNDED_WORD.test(sentence)) continue;
      for (const part of sentence.split(/,\s|\s[–—|·]\s/)) {
        const year = publisherYear(part, now);
        if (year) return year;
      }
    }
  }
  return undefined;
}

/**
 * A story's page closes with its publisher's footer, and a short line there may date the publisher ("Serving
 * Kalamazoo County since 1872.", "Independent news for the trade since 2003."): the article's paragraphs are longer
 * lines, and end before it.
 */
function closingTagline(text: string, now: number): number | undefined {
  // The masthead may carry the same line ("Construction news for Saskatchewan, Manitoba and Alberta since 1981"),
  // among the headlines: there it counts when it says what the publisher does (news, reporting, serving readers).
  const head = text
    .slice(0, TAIL_CHARS)
    .split('\n')
    .filter((line) => MASTHEAD_WORDS.test(line));
  const lines = [...text.slice(-TAIL_CHARS).split('\n').reverse(), ...head];
  for (const line of lines) {
    const t = line.trim();
    if (AUTHOR_BIO.test(t)) continue;
    // The tagline's own form: a sentence that dates the publisher by "since" ("© 2025 Meridian Wire Inc. Meridian
    // Wire has distributed releases since 1994."); "Founded in 2017, it employs 140" closing an article's "About"
    // paragraph is the subject's.
    // A longer footer paragraph ("The Ledger © 2025 — Morocco's business news since 2015. Published by ...") dates
    // the publisher in the sentence that says what it publishes.
    const long = t.length > TAGLINE_CHARS;
    // A footer's parts may stand apart by middle dots or bars ("Published by ... · Covering Asia's supply chains since
    // 2011"): each is read as a sentence.
    const sentence = t
      .split(/[.!?](?:\s|$)|\s[·|]\s/)
      .find(
        (part) => TAGLINE_SINCE.test(part) && (!long || (part.length <= TAGLINE_CHARS && MASTHEAD_WORDS.test(part))),
      );
    const year = sentence ? foundedYear(sentence, now)?.year : undefined;
    if (year) return year;
  }
  // The footer's legal line names the publisher ("Sfax Éco est édité par Médias du Sud SARL, ... – Fondé en 2011"), or
  // a Korean masthead its title and first issue ("제호 : 영남산업일보 | ... | 창간일 : 2007-06-01"): a founding year among
  // its parts is the publisher's.
  for (const line of text.slice(-TAIL_CHARS).split('\n').reverse()) {
    if (!PUBLISHED_BY.test(line)) continue;
    for (const part of line.split(/[.!?](?:\s|$)|\s[–—|·]\s/)) {
      const year = FOUNDED_WORD.test(part) && part.length <= TAGLINE_CHARS ? publisherYear(part, now) : undefined;
      if (year) return year;
    }
  }
  return undefined;
}

/** The founding year a story's page states for its publisher (the site's brands are `brands`), or undefined. */
export function publisherFounding(text: string, brands: string[], now: number): number | undefined {
  return closingTagline(text, now) ?? nameLineYear(text, brands, now);
}
