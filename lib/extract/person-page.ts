import { cleanText, LIMITS } from '../signals/limits';
import type { PersonSignals } from '../signals/schema';
import type { Card } from '../signals/source';
import { cardPerson } from './cards';
import { classifyTitle } from './classify/title';
import { toIsoCountry } from './countries';
import { type FactContext, isObject, type JsonObject, makeFact, own } from './facts';
import type { JsonLd } from './jsonld';
import { LEGAL_FORM } from './listing';
import { isOrgType, shortType } from './org-pick';
import { isTeamHeading } from './people/context';
import { nameOf, str } from './people/jsonld';
import { jobTitle, personName } from './people/names';
import { nicknamedName } from './people/nickname';
import { scriptName } from './people/script-names';
import { parseHeadline, withoutPictographs } from './sites/headline';
import { gazetteerPlace } from './text/gazetteer';

// A person page's structured data is the page's own statement about its subject: below an adapter's reading, above
// anything read from free text.
const CONFIDENCE = 0.8;
const MAX_PERSONS = 50;
// Where a title parts the page's subject from the site's name: "Dana Whitcomb, CPA | Red Cedar Logistics",
// "Dr. Aino Leppänen – Speaker – Forum 2022", "真鍋 拓也（Takuya Manabe）｜株式会社...".
const TITLE_PARTS = /\s+[|–—·•-]\s+|\s*[｜|]\s*/;

const listOf = (v: unknown): unknown[] => (Array.isArray(v) ? v.slice(0, 10) : v === undefined ? [] : [v]);

