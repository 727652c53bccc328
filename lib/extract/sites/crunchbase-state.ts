import { isObject, type JsonObject, own } from '../facts';
import { query } from './dom';

/**
 * Crunchbase's Angular app (2019-2025) ships the API responses it rendered from in a state script: `#ng-state`
 * (plain JSON, newer pages) or `#client-app-state` (older pages, quotes and brackets escaped as `&q;`, `&l;`...).
 * The organization's entity holds `properties.identifier.permalink` (the URL's slug) and `cards` (overview, about,
 * social fields), steadier than the rendered DOM, and present on a page saved before the app rendered.
 */
const STATE_SCRIPTS = ['script#ng-state', 'script#client-app-state'];
// The organization responses are tens of kilobytes; a page carrying megabytes holds feeds, not the profile.
const MAX_CHARS = 3_000_000;
const MAX_NODES = 20_000;
const MAX_DEPTH = 8;
const ANGULAR_ESCAPES: Record<string, string> = { '&q;': '"', '&s;': "'", '&l;': '<', '&g;': '>', '&a;': '&' };

function parseState(text: string, escaped: boolean): unknown {
  const json = escaped ? text.replace(/&[qslga];/g, (m) => ANGULAR_ESCAPES[m] ?? m) : text;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

function linkOf(holder: unknown): string | undefined {
  const identifier = isObject(holder) ? own(holder, 'identifier') : undefined;
  const link = isObject(identifier) ? own(identifier, 'permalink') : undefined;
  return typeof link === 'string' ? link.toLowerCase() : undefined;
}

/** The entity's slug: in its properties, or (responses asked for cards only) in its overview card. */
function permalink(entity: JsonObject): string | undefined {
  const fromProperties = linkOf(own(entity, 'properties'));
  if (fromProperties) return fromProperties;
  const cards = own(entity, 'cards');
  if (!isObject(cards)) return undefined;
  for (const key of Object.keys(cards).slice(0, 50)) {
    const link = linkOf(own(cards, key));
    if (link) return link;
  }
  return undefined;
}

/** The entity of the organization `slug` names, found by a bounded walk of the state, whatever wraps it. */
function findEntity(root: unknown, slug: string): JsonObject | undefined {
  const stack: Array<[unknown, number]> = [[root, 0]];
  let budget = MAX_NODES;
  while (stack.length && --budget > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (Array.isArray(node)) {
      if (depth < MAX_DEPTH) for (const item of node.slice(0, 200)) stack.push([item, depth + 1]);
      continue;
    }
    if (!isObject(node)) continue;
    // A response asked for fields only (2025: `field_ids=...`) holds them in `properties`, without cards.
    if ((isObject(own(node, 'cards')) || isObject(own(node, 'properties'))) && permalink(node) === slug) return node;
    if (depth < MAX_DEPTH) for (const key of Object.keys(node).slice(0, 200)) stack.push([own(node, key), depth + 1]);
  }
  return undefined;
}

/** What the state says of the organization: its title and, field by field, the first card that has the field. */
export interface CrunchbaseState {
  title?: string;
  shortDescription?: string;
  field(name: string): unknown;
}

export function readCrunchbaseState(doc: Document, slug: string): CrunchbaseState | undefined {
  for (const selector of STATE_SCRIPTS) {
    const text = query(doc, selector)?.textContent ?? '';
    if (!text || text.length > MAX_CHARS || !text.toLowerCase().includes(slug)) continue;
    const entity = findEntity(parseState(text, selector.endsWith('client-app-state')), slug);
    if (!entity) continue;
    const properties = own(entity, 'properties');
    const held = own(entity, 'cards');
    const cards: JsonObject = isObject(held) ? held : {};
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    // A cards-only response names the organization in its identifier ("value": "Acme").
    const cardIdentifier = Object.values(cards)
      .slice(0, 50)
      .map((card) => (isObject(card) ? own(card, 'identifier') : undefined))
      .find(isObject);
    return {
      title:
        (isObject(properties) ? str(own(properties, 'title')) : undefined) ??
        (cardIdentifier ? str(own(cardIdentifier, 'value')) : undefined),
      shortDescription: isObject(properties) ? str(own(properties, 'short_description')) : undefined,
      field(name) {
        for (const card of Object.values(cards).slice(0, 100)) {
          const value = isObject(card) ? own(card, name) : undefined;
          if (value !== undefined && value !== null) return value;
        }
        const value = isObject(properties) ? own(properties, name) : undefined;
        return value ?? undefined;
      },
    };
  }
  return undefined;
}
