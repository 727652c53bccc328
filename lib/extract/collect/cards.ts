import { SOURCE_LIMITS as CAP, type Card, type CardKey, type PageSource } from '../../signals/source';

/**
 * Microformats property classes, h-card (`p-name`, `p-locality`...) and classic hCard (`fn`, `locality`...), by the
 * one name the background reads them under. Values are read as the page shows them; what they mean (a company's
 * contact card, a person's profile card) the background decides (lib/extract/cards.ts).
 */
const PROPERTIES: Record<string, CardKey> = {
  'p-name': 'name',
  fn: 'name',
  'p-given-name': 'given',
  'given-name': 'given',
  'p-family-name': 'family',
  'family-name': 'family',
  'p-org': 'org',
  org: 'org',
  'organization-name': 'org',
  'p-job-title': 'title',
  title: 'title',
  'headline-title': 'title',
  'p-role': 'role',
  role: 'role',
  'p-street-address': 'street',
  'street-address': 'street',
  'p-locality': 'locality',
  locality: 'locality',
  'p-region': 'region',
  region: 'region',
  'p-postal-code': 'postalCode',
  'postal-code': 'postalCode',
  'p-country-name': 'country',
  'country-name': 'country',
  'p-label': 'label',
  'u-url': 'url',
  url: 'url',
  'u-email': 'email',
  email: 'email',
};
const ROOTS = ['h-card', 'vcard'];
const MAX_ELEMENTS = 150;

const isCard = (el: Element) => el.classList.contains('h-card') || el.classList.contains('vcard');

function propertyValue(el: Element, key: string): string {
  const href = key === 'url' || key === 'email' ? el.getAttribute('href') : null;
  // A nested card (an h-card as the p-org) is worth its name, as microformats2 parsers read it.
  const nested = isCard(el) ? el.querySelector('.p-name, .fn') : null;
  const raw = href ?? el.getAttribute('content') ?? el.getAttribute('title') ?? (nested ?? el).textContent ?? '';
  return raw
    .slice(0, CAP.cardValue * 2)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, CAP.cardValue);
}

/** One card's properties: the first value of each, from the card's own elements (a nested card keeps its own). */
function readCard(root: Element): Card {
  const card: Card = {};
  const els = root.querySelectorAll('[class]');
  for (let i = 0; i < els.length && i < MAX_ELEMENTS; i++) {
    const el = els[i];
    if (!el) continue;
    const owner = el.parentElement?.closest('.h-card, .vcard');
    // A nested card (an h-card as a p-org) gives its own value as a whole, not its inner properties.
    if (owner && owner !== root && !isCard(el)) continue;
    for (const cls of Array.from(el.classList)) {
      // Own keys only: a class named `constructor` is not a property.
      const key = Object.hasOwn(PROPERTIES, cls) ? PROPERTIES[cls] : undefined;
      // A past position's organization (LinkedIn's 2010-2015 `summary-past`, `past-position`) is not the employer.
      if (key === 'org' && el.closest('[class*="past"]')) continue;
      if (key && card[key] === undefined) {
        const value = propertyValue(el, key);
        if (value) card[key] = value;
      }
    }
  }
  return card;
}

/**
 * h-card and hCard microformats: company contact cards, and the profile cards of older public LinkedIn layouts. Two
 * class collections and a bounded walk of each card; outermost cards first, at most a few.
 */
export function readCards(doc: Document): PageSource['cards'] {
  const cards: NonNullable<PageSource['cards']> = [];
  const seen = new Set<Element>();
  for (const cls of ROOTS) {
    const roots = doc.getElementsByClassName(cls);
    for (let i = 0; i < roots.length && cards.length < CAP.cards; i++) {
      const root = roots[i];
      if (!root || seen.has(root) || root.parentElement?.closest('.h-card, .vcard')) continue;
      seen.add(root);
      const card = readCard(root);
      if (Object.keys(card).length) cards.push(card);
    }
  }
  return cards.length ? cards : undefined;
}
