import { LIMITS } from '../signals/limits';
import { SOURCE_LIMITS as CAP, type Card } from '../signals/source';
import { attrSelector, type CompanyDraft, type FactContext, isSafeKey, type JsonObject } from './facts';
import { isOrgType, isPageType, type OrgCandidate, pageRole, pickSubject, shortType } from './org-pick';
import { orgLinks, orgToCompany } from './organization';

const MAX_SCOPES = 200;
const MAX_PROPS = 300;
const MAX_DEPTH = 3;

const URL_ATTR: Record<string, string> = {
  A: 'href',
  AREA: 'href',
  LINK: 'href',
  IMG: 'src',
  AUDIO: 'src',
  VIDEO: 'src',
  SOURCE: 'src',
  IFRAME: 'src',
  EMBED: 'src',
  OBJECT: 'data',
  META: 'content',
  TIME: 'datetime',
  DATA: 'value',
  METER: 'value',
};

/** Microdata (itemscope, itemtype, itemprop) and RDFa Lite (typeof, property) name the same things. */
interface Syntax {
  scopes: string;
  type: string;
  prop: string;
  isScope: (el: Element) => boolean;
}
const MICRODATA: Syntax = {
  scopes: '[itemscope][itemtype]',
  type: 'itemtype',
  prop: 'itemprop',
  isScope: (el) => el.hasAttribute('itemscope'),
};
// RDFa with schema.org's vocabulary: `vocab="https://schema.org/" typeof="Organization"`, or `typeof="schema:..."`.
const RDFA: Syntax = {
  scopes: '[typeof]',
  type: 'typeof',
  prop: 'property',
  isScope: (el) => el.hasAttribute('typeof'),
};

function itemTypes(el: Element, syntax: Syntax = MICRODATA): string[] {
  const raw = el.getAttribute(syntax.type) ?? '';
  return raw.split(/\s+/).filter(Boolean).slice(0, 5).map(shortType);
}

/** The item's properties as JSON, so microdata, RDFa and JSON-LD organizations share one field mapping. */
function readItem(scope: Element, depth: number, syntax: Syntax): JsonObject {
  const item: JsonObject = Object.create(null);
  item['@type'] = itemTypes(scope, syntax);
  const props = scope.querySelectorAll(`[${syntax.prop}]`);
  const n = Math.min(props.length, MAX_PROPS);
  for (let i = 0; i < n; i++) {
    const el = props[i];
    // Properties of a nested item belong to that item, not to this one.
    if (!el || el.parentElement?.closest(syntax === MICRODATA ? '[itemscope]' : '[typeof]') !== scope) continue;
    let value: unknown;
    if (syntax.isScope(el)) value = depth < MAX_DEPTH ? readItem(el, depth + 1, syntax) : undefined;
    else {
      const attr = URL_ATTR[el.tagName.toUpperCase()];
      value =
        (attr && el.getAttribute(attr)) ?? el.getAttribute('content') ?? el.textContent?.slice(0, LIMITS.text * 2);
    }
    if (value === undefined || value === null) continue;
    for (const raw of (el.getAttribute(syntax.prop) ?? '').split(/\s+/).slice(0, 5)) {
      const name = shortType(raw);
      if (!name || !isSafeKey(name)) continue;
      // Repeated properties (several sameAs links) become a list, as in JSON-LD.
      const known = item[name];
      if (known === undefined) item[name] = value;
      else if (Array.isArray(known)) known.length < LIMITS.list && known.push(value);
      else item[name] = [known, value];
    }
  }
  return item;
}

/**
 * The elements of two lists in document order, each once, the first `max`. Two single-selector walks are Blink's fast
 * path; the selector list of both syntaxes took its slow path, three to five times their cost on a large page.
 */
