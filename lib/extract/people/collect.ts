import { PEOPLE_LIMITS as CAP, type PeopleCard } from '../../signals/people-source';
import { isNotTeamHeading, isTeamHeading, isTeamPath } from './context';

const MAX_HEADINGS = 80;
const MAX_SECTIONS = 6;
const MAX_NAME_ELEMENTS = 400;
const MAX_ELEMENTS = 3_000;
/** Items of one grid or list looked at: a list of thousands is a directory, and only the first 50 people are kept. */
const MAX_ITEMS = 200;
const SHORT = CAP.text;
/** A card holds a few short texts; a block longer than this is prose (a bio, an article), read as nobody. */
const MAX_CARD_CHARS = 600;
/** Elements a card writes a person's name in; the role is found beside them. */
const NAME_ELEMENTS = 'h2, h3, h4, h5, h6, strong, b, dt, figcaption, [itemprop="name"], [class*="name"]';
/**
 * Who is quoted or credited rather than listed as staff: quotes, testimonials, reviews, authors and bylines, and the
 * navigation and footer. Not `header`: a card's own header holds its name.
 */
const NOT_A_MEMBER =
  'blockquote, q, cite, nav, footer, [role="contentinfo"], [class*="testimonial" i], [class*="quote" i], ' +
  '[class*="review" i], [class*="author" i], [class*="byline" i], [rel="author"]';
const LINKEDIN_PROFILE = 'a[href*="linkedin.com/in/"]';
const SECTION = 'section, article, aside, [role="region"]';
/** Quotation marks: a card that quotes someone is a testimonial, whatever its markup. */
const QUOTE = /[“”„«»]|^\s*"/;

interface Section {
  root: Element;
  context: string;
  /** h1 and h2 headings inside the root, in document order: the one before a card heads its part of the page. */
  headings: Element[];
}

function short(el: Element | null | undefined): string | undefined {
  const text = (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text && text.length <= SHORT ? text : undefined;
}

/** A card's short texts, split where the page breaks lines (`<br>`, blocks): ["Anna Schmidt", "CEO"]. */
function cardTexts(el: Element): string[] | undefined {
  let out = '';
  let budget = 300;
  const walk = (node: Node) => {
    if (--budget < 0 || out.length > MAX_CARD_CHARS) return;
    if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'SVG' || tag === 'BUTTON') return;
    // Inline elements run on; anything else (a block, a line break, a name element) starts a new text.
    const inline = tag === 'A' || tag === 'EM' || tag === 'I' || tag === 'SMALL' || tag === 'ABBR' || tag === 'SUB';
    if (!inline) out += '\n';
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (!inline) out += '\n';
  };
  walk(el);
  if (out.length > MAX_CARD_CHARS || QUOTE.test(out)) return undefined;
  const texts = out
    .split('\n')
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t && t.length <= SHORT);
  return texts.length ? texts.slice(0, CAP.texts) : undefined;
}

/** The text beside a name: the next element, or the previous one (a role written above the name). */
function roleBeside(el: Element): { text: string; el: Element } | undefined {
  // A name wrapped alone in a link or a div: its wrapper's siblings are the card's other lines.
  let at: Element = el;
  for (let i = 0; i < 2; i++) {
    for (const sibling of [
      at.nextElementSibling,
      at.nextElementSibling?.nextElementSibling,
      at.previousElementSibling,
    ]) {
      const text = short(sibling);
      if (text && sibling) return { text, el: sibling };
    }
    const parent = at.parentElement;
    if (!parent || parent.childElementCount > 1) break;
    at = parent;
  }
  return undefined;
}

/** The smallest ancestor holding both texts (up to three levels): the card, where its LinkedIn link would be. */
function cardOf(name: Element, role: Element | undefined): Element {
  let card = name.parentElement ?? name;
  for (let i = 0; i < 3 && role && !card.contains(role); i++) card = card.parentElement ?? card;
  return card;
}

/** The card's LinkedIn profile link; none when the card holds several (it is then a list of people, not one). */
function linkedinOf(card: Element): string | undefined {
  const links = card.querySelectorAll(LINKEDIN_PROFILE);
  const href = links.length === 1 ? links[0]?.getAttribute('href') : undefined;
  return href && href.length <= CAP.href ? href : undefined;
}

function headingsIn(root: Element): Element[] {
  return Array.from(root.querySelectorAll('h1, h2')).slice(0, MAX_HEADINGS);
}

/**
 * Where the heading's list is: an h1 heads the page, so the main content; else the heading's section, else its parent
 * when that holds more than the heading, else the parent's parent (`<div><h2>Team</h2></div><div>cards</div>`).
 */
function rootOf(doc: Document, heading: Element, tag: string): Element | null {
  if (tag === 'h1') return doc.querySelector('main') ?? doc.body;
  const section = heading.closest(SECTION);
  if (section) return section;
  const parent = heading.parentElement;
  if (parent && parent.childElementCount > 1) return parent;
  return parent?.parentElement ?? parent;
}

