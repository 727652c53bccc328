import { cleanText } from '../signals/limits';
import type { PersonSignals } from '../signals/schema';
import { escapeRegExp } from '../util/regexp';
import { type FactContext, makeFact } from './facts';
import { jobTitle, personName } from './people/names';

// Runs of capitalized words in a title, the candidates for the name it gives (checked by personName).
const CAPITALIZED =
  /\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:van|von|de|da|di|du|del|der|den|le|la|dos|das|ten|ter)\s+)?\p{Lu}[\p{L}'’.-]+){1,3}/gu;
// After the name: an apposition (", CFO of Acme,") or a copula ("is CFO of Acme", "er ny salgsdirektør hos Acme"),
// in the languages whose summaries read this way; an age in brackets may sit between ("Ingrid Berg (47),").
const LINK = String.raw`(?:\s*\(\d{2}\))?(?:\s*,\s*|\s+(?:is|est|ist|er|es|è|é|jest|är|on)\s+(?:(?:sinds|seit|since|depuis|desde|dal|fra|od|sedan)\s+\d{4}\s+)?(?:(?:the|de|la|le|el|il|a|o|der|die|den|het|ny|nye|new|nieuwe|neue[rn]?|nouvelle|nouveau|nuevo|nueva|nuovo|nuova|nova|novo)\s+)?)`;
// The preposition between the role and the company: of, at, for, with, in.
const OF =
  "(?:of|at|for|with|van|bij|bei|von|der|de|du|des|d['’]|chez|di|del|della|do|da|dos|das|en|hos|i|på|för|w|ve|του|της|των)";
// A title in lower case with a capitalized word after its "of" (roleAfter).
const LOWER_WITH_NAME = new RegExp(String.raw`^\p{Ll}.*\s${OF}\s+\p{Lu}`, 'u');
// The rest of a company's name after its own "of": "de la Vézère", "do Brasil", "of America".
const NAME_OF =
  /^\s+(?:de(?:\s+la)?|du|des|del|della|di|do|da|dos|das|van|von|of(?:\s+the)?)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u;
// A role the person held before ("πρώην οικονομική διευθύντρια", "former CFO of"): where they were, not where they are.
const FORMER =
  /^(?:former|formerly|ex|previously|πρώην|ehemalige[rn]?|frühere[rn]?|ancien(?:ne)?|antigu[oa]|ex-|tidligere|forhenværende|före detta|voormalig[e]?|była|były|bývalý|bývalá|entinen|fost[aă]?|eski|ex\.)(?![\p{L}])/iu;
// A second clause after the role ("ist Prokuristin und leitet Finanzen bei", "is a partner and leads the tax practice
// at"): its verb says what the person does, the role is before it.
const VERB_CLAUSE =
  /\s+(?:und|and|et|en|y|e|och|og)\s+(?:leitet|verantwortet|führt|betreut|koordiniert|steuert|übernimmt|ist|hat|leads|heads|runs|oversees|manages|is|has|dirige|pilote|gère|supervise|est|leidt|heeft|lidera|leder|är|har)(?![\p{L}]).*$/iu;
const MAX_TITLE = 80;
const MAX_COMPANY = 80;
const CONFIDENCE = 0.45;

/** The full name the summary writes for the title's name: the same first and last word, at most two between. */
function fullName(name: string, summary: string): { full: string; start: number; end: number } | undefined {
  const words = name.split(' ');
  const first = escapeRegExp(words[0] ?? '');
  const last = escapeRegExp(words.at(-1) ?? '');
  const m = new RegExp(String.raw`(?<![\p{L}])${first}(?:\s+\p{Lu}[\p{L}'’-]+){0,2}?\s+${last}(?![\p{L}])`, 'u').exec(
    summary,
  );
  return m ? { full: m[0], start: m.index, end: m.index + m[0].length } : undefined;
}

/**
 * The role and company the summary gives right after the name, when it reads as a job title at a named company. The
 * last "of" before a capitalized name parts them first ("Diretora de Operações do Laticínios Serra Branca"), else the
 * first. `link` is what may stand between the name and the role (an apposition or a copula by default).
 */
export function roleAfter(rest: string, link: string = LINK): { title: string; employer: string } | undefined {
  let greedy: { title: string; employer: string } | undefined;
  for (const lazy of ['', '?']) {
    const pattern = new RegExp(
      String.raw`^${link}([^,.;:()]{2,${MAX_TITLE}}${lazy})\s+${OF}\s+(?:[\p{Ll}][\p{L}-]*\s+){0,2}(\p{Lu}[^,;:()]{1,${MAX_COMPANY}}?)(?=\s*(?:[,;:()]|\.(?:\s|$)|\s+(?:in|à|a|en|em|de|da|do|w|i|ve|and|et|und|y|e|og)\s+\p{Lu}|\s+[\p{Ll}]|$))`,
      'u',
    );
    const m = pattern.exec(rest);
    const title = m?.[1] ? jobTitle(m[1].replace(VERB_CLAUSE, '')) : undefined;
    // Parted at the first "of", the company keeps the capitalized words its own "of" joins ("Papeteries de la Vézère").
    const joined = m && lazy ? (NAME_OF.exec(rest.slice(m.index + m[0].length))?.[0] ?? '') : '';
    const employer = cleanText(`${m?.[2] ?? ''}${joined}`.replace(/[\s.]+$/, ''), MAX_COMPANY);
    if (!title || !employer || FORMER.test(title)) continue;
    // A title written in lower case names its department in lower case too ("directeur général des ventes"): a
    // capitalized word after its "of" starts the company ("directeur général des Papeteries de la Vézère").
    if (lazy || !LOWER_WITH_NAME.test(title)) return { title, employer };
    greedy = { title, employer };
  }
  return greedy;
}

// Before the name, the company closing on its legal form, then the role: Turkish "Körfez Kompozit A.Ş. Genel Müdürü
// Zeynep Aksoy Karataş" (the company's general manager).
const COMPANY_ROLE =
  /(\p{Lu}[^,.;:()]{1,60}?\s(?:A\.Ş\.|Ltd\.?|GmbH|AG|S\.A\.|SA|Inc\.?|B\.V\.|NV|AB|AS|A\/S|Oy|S\.r\.l\.|SRL|Kft\.))\s+([^,.;:()]{2,40}?)\s*$/u;

/** The role and company the summary gives right before the name ("Acme A.Ş. Genel Müdürü <name>"). */
function roleBefore(before: string): { title: string; employer: string } | undefined {
  const m = COMPANY_ROLE.exec(before.slice(-120));
  const title = m?.[2] ? jobTitle(m[2]) : undefined;
  const employer = cleanText(m?.[1], MAX_COMPANY);
  return title && employer ? { title, employer } : undefined;
}

/**
 * The person an interview, a profile, a podcast episode or an appointment notice is about: its title names them, and
 * its summary (the meta description) says who they are in the sentence that names them, as such summaries do:
 * "Lotte Vanhoutte is sinds 2022 CFO van vlasverwerker Leievlas in Kortrijk", "Isabelle Roy, présidente de Robotique
 * Estrie inc., raconte…", "Mette Dalsgaard er ny salgsdirektør hos Lemvig Stålspær A/S". A name the title gives without
 * such a sentence (a quote's speaker, an author) makes no person.
 */
export function describedPerson(
  title: string,
  summary: string | undefined,
  ctx: FactContext,
): PersonSignals | undefined {
  const text = cleanText(summary, 400);
  if (!text || !title) return undefined;
  // Keyed by the name: a title may name its subject twice.
  const found = new Map<string, PersonSignals>();
  for (const m of title.matchAll(CAPITALIZED)) {
    const name = personName(m[0]);
    const full = name ? fullName(name, text) : undefined;
    const role = full ? (roleAfter(text.slice(full.end)) ?? roleBefore(text.slice(0, full.start))) : undefined;
    if (!full || !role) continue;
    const fact = (value: string, selector: string) => makeFact(ctx, 'text', value, selector, CONFIDENCE);
    found.set(full.full, {
      name: fact(full.full, 'named in the title, described in the summary'),
      title: fact(role.title, 'the summary'),
      employer: fact(role.employer, 'the summary'),
    });
  }
  // Two people described alike is a page about both, or about neither.
  return found.size === 1 ? [...found.values()][0] : undefined;
}
