import { cleanText } from '../signals/limits';
import type { PersonSignals } from '../signals/schema';
import { escapeRegExp } from '../util/regexp';
import { headlineNotice } from './appointment-headlines';
import { scriptNotice } from './appointment-scripts';
import { roleAfter } from './described-person';
import { type FactContext, makeFact } from './facts';
import { jobTitle, personName } from './people/names';

// An appointment notice names who, where and as what in one clause of its headline or summary, in one of three
// shapes: the company acts ("Acme appoints Jane Doe as CFO"), the person joins ("Jane Doe joins Acme as CFO"), or the
// person is appointed ("Jane Doe named CFO of Acme"). Headlines in title case write the verbs capitalized too.
const cased = (words: string) =>
  words
    .split('|')
    .map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');

// A company's name: capitalized words, with the joining words company names use ("Banco do Brasil", "Smith & Co").
const CO_WORD = String.raw`\p{Lu}[\p{L}\p{N}&'’./+-]*`;
const COMPANY = String.raw`${CO_WORD}(?:\s+(?:&|and|und|et|og|of|de|der|des|du|do|da|di|del|della|van|von|${CO_WORD})){0,5}`;
const ARTICLE = /^(?:The|Die|Der|Das|La|Le|Les|El|Il|Het|De)\s+(?=\p{Lu})/u;

// The company acts: the verb of hiring or appointing in the languages of the notices, after an auxiliary or "today".
const AUX = `(?:has|have|had|today|officially|hat|heute|a|ha|hanno|har|heeft|hoy|oggi|aujourd['’]hui|jetzt|nun)`;
const HIRES = cased(
  'appoints|appointed|names|named|hires|hired|promotes|promoted|welcomes|welcomed|taps|tapped|elevates|recruits|' +
    'recruited|announces the appointment of|announced the appointment of|ernennt|beruft|bestellt|holt|nomme|nommé|' +
    'recrute|accueille|annonce la nomination de|nombra|nombró|ficha|designa|designó|anuncia el nombramiento de|nomina|' +
    'ha nominato|accoglie|annuncia la nomina di|benoemt|benoemd|verwelkomt|ansatt|ansetter|ansætter|ansat|anställer|' +
    'anställt|rekryterar|rekryterat|utnevner|utnevnt|udnævner|nomeia|nomeou|contrata|contratou|powołuje|powołała|' +
    'powołał|mianuje|jmenuje|jmenovala|numește|utser|utsett|utnämner|utnämnt',
);
// A notice often makes the board the subject: "Styrelsen för Acme AB har utsett ...", "The board of Acme has named".
const BOARD = cased(
  'the board of directors of|the board of|styrelsen för|styrelsen i|styret i|styret for|bestyrelsen for|' +
    "bestyrelsen i|der aufsichtsrat der|der aufsichtsrat von|le conseil d[’']administration de|" +
    'el consejo de administración de|il consiglio di amministrazione di|de raad van commissarissen van',
);
const COMPANY_ACTS = new RegExp(
  String.raw`^(?:(?:${BOARD})\s+)?(${COMPANY})\s+(?:${AUX}\s+)*(?:${HIRES})\s+(?:a\s+)?(.+)$`,
  'u',
);

// The person joins.
const JOINS = cased(
  'joins|joined|rejoint|rejoins|se incorpora a|se une a|se suma a|ficha por|entra in|approda in|arriva in|kommt zu|' +
    'wechselt zu|stößt zu|verstärkt|versterkt|komt naar|gaat naar|begynner i|begynder i|börjar på|går til|dołącza do|' +
    'junta-se à|junta-se ao|ingressa na|ingressa no|chega à|chega ao|nastupuje do',
);
const AS = cased('as|als|comme|en tant que|como|come|in qualità di|som|jako|ca|in de rol van|in the role of|zum|zur');
const PERSON_JOINS = new RegExp(
  String.raw`^(.{4,80}?)\s+(?:(?:has|hat|a|har|heeft|ha)\s+)?(?:${JOINS})\s+(?:(?:the|die|der|la|le)\s+|l['’])?(${COMPANY})\s+(?:${AS})\s+(.+)$`,
  'u',
);

