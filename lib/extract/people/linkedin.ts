import { PEOPLE_LIMITS as CAP, type PeopleCard } from '../../signals/people-source';

/**
 * People a LinkedIn company page lists as working there, each a name, a headline and a profile link. Named
 * selectors, most current first (STYLE.md 4):
 */
const CARD_LAYOUTS: ReadonlyArray<{ card: string; name: string; headline: string; link: string }> = [
  {
    // Logged-in "People" tab (2023-2025): profile cards in a grid.
    card: '.org-people-profile-card__profile-info',
    name: '.artdeco-entity-lockup__title',
    headline: '.artdeco-entity-lockup__subtitle',
    link: '.artdeco-entity-lockup__title a[href], a[href*="/in/"]',
  },
  {
    // Logged-out public page (2022-2025): the "Employees at ..." section.
    card: '[data-test-id="employees-at"] li',
    name: '.base-main-card__title, h3',
    headline: '.base-main-card__subtitle, h4',
    link: 'a[href*="/in/"]',
  },
];
const COMPANY_PATH = /^\/(?:company|showcase)\/[^/]+/;
const MAX_CARDS = 200;

function text(el: Element | null): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, CAP.text);
}

/** The people of a LinkedIn company page (any tab): nothing on another LinkedIn page. */
export function collectLinkedinPeople(doc: Document, url: string): PeopleCard[] {
  try {
    if (!COMPANY_PATH.test(new URL(url).pathname)) return [];
  } catch {
    return [];
  }
  const cards: PeopleCard[] = [];
  for (const layout of CARD_LAYOUTS) {
    const found = doc.querySelectorAll(layout.card);
    for (let i = 0; i < found.length && i < MAX_CARDS && cards.length < CAP.cards; i++) {
      const card = found[i];
      if (!card) continue;
      const name = text(card.querySelector(layout.name));
      const headline = text(card.querySelector(layout.headline));
      if (!name || !headline) continue;
      const href = card.querySelector(layout.link)?.getAttribute('href') ?? undefined;
      const entry: PeopleCard = { texts: [name, headline], context: 'linkedin' };
      if (href && href.length <= CAP.href) entry.href = href;
      cards.push(entry);
    }
    if (cards.length) break;
  }
  return cards;
}
