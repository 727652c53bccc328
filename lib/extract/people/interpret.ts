import { normalizeProfileUrl } from '../../signals/identity';
import type { PeopleCard } from '../../signals/people-source';
import { PEOPLE_LIMITS } from '../../signals/people-source';
import type { Fact, Layer, PersonSignals } from '../../signals/schema';
import { brandVariants } from '../brand';
import { type FactContext, normalizeName, safeUrl } from '../facts';
import type { JsonLd } from '../jsonld';
import { isTeamHeading, isTeamPath } from './context';
import { jsonLdPeople, type StatedPerson } from './jsonld';
import { jobTitle, personName } from './names';
import { scriptName } from './script-names';

/** Evidence sources of people: a team section's card (heuristic), and the ones the page's layers already name. */
export const PEOPLE_SOURCES = {
  'team-page': { layer: 'heuristic', confidence: 0.7 },
  jsonld: { layer: 'structured', confidence: 0.85 },
  'linkedin-company': { layer: 'site', confidence: 0.8 },
} as const satisfies Record<string, { layer: Layer; confidence: number }>;
type PeopleSource = keyof typeof PEOPLE_SOURCES;
export const PEOPLE_SOURCE_IDS = ['team-page'] as const;

// Where a name ends and its role begins on one line: "Anna Schmidt – CEO", "Geschäftsführer: Max Mustermann".
const SEPARATORS = /\s+[–—-]\s+|\s*[|:·•,]\s+|\s*\n\s*/;
// "CTO at Acme", "Directrice chez Acme": a role at a named company.
const AT_EMPLOYER = /\s+(?:at|@|bei|chez|en|with)\s+|\s*@\s*/i;
/** Below this share of valid people among a section's cards, the section is not a list of people. */
const MIN_VALID_SHARE = 0.5;

export interface PeopleInput {
  cards: readonly PeopleCard[];
  jsonLd: JsonLd;
  ctx: FactContext;
  /** The page's company: its name and registrable domain, to tell its people from a customer's or a partner's. */
  companyName?: string;
  pageDomain?: string;
}

interface Reading {
  name: string;
  title: string;
  profileUrl?: string;
}

/**
 * The role without the employer when the employer is the company ("CEO at Acme" -> "CEO"); undefined when it names
 * another company, as a customer quoted with their job does ("CTO at Foo Corp").
 */