// The person is appointed: a verb, a copula with "new", or both, then the role of the company (described-person's
// roleAfter parts them). A name followed by a role alone ("Jane Doe, CFO of Acme") is an apposition, not a notice.
const APPOINTED = cased(
  'appointed|named|promoted to|elected|nommé|nommée|nombrado|nombrada|designado|designada|nominato|nominata|' +
    'benoemd tot|ernannt zum|ernannt zur|berufen zum|berufen zur|bestellt zum|bestellt zur|utnevnt til|udnævnt til|' +
    'utnämnd till|utsedd till|utses till|utnämns till|utnevnes til|udnævnes til|ansatt som|mianowany|mianowana|' +
    'nomeado|nomeada|asume como|assume como|takes over as|steps up as|übernimmt als',
);
const NEW = cased(
  'new|neuer|neue|neuen|nouveau|nouvelle|nuevo|nueva|nuovo|nuova|nieuwe|ny|nye|novo|nova|nowy|nowa|nowym|nową|' +
    'νέος|νέα|νέο|нова|нови|новый|новая|новий',
);
const COPULA = cased(
  'has been|have been|was|is|will be|wurde|wird|ist|est|a été|sera|devient|ha sido|es|será|è stato|è stata|è|er|' +
    'blir|blev|har blitt|wordt|werd|zostaje|został|została|becomes|to become|will become',
);
const FILLER = cased(
  'as|als|som|como|come|comme|en tant que|jako|ca|au poste de|al cargo de|alla carica di|to the role of|' +
    'to the position of|to the post of|na stanowisko|the|its|their|le|la|el|il|o|a|der|die|den|de|het|zum|zur|til|' +
    'till|tot|to',
);
const APPOINTED_LINK = new RegExp(
  String.raw`^(?:\s*\(\d{2}\))?(?:\s*,\s*|\s+)(?:(?:${COPULA})\s+)?(?:(?:${APPOINTED})\s+)?(?:(?:${FILLER})\s+)*(?:(?:${NEW})\s+)?`,
  'u',
);
const STRONG = new RegExp(String.raw`(?:^|\s)(?:${APPOINTED}|${NEW})\s`, 'u');