/** Sections headed by a team heading; on a team page without one, the main content as a whole. */
function teamSections(doc: Document, url: string): Section[] {
  const sections: Section[] = [];
  const seen = new Set<Element>();
  let read = 0;
  for (const tag of ['h1', 'h2', 'h3']) {
    const headings = doc.getElementsByTagName(tag);
    for (let i = 0; i < headings.length && read < MAX_HEADINGS && sections.length < MAX_SECTIONS; i++, read++) {
      const heading = headings[i];
      const text = short(heading);
      if (!heading || !text || !isTeamHeading(text)) continue;
      const root = rootOf(doc, heading, tag);
      if (!root || seen.has(root) || [...seen].some((r) => r.contains(root))) continue;
      seen.add(root);
      sections.push({ root, context: text.slice(0, CAP.context), headings: headingsIn(root) });
    }
  }
  if (sections.length === 0 && isTeamPath(url)) {
    const root = doc.querySelector('main') ?? doc.body;
    if (root) sections.push({ root, context: 'page', headings: headingsIn(root) });
  }
  return sections;
}

/**
 * Whether an element is out of the team: inside a quote, testimonial or byline, in a sub-section headed as customers,
 * partners, investors or news, or after such a heading in the section's own flow. Verdicts are cached per element.
 */
function excluded(el: Element, section: Section, verdicts: Map<Element, boolean>): boolean {
  if (el.closest(NOT_A_MEMBER)) return true;
  const inner = el.closest(SECTION);
  if (inner && inner !== section.root && section.root.contains(inner)) {
    let verdict = verdicts.get(inner);
    if (verdict === undefined) {
      verdict = isNotTeamHeading(short(inner.querySelector('h1, h2, h3, h4')) ?? '');
      verdicts.set(inner, verdict);
    }
    if (verdict) return true;
  }
  let before: Element | undefined;
  for (const heading of section.headings) {
    if (heading.compareDocumentPosition(el) & 4) before = heading;
    else break;
  }
  return !!before && isNotTeamHeading(short(before) ?? '');
}

/** Signature of an element among its siblings: repeated ones are the items of a grid or a list. */
function signature(el: Element): string {
  return `${el.tagName}.${el.getAttribute('class') ?? ''}`;
}

/**
 * The people a company page lists: cards (a name and its role beside it, or the items of a grid or list) under a team
 * heading, or anywhere in the main content of a team page, leaving out quotes, testimonials and bylines. Reads
 * nothing on a page without such a heading or address, so most pages pay for one pass over their headings. What is a
 * name and what is a role is decided in the background (lib/extract/people/interpret.ts).
 */
export function collectTeam(doc: Document, url: string): PeopleCard[] {
  const cards: PeopleCard[] = [];
  const keys = new Set<string>();
  const taken: Element[] = [];
  const verdicts = new Map<Element, boolean>();
  const isTaken = (el: Element) => taken.some((t) => t === el || t.contains(el) || el.contains(t));
  const add = (texts: string[], context: string, card: Element, parts: Element[]) => {
    const key = texts.join('\n');
    if (keys.has(key) || cards.length >= CAP.cards) return;
    keys.add(key);
    taken.push(...parts);
    const entry: PeopleCard = { texts: texts.slice(0, CAP.texts), context };
    const href = linkedinOf(card);
    if (href) entry.href = href;
    cards.push(entry);
  };
  for (const section of teamSections(doc, url)) {
    const { root, context } = section;
    // A name in its own element, its role beside it.
    const found = root.querySelectorAll(NAME_ELEMENTS);
    for (let i = 0; i < found.length && i < MAX_NAME_ELEMENTS && cards.length < CAP.cards; i++) {
      const el = found[i];
      const name = short(el);
      // The section's own heading ("Our team") is not a member.
      if (!el || !name || isTeamHeading(name) || isTaken(el) || excluded(el, section, verdicts)) continue;
      const role = roleBeside(el);
      if (!role || QUOTE.test(role.text)) continue;
      add([name, role.text], context, cardOf(el, role.el), [el, role.el]);
    }
    // The items of a grid or a list: siblings of the same tag and class, each a few short texts.
    const all = root.getElementsByTagName('*');
    for (let i = 0; i < all.length && i < MAX_ELEMENTS && cards.length < CAP.cards; i++) {
      const parent = all[i];
      if (!parent || parent.childElementCount < 2) continue;
      const counts = new Map<string, number>();
      let n = 0;
      for (let c = parent.firstElementChild; c && n < MAX_ITEMS; c = c.nextElementSibling, n++)
        counts.set(signature(c), (counts.get(signature(c)) ?? 0) + 1);
      n = 0;
      for (
        let item = parent.firstElementChild;
        item && cards.length < CAP.cards && n < MAX_ITEMS;
        item = item.nextElementSibling, n++
      ) {
        if ((counts.get(signature(item)) ?? 0) < 2 || isTaken(item) || excluded(item, section, verdicts)) continue;
        const texts = cardTexts(item);
        if (texts && !(texts.length === 1 && isTeamHeading(texts[0] ?? ''))) add(texts, context, item, [item]);
      }
    }
  }
  return cards;
}
