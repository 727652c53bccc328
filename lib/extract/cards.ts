import { LIMITS } from '../signals/limits';
import type { Address, CompanySignals, PersonSignals } from '../signals/schema';
import type { Card } from '../signals/source';
import { cityOrNone } from './area';
import { toIsoCountry } from './countries';
import { type CompanyDraft, type FactContext, makeFact } from './facts';
import { websiteDomain } from './organization';
import { findAddress } from './text/address';
import { tldCountry } from './text/country';

const where = (key: string) => `.h-card .p-${key}, .vcard .${key}`;

// A card's property is the text of whatever element carries its class: on a broken page that can swallow a script or
// a whole section. Longer than a name or a title can be, it is not one, and it is left out rather than clipped.
const short = (text: string | undefined) => (text && text.length <= LIMITS.shortText ? text : undefined);
const sane = (card: Card): Card =>
  Object.fromEntries(
    Object.entries(card)
      .map(([key, value]) => [key, short(value)])
      .filter(([, value]) => value),
  ) as Card;

function isPersonCard(card: Card): boolean {
  return !!(card.given || card.family || card.title || card.role) && !(card.org && card.org === card.name);
}

/**
 * The card's address: its parts as written; a missing country from the postcode and locality read as a postal line
 * (lib/extract/text/address.ts), with the page's language and TLD as the weaker evidence.
 */
function cardAddress(card: Card, lang: string | undefined, site: string | undefined): Address | undefined {
  const address: Address = {};
  const city = cityOrNone(card.locality);
  if (card.street) address.street = card.street;
  if (card.postalCode) address.postalCode = card.postalCode.slice(0, 20);
  if (city) address.city = city;
  if (card.region) address.region = card.region;
  const country = toIsoCountry(card.country ?? '');
  if (country) address.country = country;
  else if (city && card.postalCode) {
    const line = `${card.street ?? ''}\n${card.postalCode} ${city}\n`;
    const read = findAddress(line, { lang: lang?.slice(0, 2).toLowerCase(), tldCountry: tldCountry(site)?.country });
    if (read?.country) address.country = read.country;
  }
  return Object.keys(address).length ? address : undefined;
}

/**
 * The page's organization from its contact cards: the card whose site is the page's own, else the one organization
 * every card names. A page of several organizations' cards (a partner list) gives none; person cards are people.
 */
export function cardCompany(
  cards: readonly Card[] | undefined,
  ctx: FactContext,
  pageDomain: string | undefined,
  lang?: string,
): CompanyDraft | undefined {
  // An organization's card names it as `org` (`fn org` on one element in hCard): a card with a name alone is a person's.
  const orgs = (cards ?? []).map(sane).filter((c) => !isPersonCard(c) && c.org);
  if (!orgs.length) return undefined;
  const own = orgs.find((c) => pageDomain && websiteDomain(c.url, ctx.url) === pageDomain);
  const names = new Set(orgs.map((c) => c.org?.toLowerCase()));
  const card = own ?? (names.size === 1 ? orgs[0] : undefined);
  if (!card) return undefined;
  const company: CompanySignals = {};
  const orgName = short(card.org);
  if (orgName) company.name = makeFact(ctx, 'microformats', orgName, where('org'));
  const domain = websiteDomain(card.url, ctx.url);
  if (domain) company.domain = makeFact(ctx, 'microformats', domain, where('url'));
  const hq = cardAddress(card, lang, pageDomain);
  if (hq) company.hq = makeFact(ctx, 'microformats', hq, '.h-card .p-adr, .vcard .adr');
  return company;
}

/**
 * A person's profile card (older public LinkedIn layouts): name, title, current employer, location. The card's title
 * is often the headline ("VP Engineering at Acme"): its title part is taken when the card's org confirms the rest.
 */
export function cardPerson(
  cards: readonly Card[] | undefined,
  ctx: FactContext,
  confidence: number,
  headlineTitle: (headline: string, employer: string | undefined) => { title?: string; employer?: string },
): PersonSignals {
  const card = (cards ?? []).map(sane).find(isPersonCard);
  if (!card) return {};
  const person: PersonSignals = {};
  const name = short(card.name ?? [card.given, card.family].filter(Boolean).join(' '));
  const fact = <T>(value: T, key: string) => makeFact(ctx, 'microformats', value, where(key), confidence);
  if (name) person.name = fact(name, 'name');
  const org = short(card.org && card.org !== name ? card.org : undefined);
  const headline = card.title ?? card.role;
  const read = headline ? headlineTitle(headline, org) : {};
  const title = short(read.title);
  if (title) person.title = fact(title, 'title');
  const employer = org ?? short(read.employer);
  if (employer) person.employer = fact(employer, 'org');
  const location = short(card.locality ?? card.label);
  if (location) person.location = fact(location, 'locality');
  return person;
}
