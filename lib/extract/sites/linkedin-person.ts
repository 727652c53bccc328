import type { PersonSignals } from '../../signals/schema';
import { isObject, type JsonObject, own, safeUrl } from '../facts';
import { socialProfile } from '../links';
import { jsonText, plainText } from '../text';
import { firstText, query, queryAll, textOf } from './dom';
import { parseHeadline } from './headline';
import { firstOf, jsonLdNodes } from './jsonld-nodes';
import { deref, linkedinSlug, obj, readVoyager, typeIs } from './linkedin-data';
import { compact, type SiteAdapter, type SiteContext, type SiteResult, siteFacts } from './types';

const ID = 'linkedin-person';

/** A slug as a CSS string: anything but letters, digits, `-` and `_` ends it (slugs are ASCII in LinkedIn URLs). */
const CSS_SAFE = (slug: string) => slug.replace(/[^\w-].*$/, '');
// A location line is short; a longer match is a whole panel read by a too-wide selector.
const MAX_LOCATION = 100;

const NAME = [
  'main h1.text-heading-xlarge', // logged-in top card (2022-2024)
  'main section h1', // logged-in top card, obfuscated classes (2025)
  'h1.top-card-layout__title', // logged-out public profile
  '.pv-recent-activity-top-card h3', // logged-in activity tab
];
const HEADLINE = [
  'main .text-body-medium.break-words', // logged-in top card
  'h2.top-card-layout__headline', // logged-out public profile
  '.pv-recent-activity-top-card h4', // logged-in activity tab
];
const LOCATION = [
  'main span.text-body-small.inline.t-black--light.break-words', // logged-in top card
  '.top-card-layout__first-subline .top-card__subline-item', // logged-out public profile (2023)
  '.top-card-layout__first-subline div', // logged-out public profile (2024)
];
// The top card's subline also counts connections and followers ("500+ connections", "Più di 500 collegamenti",
// "Mehr als 500 Kontakte", "1.234 abonnés"), in the location's own element or beside it: a count is never a place.
const COUNT =
  /(?:(?:more than|over|più di|oltre|mehr als|über|plus de|\+ de|más de|mais de|meer dan|ponad)\s+)?\d[\d.,\u00a0\u202f ]*\+?\s*(?:connections?|followers?|collegamenti|follower|kontakte|follower:innen|relations|abonn[ée]s|conexiones|seguidores|conex(?:õ|o)es|connecties|volgers|kontakt[óo]w|obserwuj[ąa]cych)\b\.?/giu;