function inOrder(a: ArrayLike<Element>, b: ArrayLike<Element>, max: number): Element[] {
  const out: Element[] = [];
  let i = 0;
  let j = 0;
  while (out.length < max && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i] : undefined;
    const y = j < b.length ? b[j] : undefined;
    // x first when b is done, when both lists hold it, or when y follows it.
    if (x && (!y || x === y || x.compareDocumentPosition(y) & 4)) {
      if (x === y) j++;
      i++;
      out.push(x);
    } else if (y) {
      j++;
      out.push(y);
    } else {
      i++;
      j++;
    }
  }
  return out;
}

const MAX_PERSONS = 3;

/** The text of a property: a string, or a nested item's name or locality ("worksFor" an Organization). */
function textOf(value: unknown, keys: readonly string[]): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  for (const item of list) {
    const raw =
      typeof item === 'string'
        ? item
        : item && typeof item === 'object'
          ? keys.map((k) => (item as JsonObject)[k]).find((v) => typeof v === 'string')
          : undefined;
    const text = typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim() : '';
    if (text && text.length <= CAP.cardValue) return text;
  }
  return undefined;
}

/**
 * A Person item as a profile card (lib/extract/cards.ts reads both): a business network's profile header, a staff
 * page's card, in schema.org's or data-vocabulary.org's words.
 */
function personCard(item: JsonObject): Card {
  const place = ['addressLocality', 'locality', 'name'];
  const fields: Array<[keyof Card, string | undefined]> = [
    ['name', textOf(item.name, [])],
    ['given', textOf(item.givenName, [])],
    ['family', textOf(item.familyName, [])],
    ['title', textOf(item.jobTitle ?? item.title, ['name'])],
    ['org', textOf(item.worksFor ?? item.affiliation, ['name'])],
    ['locality', textOf(item.homeLocation ?? item.address, place) ?? textOf(item.locality, [])],
  ];
  const card: Card = {};
  for (const [k, v] of fields) if (v) card[k] = v;
  return card;
}

/**
 * Company fields of the page's subject organization in its microdata (itemscope/itemprop) or RDFa Lite with
 * schema.org's vocabulary (typeof/property), the evidence source `microdata` for both. The Person items on the way
 * go to `persons`, as cards.
 */
export function extractMicrodata(
  doc: Document,
  ctx: FactContext,
  pageDomain: string | undefined,
  platform: boolean,
  persons?: Card[],
): CompanyDraft | undefined {
  const candidates: Array<OrgCandidate<{ item: JsonObject; selector: string; syntax: Syntax }>> = [];
  const scopes = inOrder(doc.querySelectorAll(MICRODATA.scopes), doc.querySelectorAll(RDFA.scopes), MAX_SCOPES);
  for (const scope of scopes) {
    const syntax = scope.hasAttribute('itemscope') && scope.hasAttribute('itemtype') ? MICRODATA : RDFA;
    const types = itemTypes(scope, syntax);
    // schema.org's Person, or data-vocabulary.org's (2009-2013 profiles: "http://data-vocabulary.org/Person").
    if (persons && types.some((t) => t === 'Person' || /\/Person$/.test(t)) && persons.length < MAX_PERSONS) {
      const card = personCard(readItem(scope, 0, syntax));
      if (card.name || card.family) persons.push(card);
    }
    if (!isOrgType(types)) continue;
    const item = readItem(scope, 0, syntax);
    const role = scope.getAttribute(syntax.prop)?.trim().split(/\s+/)[0];
    const parent = scope.parentElement?.closest(syntax === MICRODATA ? '[itemscope]' : '[typeof]');
    const referenced = parent && isPageType(itemTypes(parent, syntax)) ? pageRole(role) : undefined;
    const selector = attrSelector('', syntax.type, scope.getAttribute(syntax.type) ?? '');
    candidates.push({ org: { item, selector, syntax }, role, referenced, ...orgLinks(item, ctx.url) });
  }
  const subject = pickSubject(candidates, pageDomain, platform)?.org;
  if (!subject) return undefined;
  const where = (key: string) => `${subject.selector} [${subject.syntax.prop}~="${key}"]`;
  return orgToCompany(subject.item, where, ctx, 'microdata');
}