/** Lower case, accents and punctuation gone, one space between words: "Dr. Aino Leppänen" -> "dr aino leppanen". */
function key(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** The page names its subject where it heads itself: its first heading, or the first part of its title. */
function heads(name: string, heading: string, title: string): boolean {
  const words = key(name).trim().split(' ');
  if (words.join(' ').length < 3) return false;
  // A name of three words and more is often headed by its first two ("Valentina Arbeláez" of "Valentina Arbeláez
  // Ocampo", a second family name left out).
  const wanted = [words, ...(words.length >= 3 ? [words.slice(0, 2)] : [])].map((w) => ` ${w.join(' ')} `);
  const [first = '', second = ''] = title.split(TITLE_PARTS);
  const places = [heading, first, second].map(key);
  return places.some((text) => wanted.some((w) => text.includes(w)));
}

/** A text, or an object's name: `jobTitle` as a DefinedTerm, `worksFor` as an Organization. */
function named(value: unknown): string | undefined {
  for (const item of listOf(value)) {
    const text = str(item) ?? (isObject(item) ? str(own(item, 'name')) : undefined);
    if (text) return text;
  }
  return undefined;
}

/** Where the person is: their home, else their own address or work place, as a locality (or a place's name). */
function placeOf(node: JsonObject): string | undefined {
  for (const k of ['homeLocation', 'address', 'workLocation']) {
    for (const item of listOf(own(node, k))) {
      if (typeof item === 'string') return str(item);
      if (!isObject(item)) continue;
      const address = own(item, 'address');
      const postal = isObject(address) ? address : item;
      const place = str(own(postal, 'addressLocality')) ?? str(own(item, 'name'));
      if (place) return place;
    }
  }
  return undefined;
}

interface Subject {
  node: JsonObject;
  /** Its `worksFor`'s name, else the organization that lists it as its employee, founder or member. */
  employer?: string;
}

/**
 * A person's type: Person, or a physician's with a job title (schema.org's Physician is a practice, which clinics'
 * sites give their doctors' pages).
 */
function personType(types: unknown[], node: JsonObject): boolean {
  const short = types.map((t) => (typeof t === 'string' ? shortType(t) : ''));
  return (
    short.includes('Person') ||
    short.includes('IndividualPhysician') ||
    (short.includes('Physician') && !!named(own(node, 'jobTitle')))
  );
}

const STAFF_KEYS = ['employee', 'employees', 'founder', 'founders', 'member', 'members'];

/**
 * The Person the page is about: a ProfilePage's main entity, else a Person (anywhere in the data: a speaker of an
 * event, a firm's employee) whose name heads the page. An article's author is named in its byline, not its heading.
 */
function subjectOf({ entities }: JsonLd, heading: string, title: string): Subject | undefined {
  const byId = new Map<string, JsonObject>();
  for (const e of entities) {
    const id = str(own(e.node, '@id'));
    if (id && !byId.has(id)) byId.set(id, e.node);
  }
  const resolve = (value: unknown): JsonObject | undefined => {
    if (!isObject(value)) return undefined;
    const id = str(own(value, '@id'));
    return (id && byId.get(id)) || value;
  };
  // The employer's name, where `worksFor` refers to the page's Organization by its `@id`.
  const worksFor = (node: JsonObject) => named(listOf(own(node, 'worksFor')).map((o) => resolve(o) ?? o));
  const isPerson = (node: JsonObject) => personType(listOf(own(node, '@type')), node);
  for (const e of entities) {
    if (!e.types.includes('ProfilePage')) continue;
    const main = resolve(own(e.node, 'mainEntity'));
    if (main && isPerson(main) && nameOf(main)) return { node: main, employer: worksFor(main) };
  }
  const employers = new Map<JsonObject, string>();
  for (const e of entities) {
    const org = isOrgType(e.types) ? str(own(e.node, 'name')) : undefined;
    if (!org) continue;
    for (const k of STAFF_KEYS) {
      for (const item of listOf(own(e.node, k))) {
        const node = resolve(item);
        if (node) employers.set(node, org);
      }
    }
  }
  let seen = 0;
  for (const e of entities) {
    if (!personType(e.types, e.node) || ++seen > MAX_PERSONS) continue;
    const node = resolve(e.node) ?? e.node;
    const names = [nameOf(node), ...listOf(own(node, 'alternateName')).map(str)];
    if (names.some((n) => n && heads(n, heading, title)))
      return { node, employer: worksFor(node) ?? employers.get(node) };
  }
  return undefined;
}

/**
 * The one person a page is about, off the networks an adapter reads: a profile on a business network, a speaker's or
 * a guest's page, an author's page, a firm's page about one of its people, a personal site's about page. Read from
 * what the page states in its structured data: the Person its JSON-LD makes the page's subject (name, job title,
 * employer, place; a profile's description as a headline where no job title is given), else a person's card whose
 * name heads the page (an h-card, an hCard, a microdata Person). Undefined where the page states no such person, or
 * only a name.
 */
export function pagePerson(
  jsonLd: JsonLd,
  cards: readonly Card[] | undefined,
  heading: string,
  title: string,
  ctx: FactContext,
): PersonSignals | undefined {
  const subject = subjectOf(jsonLd, heading, title);
  const person = subject ? fromJsonLd(subject, ctx) : fromCard(cards, heading, title, ctx);
  // A name alone is what any byline shows: a person's page says something more.
  if (!person?.name || !(person.title || person.employer || person.location)) return undefined;
  return person;
}

function fromJsonLd({ node, employer }: Subject, ctx: FactContext): PersonSignals {
  // Page content: control characters and runs of spaces out, capped as every short text is.
  const f = (value: string | undefined, selector: string) => {
    const text = cleanText(value, LIMITS.shortText);
    return text ? makeFact(ctx, 'jsonld', text, selector, CONFIDENCE) : undefined;
  };
  // A profile without a job title describes itself in a headline: "Principal Product Designer at Cambria Health".
  const headline = parseHeadline(str(own(node, 'description'))?.split(/(?<=\.)\s/)[0]);
  const stated = named(own(node, 'jobTitle'));
  const person: PersonSignals = {
    name: f(nameOf(node), 'Person.name'),
    title: f(stated, 'Person.jobTitle') ?? (headline.employer ? f(headline.title, 'Person.description') : undefined),
    employer: f(employer, 'Person.worksFor') ?? (stated ? undefined : f(headline.employer, 'Person.description')),
    location: f(placeOf(node), 'Person.address'),
  };
  for (const k of Object.keys(person) as Array<keyof PersonSignals>) if (!person[k]) delete person[k];
  return person;
}

/**
 * A person's card whose name heads the page (a profile's card, not a commenter's or an author's): an h-card, an hCard
 * or a Person item of the page's microdata.
 */
function fromCard(
  cards: readonly Card[] | undefined,
  heading: string,
  title: string,
  ctx: FactContext,
): PersonSignals | undefined {
  for (const card of cards ?? []) {
    const person = cardPerson([card], ctx, CONFIDENCE, parseHeadline);
    if (person.name && heads(person.name.value, heading, title)) return person;
  }
  return undefined;
}

const MAX_TEXT_LINES = 300;
const letters = (text: string) => key(text).replace(/ /g, '');

/**
 * The page's address spells the person's family name, as a person's own page does ("/team/tom-ashworth",
 * "/u/tjasa-golob", "strasser-kofler.at"): the words after the first name, any of them.
 */
/**
 * The page's title opens with the name and a role after a comma ("Thierry Castagnet, Président - Adour Précision"):
 * the page presents the person as its subject, under an address that names the role ("/le-president/").
 */
function titledWithRole(name: string, title: string): boolean {
  const first = title.split(TITLE_PARTS)[0]?.trim() ?? '';
  const comma = first.indexOf(', ');
  return comma > 0 && key(first.slice(0, comma)) === key(name) && !!jobTitle(first.slice(comma + 2));
}

export function spelledIn(name: string, url: string): boolean {
  const address = letters(url);
  // German addresses write umlauts out ("Gärtner" is "gaertner"), others drop the dots ("gartner").
  const spelled = name.replace(/[äöüÄÖÜ]/g, (c) => UMLAUT_SPELLED[c] ?? c);
  return [name, spelled].some((form) =>
    key(form)
      .trim()
      .split(' ')
      .slice(1)
      .some((word) => word.length >= 3 && asciiSpellings(word).some((spelling) => address.includes(spelling))),
  );
}
const UMLAUT_SPELLED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue' };

// Letters no accent-stripping reaches, as addresses write them: "Kjærsgaard" is "kjaersgaard", "Sørli" "sorli" or
// "soerli", "Großmann" "grossmann", "Wałęsa" "walesa".
const ASCII: Array<[RegExp, string, string]> = [
  [/æ/g, 'ae', 'ae'],
  [/ø/g, 'o', 'oe'],
  [/œ/g, 'oe', 'oe'],
  [/ß/g, 'ss', 'ss'],
  [/ł/g, 'l', 'l'],
  [/đ/g, 'd', 'dj'],
  [/þ/g, 'th', 'th'],
];

function asciiSpellings(word: string): string[] {
  let short = word;
  let long = word;
  for (const [letter, one, other] of ASCII) {
    short = short.replace(letter, one);
    long = long.replace(letter, other);
  }
  return short === long ? [short] : [short, long];
}
// Lines after the name that may hold the title: a role's row label ("Ruolo:") and its value.
const TITLE_LINES = 3;
const TEXT_CONFIDENCE = 0.5;
// Lines of the text that repeat the heading, tried in turn.
const MAX_HEADING_LINES = 3;

/**
 * The person a page without structured data is about: its first heading is a person's name, which its title also
 * names and its address spells, and the line under the name in the page's text is a job title ("Branch Manager – Bury St Edmunds", a row
 * "Ruolo:" over "Socio") or a headline ("Head of Product at Gozdar Analytics"). The employer is the headline's, else
 * the company whose site it is (`company`: undefined on a platform, whose name is nobody's employer).
 */
export function textPerson(
  text: string,
  heading: string,
  title: string,
  company: string | undefined,
  ctx: FactContext,
): PersonSignals | undefined {
  const met = MEET.exec(heading.trim())?.[1];
  if (met && !personName(heading)) return metPerson(text, heading, met, company, ctx);
  // A name with a nickname in quotes ("Ma. Cristina “Tina” Alcala-Ybañez") is headed whole, titled short.
  const nicknamed = personName(heading) ? undefined : nicknamedName(heading);
  const latin = personName(heading) ?? nicknamed?.name;
  // A team section's heading ("הצוות שלנו", "فريق العمل") over a card's name and role is nobody's name.
  const name = latin ?? (isTeamHeading(heading) ? undefined : scriptName(heading));
  if (!name || ![name, ...(nicknamed?.forms ?? [])].some((form) => heads(form, '', title))) return undefined;
  // A name in a script without capitals (Arabic, Hebrew, Hindi...) is no address's spelling: it is the page's subject
  // where the line right under it is a job title, which a heading over a team's cards or an article never has.
  if (latin && !spelledIn(name, ctx.url) && !titledWithRole(name, title)) return undefined;
  const lines = text
    .split('\n', MAX_TEXT_LINES)
    .map((line) => line.trim())
    .filter((line) => latin || line);
  // The name may stand first in a breadcrumb ("Startseite › Team › Dr. Lukas Amstutz"): each of its lines is tried.
  let person: PersonSignals | undefined;
  for (let at = lines.indexOf(heading.trim()), n = 0; at >= 0 && !person && n < MAX_HEADING_LINES; n++) {
    // The name written again in Latin letters may stand between ("يوسف بن عبد الجليل" over "Youssef Ben Abdeljalil").
    const next = lines[at + 1] ?? '';
    const reach = latin ? lines.length : at + (personName(next) ? 3 : 2);
    person = personAt(lines.slice(0, reach), at, name, company, ctx);
    at = lines.indexOf(heading.trim(), at + 1);
  }
  return person ?? titledRole(name, title, company, ctx);
}

// "Meet Dr. Albrecht", "Meet our founder, Jane", "Conheça a Dra. Sousa": a bio's heading that calls its subject by an
// honorific and family name; the full name stands on the next line ("Whitney Albrecht, O.D.").
const MEET =
  /^(?:meet|get to know|say hello to|conhe[çc]a|conozca a|conoce a|rencontrez|lernen sie)\s+(?:(?:our|the|a|o|la|el)\s+)?(.{2,40}?)(?:\s+kennen)?$/iu;
const FAMILY_WORD = /([\p{L}'’-]{3,})\.?$/u;

/**
 * The person a "Meet Dr. Albrecht" page is about: the line under the heading is a name with the same family name,
 * the address spells it, and a job title follows ("Whitney Albrecht, O.D." over "Owner & Optometrist").
 */
function metPerson(
  text: string,
  heading: string,
  called: string,
  company: string | undefined,
  ctx: FactContext,
): PersonSignals | undefined {
  const family = FAMILY_WORD.exec(called)?.[1];
  if (!family) return undefined;
  const lines = text
    .split('\n', MAX_TEXT_LINES)
    .map((line) => line.trim())
    .filter(Boolean);
  const at = lines.indexOf(heading.trim());
  const next = at >= 0 ? (lines[at + 1] ?? '') : '';
  const name = personName(next);
  if (!name || !key(name).includes(key(family)) || !spelledIn(name, ctx.url)) return undefined;
  return personAt(lines, at + 1, name, company, ctx);
}

/**
 * The role the page's title gives beside the name, where the text puts it elsewhere (above the name, in a sidebar):
 * "Av. Selin Aydın, LL.M. | Ortak | Aydın Hukuk", "Dana Whitcomb – Partner – Whitcomb & Hale".
 */
function titledRole(
  name: string,
  title: string,
  company: string | undefined,
  ctx: FactContext,
): PersonSignals | undefined {
  const [first = '', second = ''] = title.split(TITLE_PARTS);
  const role = heads(name, first, '') ? jobTitle(second) : undefined;
  if (!role) return undefined;
  const f = textFact(ctx, 'title');
  const person: PersonSignals = { name: f(name, 'h1'), title: f(role, 'the title') };
  const employer = f(siteEmployer(name, company), 'the site');
  if (employer) person.employer = employer;
  return person;
}

/** A fact of the page's text (or title) at the confidence of a reading without structured data. */
function textFact(ctx: FactContext, source: 'text' | 'title') {
  return (value: string | undefined, selector: string) => {
    const text = cleanText(value);
    return text ? makeFact(ctx, source, text, selector, TEXT_CONFIDENCE) : undefined;
  };
}

/** The site's company as the person's employer; a personal site is named after its owner, whose name is no employer. */
function siteEmployer(name: string, company: string | undefined): string | undefined {
  return company && !heads(name, company, '') ? company : undefined;
}

/** The person whose name is the line at `at`, when a job title or headline follows it. */
function personAt(
  lines: string[],
  at: number,
  name: string,
  company: string | undefined,
  ctx: FactContext,
): PersonSignals | undefined {
  for (const line of lines.slice(at + 1, at + 1 + TITLE_LINES)) {
    if (!line || line.endsWith(':')) continue;
    const headline = withCompany(line);
    const role = (!headline.employer && roles(line)) || jobTitle(headline.title ?? line);
    if (!role) continue;
    const f = textFact(ctx, 'text');
    const person: PersonSignals = { name: f(name, 'h1'), title: f(role, 'beside the name') };
    const place = placeLine(lines.slice(at + 2, at + 2 + TITLE_LINES));
    if (place) person.location = f(place, 'beside the name');
    const employer = headline.employer
      ? f(headline.employer, 'beside the name')
      : f(siteEmployer(name, company), 'the site');
    if (employer) person.employer = employer;
    return person;
  }
  return undefined;
}

const MAX_PLACE = 60;

/**
 * A line under a profile's name and title that is a place ("Kranj, Slovenia", "📍 Lyon"): a city the gazetteer
 * lists, or any name followed by a country's.
 */
function placeLine(lines: string[]): string | undefined {
  for (const raw of lines) {
    const line = withoutPictographs(raw).replace(/^[\s•·|-]+/, '');
    if (line && line.length <= MAX_PLACE && !/\d/.test(line) && namesPlace(line)) return line;
  }
  return undefined;
}

// The separators between two roles held at once ("Prokuristin · Leiterin Finanzen & Controlling", "Partner | Head of
// Tax"): the line is one title, where a headline's "Title · City" is a title and a place.
const ROLE_SEPARATOR = /\s+[·|•]\s+/;
const LOW_RANKS = new Set(['unknown', 'entry']);

/**
 * A line of two or three roles, each a job title of a rank and none a place: the whole line is the person's title. A
 * practice area beside a rank ("Sócia-fundadora | Direito Tributário") is no second role.
 */
function roles(line: string): string | undefined {
  const parts = line.split(ROLE_SEPARATOR);
  if (parts.length < 2 || parts.length > 3) return undefined;
  // A rank above an individual contributor's: a field alone ("Direito Tributário") classifies as entry level.
  const ranked = (part: string) =>
    !!jobTitle(part) && !namesPlace(part) && !LOW_RANKS.has(classifyTitle(part).seniority);
  return parts.every(ranked) ? jobTitle(line) : undefined;
}

/** A place as a profile writes it: a city the gazetteer lists, or a name and its country ("Halmstad, Sverige"). */
export function namesPlace(line: string): boolean {
  const parts = line.split(/\s*,\s*/);
  return (
    parts.length <= 3 && (!!gazetteerPlace(parts[0] ?? '') || (parts.length > 1 && !!toIsoCountry(parts.at(-1) ?? '')))
  );
}

/**
 * A headline's title and employer: "Head of Product at Smreka Analytics", or a title and a company that closes on its
 * legal form after a comma ("Kierownik Działu Zakupów, Hutmet Sp. z o.o.", "CFO, Pinecrest Freight Inc.").
 */
function withCompany(line: string): { title?: string; employer?: string } {
  const headline = parseHeadline(line);
  if (headline.employer) return headline;
  const comma = /^([^,]{2,80}),\s+([^,]{2,80})$/.exec(line);
  return comma?.[1] && comma[2] && LEGAL_FORM.test(` ${comma[2]}`) ? { title: comma[1], employer: comma[2] } : headline;
}

// How far under the person's heading their page speaks of them: a bio, its "Based in our Wexford office" line.
const BIO_CHARS = 2_500;
const OFFICE_CONFIDENCE = 0.4;

/**
 * Where a person on their employer's own page works, when the page does not say it beside the name: the company's
 * office the page gives, when the person's part of the page names its city outside the address itself ("Sede:
 * Trento", "vanuit ons kantoor in Brugge", "Branch Manager – Bury St Edmunds"). A city the bio does not name may be
 * another office's.
 */
export function officeOf(
  person: PersonSignals,
  company: { name?: string; hq?: { city?: string; postalCode?: string; street?: string } },
  text: string,
  heading: string,
  ctx: FactContext,
): PersonSignals {
  const { name, hq } = company;
  const city = hq?.city;
  if (person.location || !city || !name || !person.employer || key(person.employer.value) !== key(name)) return person;
  const at = heading.trim() ? text.indexOf(heading.trim()) : -1;
  if (at < 0) return person;
  // The address's own lines (its street, its postcode) name the city in every footer: they are not the bio.
  const own = [hq.postalCode, hq.street].filter((part): part is string => !!part);
  const bio = text
    .slice(at, at + BIO_CHARS)
    .split('\n')
    .filter((line) => !own.some((part) => line.includes(part)))
    .join('\n');
  // key() pads with spaces: whole words only ("Brugge" is not in "Bruggeman").
  if (!key(bio).includes(key(city))) return person;
  return {
    ...person,
    location: makeFact(ctx, 'text', city, "the employer's office named in the bio", OFFICE_CONFIDENCE),
  };
}