// Where the role ends: a clause's punctuation, or the words of a start date, a place or a purpose.
const ROLE_END =
  /\s*(?:[,;:(!?|–—]|\.(?:\s|$)|\s(?:effective|with effect|from|starting|ab|à compter|a partir|per|med virkning|fra|från|z dniem|to lead|to drive|to head|to succeed|to replace|who|replacing|succeeding|in|à|en|em|i|w)\s)/u;
const MAX_NAME_WORDS = 4;
const MAX_LEAD = 2;
// A headline in title case capitalizes its linking words too: "Jane Doe As CFO" ends the name at "As".
const GLUE = new RegExp(`^(?:${FILLER}|${NEW}|${COPULA}|${APPOINTED}|${JOINS})$`, 'u');
const CONFIDENCE = 0.45;

interface Appointment {
  name: string;
  title: string;
  employer: string;
}

const companyName = (text: string) => cleanText(text.replace(ARTICLE, ''), 80);

/** The name that opens `text` (the longest that reads as one), and what follows it. */
function leadingName(text: string): { name: string; rest: string } | undefined {
  const words = text.split(' ');
  for (let k = Math.min(MAX_NAME_WORDS, words.length - 1); k >= 2; k--) {
    // "Acme Ledger's new CFO": a possessive closes a company's name, never a person's.
    if (words.slice(1, k).some((w) => GLUE.test(w)) || /['’]s,?$/.test(words[k - 1] ?? '')) continue;
    // A lone capital without a stop is an article ("Η Ελένη ...", "O Rui ..."), not an initial.
    if (/^\p{Lu}$/u.test(words[0] ?? '')) return undefined;
    const name = personName(words.slice(0, k).join(' ').replace(/,$/, ''));
    if (name) return { name, rest: text.slice(words.slice(0, k).join(' ').length) };
  }
  return undefined;
}

/** The role that opens `text`, without the company it names after "of" and without a place or a date. */
function leadingRole(text: string, employer: string): string | undefined {
  const link = APPOINTED_LINK.exec(text);
  const rest = text.slice(link?.[0].length ?? 0);
  const end = ROLE_END.exec(rest);
  let role = rest.slice(0, end ? end.index : rest.length);
  // "CFO of Acme Group", "directrice générale de Acme": the company already named is not part of the role.
  const first = employer.split(' ')[0] ?? employer;
  const at = role.search(
    new RegExp(
      String.raw`\s(?:of|at|for|bei|von|der|de|du|des|d['’]|chez|di|del|della|do|da|van|bij|hos|på|ve)\s+(?:the\s+)?${escapeRegExp(first)}`,
      'u',
    ),
  );
  if (at > 0) role = role.slice(0, at);
  return jobTitle(role);
}

function companyActs(clause: string): Appointment | undefined {
  const m = COMPANY_ACTS.exec(clause);
  const employer = m?.[1] ? companyName(m[1]) : undefined;
  const who = m?.[2] ? leadingName(m[2]) : undefined;
  const title = employer && who ? leadingRole(who.rest, employer) : undefined;
  return employer && who && title ? { name: who.name, title, employer } : undefined;
}

function personJoins(clause: string): Appointment | undefined {
  const m = PERSON_JOINS.exec(clause);
  const name = m?.[1] ? personName(m[1]) : undefined;
  const employer = m?.[2] ? companyName(m[2]) : undefined;
  const title = employer && m?.[3] ? leadingRole(m[3], employer) : undefined;
  return name && employer && title ? { name, title, employer } : undefined;
}

function personAppointed(clause: string): Appointment | undefined {
  // A short lead may come first: an article ("Η", "La"), "Who is", "Chi è", "Meet".
  const words = clause.split(' ');
  for (let skip = 0; skip <= MAX_LEAD && words.slice(0, skip).every((w) => w.length <= 5); skip++) {
    const who = leadingName(words.slice(skip).join(' '));
    const link = who ? APPOINTED_LINK.exec(who.rest) : null;
    if (!who || !link || !STRONG.test(`${link[0]} `)) continue;
    const rest = who.rest.slice(link[0].length);
    const role = roleAfter(rest, '') ?? quotedCompany(rest);
    if (role) return { name: who.name, ...role };
  }
  return undefined;
}

// The company in quotes after the role, as Slavic languages write it without an "of": "нова генерална директорка
// „Панонија Агро“", "новый генеральный директор компании «Уралхим»".
const QUOTED =
  /^([^„“”"«»,.;:]{2,80}?)\s+(?:(?:компании|компаније|компанії|фирмы|фирме|предузећа|групе|группы|банка|spółki|firmy|společnosti)\s+)?[„“"«]([^“”"»„]{2,60})[“”"»]/u;

function quotedCompany(rest: string): { title: string; employer: string } | undefined {
  const m = QUOTED.exec(rest);
  const title = m?.[1] ? jobTitle(m[1]) : undefined;
  const employer = cleanText(m?.[2], 80);
  return title && employer ? { title, employer } : undefined;
}

/**
 * An interview's headline: the person, their role at the company in apposition, then a colon before what they say:
 * "Rosa Quispe Huamán, gerenta de operaciones de Agrícola Chira: “...”", "Jane Doe, CFO of Acme: why costs matter".
 */
function quotedSpeaker(clause: string): Appointment | undefined {
  const colon = clause.indexOf(': ');
  const head = colon > 0 ? clause.slice(0, colon) : '';
  const who = head ? leadingName(head) : undefined;
  // The name's comma stays with its last word ("Zapata,") or opens the rest.
  const apposed = who && /,\s*$/.test(head.slice(0, head.length - who.rest.length)) ? `,${who.rest}` : who?.rest;
  const role = apposed?.startsWith(',') ? roleAfter(`${apposed}:`) : undefined;
  return who && role ? { name: who.name, ...role } : undefined;
}

const WHOLE_COMPANY = new RegExp(`^${COMPANY}$`, 'u');

/** "Ředitel výroby Texlabe Petr Dvořák: ...", "Acme CEO Jane Doe: ...": role and company, then the name, then a quote. */
function rolePrefixed(clause: string): Appointment | undefined {
  const colon = clause.indexOf(': ');
  const words = colon > 0 ? clause.slice(0, colon).split(' ') : [];
  for (let k = Math.min(MAX_NAME_WORDS, words.length - 2); k >= 2; k--) {
    const name = personName(words.slice(-k).join(' '));
    const lead = words.slice(0, -k);
    for (let i = 1; name && i < lead.length; i++) {
      const [head, tail] = [lead.slice(0, i).join(' '), lead.slice(i).join(' ')];
      for (const [title, employer] of [
        [head, tail],
        [tail, head],
      ]) {
        const role = jobTitle(title ?? '');
        if (role && employer && WHOLE_COMPANY.test(employer) && !jobTitle(employer))
          return { name, title: role, employer };
      }
    }
  }
  return undefined;
}

// Japanese and Korean headlines of an appointment: "<company>、新社長に<name>氏" (the honorific 氏 marks the name),
// "<company>, 신임 대표이사에 <name> 부사장 선임" (a name of two to four syllables before the verb of appointing).
const JAPANESE = /^(.{2,30}?)[、,]\s*新?([^\s、,に]{1,12})に([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]{2,8}?)\s*氏/u;
const KOREAN =
  /^(.{2,30}?)[,，]\s*(?:신임\s*)?([^\s,]{1,12}?)에\s*(\p{sc=Hangul}{2,4})\s+(?:\S{1,8}\s+)?(?:선임|내정|임명|발탁|승진)/u;
// Finnish declines both: "Acme nimitti Minna Koskelan talousjohtajaksi" (the name's genitive -n or -sen for -nen, the
// role's translative -ksi).
const FINNISH = new RegExp(
  String.raw`^(${COMPANY})\s+(?:on\s+)?(?:nimitti|nimittänyt|nimittää|valitsi|valinnut)\s+(?:\p{Lu}{2,5}\s+)?(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+?)(sen|n)\s+(\p{Ll}+?)ksi(?![\p{L}])`,
  'u',
);

// Turkish puts the company in the dative and the name after a colon: "Acme Mobilya'ya yeni Satış Direktörü: Ayşe Kaya"
// (to Acme, a new sales director; a title may close on " - <publisher>"), or the company as the subject appointing the name, in the accusative, to the
// role's post: "Acme A.Ş., Satış Direktörlüğü görevine Ayşe Kaya'yı atadı".
const TURKISH_NEW = new RegExp(
  String.raw`^(${COMPANY})['’](?:y?a|y?e|na|ne)\s+yeni\s+([^:]{3,60}?)\s*:\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3})\s*(?:$|\s[-–—|]\s)`,
  'u',
);
const TURKISH_APPOINTED = new RegExp(
  String.raw`^(${COMPANY}),\s+([^,]{3,60}?)(?:l[ıiuü]ğ[ıiuü]|s[ıiuü])?\s+görevine\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3})['’](?:y?[ıiuü])\s+atad[ıi]`,
  'u',
);

function turkishNotice(clause: string): Appointment | undefined {
  for (const pattern of [TURKISH_NEW, TURKISH_APPOINTED]) {
    const m = pattern.exec(clause);
    const title = m?.[2] ? jobTitle(m[2]) : undefined;
    const name = m?.[3] ? personName(m[3]) : undefined;
    const employer = cleanText(m?.[1], 80);
    if (title && name && employer) return { name, title, employer };
  }
  return undefined;
}

// More East Asian shapes, each with where its company, role and name stand: Chinese "<company>任命<name>为<role>"
// (appoints name as role; a name of two to four characters), a Korean interview's "<name> (주)<company> <role> "...",
// a Japanese profile's "株式会社<company> <role> <family name> <given name>の...".
const EAST_ASIAN: Array<[RegExp, number, number, number]> = [
  [JAPANESE, 1, 2, 3],
  [KOREAN, 1, 2, 3],
  [
    /^(\p{sc=Han}[^\s，,。]{1,20}?)(?:正式)?(?:任命|聘任|委任|聘请)(\p{sc=Han}{2,4})为(?:公司)?([^\s，,。、]{2,10})/u,
    1,
    3,
    2,
  ],
  [/(?:^|[\]\s])(\p{sc=Hangul}{2,4})\s+((?:\(주\)|㈜|주식회사\s?)\S{2,20})\s+(\S{2,10}?)\s*["“]/u, 2, 3, 1],
  [
    /((?:株式会社|有限会社)\S{2,20}|\S{2,20}(?:株式会社|有限会社))\s+(\S{2,12})\s+(\p{sc=Han}{1,4}\s?\p{sc=Han}{1,4})(?:の|氏|\s|$)/u,
    1,
    2,
    3,
  ],
];

function declinedNotice(clause: string): Appointment | undefined {
  for (const [pattern, company, role, person] of EAST_ASIAN) {
    const m = pattern.exec(clause);
    const title = m?.[role] ? jobTitle(m[role]) : undefined;
    const employer = cleanText(m?.[company], 80);
    const name = m?.[person];
    if (title && employer && name) return { name, title, employer };
  }
  const fi = FINNISH.exec(clause);
  if (!fi?.[1] || !fi[2] || !fi[3] || !fi[5]) return undefined;
  const name = personName(`${fi[2]} ${fi[3]}${fi[4] === 'sen' ? 'nen' : ''}`);
  const title = jobTitle(fi[5]);
  const employer = companyName(fi[1]);
  return name && title && employer ? { name, title, employer } : undefined;
}

/** The clauses of a headline or summary where a notice may start: the whole, and after each dash, colon or stop. */
function clauses(text: string): string[] {
  const out = [text];
  for (const m of text.matchAll(/(?:[:|–—]|\s-|[.!](?=\s+\p{Lu}))\s+/gu)) out.push(text.slice(m.index + m[0].length));
  return out;
}

/**
 * The person an appointment notice is about, with the role and the company it names: "Acme appoints Jane Doe as
 * CFO", "Jane Doe joins Acme as Head of Sales", "Lemvig Stålspær har ansatt Mette Holm som salgsdirektør", "Jane Doe
 * nommée directrice générale de Acme". Read from the page's headline, title and summary, in that order; the first
 * that states one gives it.
 */
export function appointedPerson(texts: Array<string | undefined>, ctx: FactContext): PersonSignals | undefined {
  for (const text of texts) {
    const clean = cleanText(text, 400);
    if (!clean) continue;
    for (const clause of clauses(clean)) {
      const found =
        companyActs(clause) ??
        personJoins(clause) ??
        personAppointed(clause) ??
        quotedSpeaker(clause) ??
        rolePrefixed(clause) ??
        declinedNotice(clause) ??
        turkishNotice(clause) ??
        scriptNotice(clause) ??
        headlineNotice(clause);
      if (!found) continue;
      const fact = (value: string) => makeFact(ctx, 'text', value, 'an appointment notice', CONFIDENCE);
      return { name: fact(found.name), title: fact(found.title), employer: fact(found.employer) };
    }
  }
  return undefined;
}