function ownRole(text: string, brands: readonly string[], employerRequired: boolean): string | undefined {
  const [head = '', ...rest] = text.split(AT_EMPLOYER);
  if (rest.length === 0) return employerRequired ? undefined : jobTitle(head.split(/\s+[|·•]\s+/)[0] ?? '');
  const employer = normalizeName(rest.join(' ').split(/\s*[,|·•(]/)[0] ?? '');
  const ours =
    employer.length >= 3 &&
    brands.some((b) => employer.startsWith(b) || (b.startsWith(employer) && employer.length >= 4));
  return ours ? jobTitle(head) : undefined;
}

/** Names and roles among a card's texts; one line holding several people pairs them in order. */
function readCard(card: PeopleCard, brands: readonly string[]): Reading[] {
  const texts = card.texts.length === 1 ? (card.texts[0] ?? '').split(SEPARATORS) : card.texts;
  const names: string[] = [];
  const titles: string[] = [];
  for (const text of texts) {
    const name = personName(text);
    if (name) {
      names.push(name);
      continue;
    }
    const title = ownRole(text, brands, false);
    if (title) titles.push(title);
    // A name in a script without capitals is told from the card's other lines only by its place: first, over the title.
    const unmarked = !title && !names.length && !titles.length ? scriptName(text) : undefined;
    if (unmarked) names.push(unmarked);
  }
  const first = names[0];
  const title = titles[0];
  if (!first || !title) return [];
  const href = card.href ? normalizeProfileUrl(safeUrl(card.href, 'https://www.linkedin.com/') ?? '') : undefined;
  const profileUrl = href?.startsWith('linkedin.com/in/') ? `https://www.${href}` : undefined;
  if (names.length === 1) return [{ name: first, title, ...(profileUrl && { profileUrl }) }];
  // "Geschäftsführer: Max Mustermann, Erika Musterfrau": one role for all; "Anna (CEO), Max (CTO)": in order.
  if (titles.length === 1) return names.map((name) => ({ name, title }));
  if (titles.length === names.length) return names.map((name, i) => ({ name, title: titles[i] ?? title }));
  return [{ name: first, title }];
}

function contextHolds(context: string, url: string): boolean {
  if (context === 'page') return isTeamPath(url);
  if (context === 'linkedin') return /^https:\/\/([a-z]{2,3}\.|www\.)?linkedin\.com\/(company|showcase)\//i.test(url);
  return isTeamHeading(context);
}

/** The people of the team sections: each section keeps its people only when most of its cards read as people. */
function fromCards(input: PeopleInput, brands: readonly string[]): Array<Reading & { source: PeopleSource }> {
  const bySection = new Map<string, PeopleCard[]>();
  for (const card of input.cards.slice(0, PEOPLE_LIMITS.cards)) {
    if (!contextHolds(card.context, input.ctx.url)) continue;
    const list = bySection.get(card.context) ?? [];
    list.push(card);
    bySection.set(card.context, list);
  }
  const out: Array<Reading & { source: PeopleSource }> = [];
  for (const [context, cards] of bySection) {
    const source: PeopleSource = context === 'linkedin' ? 'linkedin-company' : 'team-page';
    let tried = 0;
    const found: Reading[] = [];
    for (const card of cards) {
      // LinkedIn lists a headline, not a job title: "VP Sales at Acme | ex-Foo" gives "VP Sales", at this company.
      const readings = source === 'linkedin-company' ? linkedinReading(card, brands) : readCard(card, brands);
      // A single line that reads as nobody is noise around the list (a bio, a caption), not a failed card.
      if (card.texts.length > 1 || readings.length) tried++;
      found.push(...readings);
    }
    // LinkedIn says they work there: headlines that name no job ("Triathlete") cost only themselves.
    if (source === 'team-page' && tried >= 3 && found.length / tried < MIN_VALID_SHARE) continue;
    for (const reading of found) out.push({ ...reading, source });
  }
  return out;
}

function linkedinReading(card: PeopleCard, brands: readonly string[]): Reading[] {
  const [rawName = '', headline = ''] = card.texts;
  const name = personName(rawName) ?? scriptName(rawName);
  const title = ownRole(headline, brands, false);
  if (!name || !title) return [];
  const href = card.href ? normalizeProfileUrl(safeUrl(card.href, 'https://www.linkedin.com/') ?? '') : undefined;
  return [{ name, title, ...(href?.startsWith('linkedin.com/in/') && { profileUrl: `https://www.${href}` }) }];
}

function fact<T>(ctx: FactContext, source: PeopleSource, value: T, selector?: string): Fact<T> {
  const { layer, confidence } = PEOPLE_SOURCES[source];
  const made: Fact<T> = { value, source, layer, url: ctx.url, confidence, observedAt: ctx.observedAt };
  if (selector) made.selector = selector;
  return made;
}

function signalsOf(ctx: FactContext, reading: Reading & { source: PeopleSource; selector?: string }): PersonSignals {
  const person: PersonSignals = {
    name: fact(ctx, reading.source, reading.name, reading.selector),
    title: fact(ctx, reading.source, reading.title, reading.selector),
  };
  if (reading.profileUrl) person.profileUrl = fact(ctx, reading.source, reading.profileUrl, reading.selector);
  return person;
}

/**
 * The people a company page lists as its own, with their job titles (DESIGN.md "People"): structured Person data
 * that works for the company, and the cards of team and leadership sections (English, German, French, Spanish),
 * never people quoted or credited (customers, authors, investors) and never a card without a job title. One entry
 * per name, the most trusted reading first; at most PEOPLE_LIMITS.cards. Runs in the background on what the content
 * script read; never throws.
 */
export function readPeople(input: PeopleInput): PersonSignals[] {
  try {
    const brands = [...brandVariants(input.companyName), ...brandVariants(input.pageDomain?.split('.')[0])];
    const stated: Array<StatedPerson & { source: PeopleSource }> = jsonLdPeople(input.jsonLd, input).flatMap((p) => {
      const title = jobTitle(p.title);
      // Structured data says it is a name: one in a script without capitals is taken as such.
      const name = personName(p.name) ?? scriptName(p.name);
      return title && name ? [{ ...p, name, title, source: 'jsonld' as const }] : [];
    });
    const seen = new Set<string>();
    const people: PersonSignals[] = [];
    for (const reading of [...stated, ...fromCards(input, brands)]) {
      const key = normalizeName(reading.name);
      if (seen.has(key) || people.length >= PEOPLE_LIMITS.cards) continue;
      seen.add(key);
      people.push(signalsOf(input.ctx, reading));
    }
    return people;
  } catch {
    return [];
  }
}
