/**
 * What the content script reads of the people a page lists (lib/extract/people/collect.ts): short texts per card,
 * in document order, with the card's LinkedIn link and the section that lists it. Nothing is decided in the page
 * (which text is the name, whether it is a role): the background does that (lib/extract/people/interpret.ts).
 */
export interface PeopleCard {
  /** One to four short texts: "Anna Schmidt", "Head of Sales"; or one line, "Anna Schmidt – Head of Sales". */
  texts: string[];
  /** A LinkedIn profile link inside the card. */
  href?: string;
  /**
   * Why the card counts as a member of the company: the heading of the section that lists it ("Our leadership"),
   * `page` for a page whose address names a team ("/team"), or `linkedin` for a LinkedIn company page's people.
   */
  context: string;
}

/** A page lists at most this many people: more is a directory, not a team, and costs the message. */
export const PEOPLE_LIMITS = {
  cards: 50,
  texts: 4,
  text: 150,
  context: 120,
  href: 300,
} as const;