/** The top card's location line, connection and follower counts taken out; none when nothing else is left. */
function locationLine(doc: Document): { text: string; selector: string } | undefined {
  for (const selector of LOCATION) {
    for (const el of queryAll(doc, selector, 5)) {
      const text = textOf(el)
        ?.replace(COUNT, ' ')
        .replace(/\s*[·•|]\s*$/, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (text && /\p{L}{2}/u.test(text) && text.length <= MAX_LOCATION) return { text, selector };
    }
  }
  return undefined;
}

/** Logged-in experience card: the anchor div sits in its section; each position is a profile-component-entity. */
const EXPERIENCE_ANCHOR = '#experience';
const POSITION = '[data-view-name="profile-component-entity"]';
const POSITION_BOLD = '.t-bold span[aria-hidden="true"], .t-bold';
const POSITION_SUB = 'span.t-14.t-normal:not(.t-black--light) span[aria-hidden="true"]';
const COMPANY_LINK = 'a[href*="/company/"]';
/** Logged-out public profile experience list. */
const PUBLIC_POSITION = ['section.experience li', '.experience__list li'];

interface Position {
  title?: string;
  employer?: string;
  employerUrl?: string;
  selector: string;
}

function companyUrl(href: string | null | undefined, base: string): string | undefined {
  const profile = socialProfile(href, base);
  return profile?.network === 'linkedin' ? profile.url : undefined;
}

/**
 * The current position from the experience card. A company with several roles shows the company in bold and the
 * roles as nested entities; a single role shows the title in bold and "Company · Full-time" under it.
 */
function experience(doc: Document, base: string): Position | undefined {
  const section = query(doc, EXPERIENCE_ANCHOR)?.closest('section');
  const entity = section ? query(section, POSITION) : null;
  if (entity) {
    const link = companyUrl(query(entity, COMPANY_LINK)?.getAttribute('href'), base);
    const nested = query(entity, `${POSITION} ${POSITION}, .pvs-entity__sub-components ${POSITION}`);
    const bold = textOf(query(entity, POSITION_BOLD));
    if (nested) {
      return { employer: bold, title: textOf(query(nested, POSITION_BOLD)), employerUrl: link, selector: POSITION };
    }
    const sub = textOf(query(entity, POSITION_SUB))?.split(/\s+·\s+/)[0];
    return { title: bold, employer: sub, employerUrl: link, selector: POSITION };
  }
  for (const selector of PUBLIC_POSITION) {
    const item = query(doc, selector);
    if (!item) continue;
    const title = textOf(query(item, 'h3'));
    const employer = textOf(query(item, 'h4'));
    if (title || employer)
      return {
        title,
        employer,
        employerUrl: companyUrl(query(item, COMPANY_LINK)?.getAttribute('href'), base),
        selector,
      };
  }
  return undefined;
}

/** Logged-out pages: the JSON-LD Person whose url is the profile. */
function fromJsonLd(doc: Document, slug: string): JsonObject | undefined {
  return jsonLdNodes(doc, 'Person').find((p) => linkedinSlug(String(firstOf(own(p, 'url')) ?? ''), 'in') === slug);
}

/** Logged-in pages: the embedded profile entity of this slug. */
function fromEmbedded(doc: Document, slug: string): { name?: string; headline?: string; location?: string } {
  const data = readVoyager(doc, 'identity.profile.Profile', slug);
  const p = data.entities.find(
    (e) => typeIs(e, 'identity.profile.Profile') && String(own(e, 'publicIdentifier')).toLowerCase() === slug,
  );
  if (!p) return {};
  const first = plainText(own(p, 'firstName'));
  const last = plainText(own(p, 'lastName'));
  const geo = deref(data, obj(p, 'geoLocation') ?? {}, '*geo');
  return {
    name: plainText([first, last].filter(Boolean).join(' ')),
    headline: plainText(own(p, 'headline')),
    location: plainText(geo ? own(geo, 'defaultLocalizedName') : undefined),
  };
}

function extractPerson(doc: Document, ctx: SiteContext, slug: string): PersonSignals | undefined {
  const f = siteFacts(ctx, ID);
  const ld = fromJsonLd(doc, slug);
  const embedded = fromEmbedded(doc, slug);
  const position = experience(doc, ctx.url);
  // The activity tab's top card links the name and headline to the profile's own slug.
  const selfLink = `a[href$="/in/${CSS_SAFE(slug)}/"]`;
  const name = firstText(doc, [...NAME, `${selfLink} h3`]);
  const headline = firstText(doc, [...HEADLINE, `${selfLink} + h4`]);
  const fromHeadline = parseHeadline(headline?.text ?? embedded.headline);
  const works = ld ? firstOf(own(ld, 'worksFor')) : undefined;
  const address = ld ? firstOf(own(ld, 'address')) : undefined;
  const location = locationLine(doc);

  const person: PersonSignals = {
    name:
      f(ld ? jsonText(own(ld, 'name')) : undefined, 'jsonld Person.name') ??
      f(embedded.name, 'code.included[Profile].firstName') ??
      f(name?.text, name?.selector ?? ''),
    title:
      f(position?.title, position?.selector ?? '') ??
      f(ld ? jsonText(own(ld, 'jobTitle')) : undefined, 'jsonld Person.jobTitle') ??
      f(fromHeadline.title, 'headline'),
    employer:
      f(position?.employer, position?.selector ?? '') ??
      f(isObject(works) ? jsonText(own(works, 'name')) : undefined, 'jsonld Person.worksFor') ??
      f(fromHeadline.employer, 'headline'),
    employerUrl:
      f(position?.employerUrl, COMPANY_LINK) ??
      f(isObject(works) ? companyUrl(String(own(works, 'url') ?? ''), ctx.url) : undefined, 'jsonld worksFor.url'),
    location:
      f(isObject(address) ? jsonText(own(address, 'addressLocality')) : undefined, 'jsonld Person.address') ??
      f(location?.text, location?.selector ?? '') ??
      f(embedded.location, 'code.included[Geo]'),
  };
  // A name alone is what error pages show ("Profile Not Found" in an h1): a profile says something more.
  if (!person.name || !(person.title || person.employer || person.location)) return undefined;
  person.profileUrl = f(safeUrl(`https://www.linkedin.com/in/${encodeURIComponent(slug)}/`), 'url');
  return compact(person);
}

/** LinkedIn person profiles and their tabs (activity, details), logged in (embedded JSON, DOM) or out (JSON-LD). */
export const linkedinPerson: SiteAdapter = {
  id: ID,
  matches: ['https://*.linkedin.com/in/*'],
  extract(doc, ctx): SiteResult | undefined {
    const slug = linkedinSlug(ctx.url, 'in');
    const person = slug ? extractPerson(doc, ctx, slug) : undefined;
    return person ? { person } : undefined;
  },
};

export default linkedinPerson;
