import type { PersonSignals } from '../../signals/schema';
import { isObject, type JsonObject, own, safeUrl } from '../facts';
import { socialProfile } from '../links';
import { jsonText, plainText } from '../text';
import { firstText, labelKey, query, queryAll, queryFirst, textOf } from './dom';
import { parseHeadline, withoutPictographs } from './headline';
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
  'h1.pv-top-card-section__name', // logged-in top card (2017-2019)
  '#name .full-name', // top card (2012-2016), with or without hCard classes
  'h1#name', // public top card (2015-2016): the name is the heading itself
  'ul.pv-top-card--list:not(.pv-top-card--list-bullet) > li:first-child', // logged-in top card (2019-2021)
];
const HEADLINE = [
  'main .text-body-medium.break-words', // logged-in top card
  'h2.top-card-layout__headline', // logged-out public profile
  '.pv-recent-activity-top-card h4', // logged-in activity tab
  'h2.pv-top-card-section__headline', // logged-in top card (2017-2019)
  '#headline .title', // top card (2012-2016)
  'ul.pv-top-card--list:not(.pv-top-card--list-bullet) + h2', // logged-in top card (2019-2021)
];
const LOCATION = [
  'main span.text-body-small.inline.t-black--light.break-words', // logged-in top card
  // Logged-out public profile (2019-2023): location, then connections in a `--bullet` item.
  '.top-card-layout__first-subline .top-card__subline-item:not(.top-card__subline-item--bullet)',
  // Logged-out (2019-2020): the headline's h2, then the location's h3, or its first span beside the connections'.
  'section.top-card h3.top-card__subline-item',
  'section.top-card h3 > .top-card__subline-item:not(.top-card__subline-item--bullet)',
  // Logged-out public profile (2022-2025): location, followers and connections as spans of one middot row.
  '.profile-info-subheader .not-first-middot > span:first-child',
  '.top-card-layout__first-subline .not-first-middot > span:first-child',
  '.top-card-layout__first-subline .profile-info-subheader > span:first-child', // the location's span alone in it
  '.top-card-layout__first-subline div:not(.profile-info-subheader):not(.not-first-middot)', // logged-out (2024)
  'h3.pv-top-card-section__location', // logged-in top card (2017-2019)
  '#location .locality', // top card (2012-2016)
  '.masthead .locality', // public profile's hCard (2010-2013)
  '#demographics .locality', // public profile (2014-2017): location and industry rows under the headline
  'ul.pv-top-card--list-bullet > li:first-child', // logged-in top card (2019-2021)
];
/**
 * The top card's current employer, where the page names it apart from the headline; its link, when there is one,
 * is the company page.
 */
const TOP_CARD_EMPLOYER = [
  '[data-section="currentPositionsDetails"] .top-card-link__description', // logged-out public profile (2019-2022)
  '.top-card__position-info .top-card-link__description', // logged-out public profile (2023-2025)
  // The same link by its tracking name, which no translation or restyling changes (logged-out, 2021-2025).
  '[data-tracking-control-name="public_profile_topcard-current-company"]',
  '.pv-top-card-v2-section__company-name', // logged-in top card (2018-2019), linked to the company page
  'h3.pv-top-card-section__company', // logged-in top card (2017-2019)
  'a[data-control-name="position_see_more"]', // logged-in top card (2019-2021)
  '#overview-summary-current .org', // top card's "Current" row (2010-2016): its hCard org, else the row
  '#overview-summary-current li',
];
/**
 * Logged-in top card (2021-2023): the right panel lists the current company, then the school; the company's item is
 * known by its logo's `data-field`, in every language (its button's aria-label is translated).
 */
const RIGHT_PANEL_LOGO = '.pv-text-details__right-panel [data-field="experience_company_logo"]';
const RIGHT_PANEL_TEXT = '.pv-text-details__right-panel-item-text';

function rightPanelEmployer(doc: Document): { text: string; selector: string; el: Element } | undefined {
  const item = query(doc, RIGHT_PANEL_LOGO)?.closest('li');
  return item ? firstText(item, [RIGHT_PANEL_TEXT], 120) : undefined;
}

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
/**
 * The same card before entities were named (2021-2022): each position is a list item, and a company's roles a list
 * inside its item.
 */
const LIST_POSITION = 'li.pvs-list__item--line-separated, li.artdeco-list__item';
const LIST_ROLE = '.pvs-list li';
const POSITION_BOLD = '.t-bold span[aria-hidden="true"], .t-bold';
const POSITION_SUB = 'span.t-14.t-normal:not(.t-black--light) span[aria-hidden="true"]';
const COMPANY_LINK = 'a[href*="/company/"]';
/**
 * Logged-out public profile experience list: each position's title in its `h3` and employer in its `h4`, or (2012-2016,
 * `#experience li.position`) in `.item-title` and `.item-subtitle`.
 */
const PUBLIC_POSITION = [
  'section.experience li',
  '.experience__list li',
  '#experience li.position',
  '#profile-experience .position', // hResume (2010-2013): each position a vcard, its title and org in h3 and h4
  // Public profile (2013-2015): title and company in the header's h4, h5; the section's id with or without its
  // "-container".
  '[id^="background-experience"] .current-position',
];
/**
 * Logged-in experience section (2017-2021): a position, or a company with its roles grouped under it
 * (`.pv-entity__company-summary-info` names the company, each role's `h3` its title).
 */
// Queried one at a time (see `queryFirst`); the evidence names them as the list they are.
const ENTITY_POSITIONS = [
  '#experience-section .pv-position-entity',
  '#experience-section .pv-entity__position-group-pager',
];
const ENTITY_POSITION = ENTITY_POSITIONS.join(', ');
const ENTITY_GROUP_COMPANY = '.pv-entity__company-summary-info h3';
const ENTITY_ROLE_TITLE = '.pv-entity__role-details h3, .pv-entity__summary-info-v2 h3';
const ENTITY_TITLE = '.pv-entity__summary-info h3';
const ENTITY_COMPANY = '.pv-entity__secondary-title';
/** A position's dates: "Mar 2021 – Present" is current, "Jan 2015 – Dec 2019" (two years, two `time`s) is past. */
const DATE_RANGE = '.pv-entity__date-range, .date-range, .experience-item__duration';

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

/** The position's date range ends: two dates, the second with a year ("o momento" in a <time> is still open). */
function isPast(item: Element): boolean {
  const range = query(item, DATE_RANGE);
  if (!range) return false;
  const times = range.querySelectorAll('time');
  return (
    (times.length >= 2 && /\d/.test(times[times.length - 1]?.textContent ?? '')) ||
    (textOf(range, 120)?.match(/\b(?:19|20)\d{2}\b/g)?.length ?? 0) >= 2
  );
}

/**
 * The current position from the experience card. A company with several roles shows the company in bold and the
 * roles as nested entities; a single role shows the title in bold and "Company · Full-time" under it.
 */
const MAX_CURRENT = 10;

/**
 * A public position's title and employer, in the layouts of PUBLIC_POSITION (by class where no heading holds them). A
 * company's several roles (2023-) form one group: the company in its header, the latest role first under it.
 */
function publicParts(item: Element): { title?: string; employer?: string } {
  const header = query(item, '.experience-group-header__company');
  const role = header && query(item, '.experience-group-position');
  if (header && role) return { title: textOf(query(role, 'h3')), employer: textOf(header) };
  // 2013-2015: the title's h4 and the company's h5, in a header or bare.
  const h5 = query(item, 'header h5, h4 + h5');
  return {
    title: textOf(query(item, '.item-title, .experience-item__title') ?? query(item, h5 ? 'h4' : 'h3')),
    employer: textOf(query(item, '.item-subtitle, .experience-item__subtitle') ?? h5 ?? query(item, 'h4')),
  };
}

/** The current position whose employer the headline names ("Backend Engineer bij Kwadrant | Co-founder X"). */
function headlineChoice(items: Element[], preferred: string): Element | undefined {
  const key = labelKey(preferred);
  return items.find((item) => !isPast(item) && labelKey(publicParts(item).employer) === key);
}

function experience(doc: Document, base: string, preferred?: string): Position | undefined {
  const section = query(doc, EXPERIENCE_ANCHOR)?.closest('section');
  const named = section ? query(section, POSITION) : null;
  const entity = named ?? (section ? query(section, LIST_POSITION) : null);
  if (entity) {
    const link = companyUrl(query(entity, COMPANY_LINK)?.getAttribute('href'), base);
    // A company's roles: named entities inside it, or (in either layout) a list inside its item.
    const nested = query(
      entity,
      named ? `${POSITION} ${POSITION}, .pvs-entity__sub-components ${POSITION}, ${LIST_ROLE}` : LIST_ROLE,
    );
    const bold = textOf(query(entity, POSITION_BOLD));
    if (nested) {
      return { employer: bold, title: textOf(query(nested, POSITION_BOLD)), employerUrl: link, selector: POSITION };
    }
    const sub = textOf(query(entity, POSITION_SUB))?.split(/\s+·\s+/)[0];
    return { title: bold, employer: sub, employerUrl: link, selector: POSITION };
  }
  // One selector at a time: as a list it walks the whole page, alone each looks inside its id only.
  const grouped = queryFirst(doc, ENTITY_POSITIONS);
  if (grouped && !isPast(grouped)) {
    const link = companyUrl(query(grouped, COMPANY_LINK)?.getAttribute('href'), base);
    const company = textOf(query(grouped, ENTITY_GROUP_COMPANY));
    if (company)
      return {
        employer: company,
        title: textOf(query(grouped, ENTITY_ROLE_TITLE)),
        employerUrl: link,
        selector: ENTITY_POSITION,
      };
    // The employment type ("Full-time") sits in a nested element after the company's own text.
    const secondary = query(grouped, ENTITY_COMPANY);
    const own = secondary
      ? plainText(
          Array.from(secondary.childNodes)
            .filter((n) => n.nodeType === 3)
            .map((n) => n.nodeValue)
            .join(' '),
        )
      : undefined;
    return {
      title: textOf(query(grouped, ENTITY_TITLE)),
      employer: own ?? textOf(secondary),
      employerUrl: link,
      selector: ENTITY_POSITION,
    };
  }
  for (const selector of PUBLIC_POSITION) {
    // The first listed position is the latest, but ended: no current employer, rather than a past one. Of several
    // current ones (a side project beside the main job), the one whose employer the headline names.
    // A selector of list items ("section.experience li") looks for their container first: without it (most pages)
    // one walk by class tells so, where the selector would check every list item of a feed against its ancestors.
    const container = selector.endsWith(' li') && selector.slice(0, -3);
    const first = container && !query(doc, container) ? null : query(doc, selector);
    if (!first || isPast(first)) continue;
    const item = (preferred && headlineChoice(queryAll(doc, selector, MAX_CURRENT), preferred)) || first;
    const { title, employer } = publicParts(item);
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
  // Some captures give the profile as `sameAs` only.
  const profileOf = (p: JsonObject) => String(firstOf(own(p, 'url')) ?? firstOf(own(p, 'sameAs')) ?? '');
  return jsonLdNodes(doc, 'Person').find((p) => linkedinSlug(profileOf(p), 'in') === slug);
}

/** Logged-in pages: the embedded profile entity of this slug. */
function fromEmbedded(doc: Document, slug: string): { name?: string; headline?: string; location?: string } {
  if (!slug) return {};
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

/**
 * The current employer among the JSON-LD's `worksFor`: the guest profile lists positions as organizations with an
 * `OrganizationRole` member; one with an `endDate` is a past position.
 */
function currentEmployer(value: unknown): JsonObject | undefined {
  const list = (Array.isArray(value) ? value : [value]).slice(0, 30).filter(isObject);
  return list.find((org) => {
    const role = own(org, 'member');
    return !(isObject(role) && own(role, 'endDate'));
  });
}

/**
 * A position listing several roles ("Chief Technology Officer & Co-founder") whose first is the headline's title
 * ("Chief Technology Officer at X"): the person leads with that role, and it is the one their title is.
 */
function leadRole(position: string | undefined, headline: string | undefined): string | undefined {
  if (!position || !headline || position.length <= headline.length) return undefined;
  if (position.slice(0, headline.length).toLowerCase() !== headline.toLowerCase()) return undefined;
  // The rest must be a role of its own ("& Co-founder"), not the title's second half ("VP Sales & Marketing").
  return SECOND_ROLE.test(position.slice(headline.length)) ? headline : undefined;
}
const SECOND_ROLE =
  /^\s*(?:&|\+|\/|,|and|und|et|y|e|en)\s+(?:co-?)?(?:founder|owner|partner|gr[üu]nder\p{L}*|fondat\p{L}*|fundador\p{L}*|oprichter|inhaber\p{L}*|ceo|cto|cfo|coo|chief\b|president|director|managing director|gesch[äa]ftsf[üu]hrer\p{L}*)/iu;

function extractPerson(doc: Document, ctx: SiteContext, slug: string): PersonSignals | undefined {
  const f = siteFacts(ctx, ID);
  const ld = fromJsonLd(doc, slug);
  const embedded = fromEmbedded(doc, slug);
  // The activity tab's top card links the name and headline to the profile's own slug.
  const selfLink = `a[href$="/in/${CSS_SAFE(slug)}/"]`;
  const headline = firstText(doc, [...HEADLINE, `${selfLink} + h4`]);
  const fromHeadline = parseHeadline(headline?.text ?? embedded.headline);
  const position = experience(doc, ctx.url, fromHeadline.employer);
  const name = firstText(doc, [...NAME, `${selfLink} h3`]);
  const works = ld ? currentEmployer(own(ld, 'worksFor')) : undefined;
  const address = ld ? firstOf(own(ld, 'address')) : undefined;
  const location = locationLine(doc);
  const topEmployer = firstText(doc, TOP_CARD_EMPLOYER, 120) ?? rightPanelEmployer(doc);
  const topEmployerUrl = companyUrl(topEmployer?.el.closest('a[href]')?.getAttribute('href'), ctx.url);

  const person: PersonSignals = {
    name:
      f(ld ? jsonText(own(ld, 'name')) : undefined, 'jsonld Person.name') ??
      f(embedded.name, 'code.included[Profile].firstName') ??
      f(name ? withoutPictographs(name.text) : undefined, name?.selector ?? ''),
    title:
      f(leadRole(position?.title, fromHeadline.title), 'headline') ??
      f(position?.title, position?.selector ?? '') ??
      f(ld ? jsonText(own(ld, 'jobTitle')) : undefined, 'jsonld Person.jobTitle') ??
      f(fromHeadline.title, 'headline'),
    employer:
      f(position?.employer, position?.selector ?? '') ??
      f(topEmployer?.text, topEmployer?.selector) ??
      f(isObject(works) ? jsonText(own(works, 'name')) : undefined, 'jsonld Person.worksFor') ??
      f(fromHeadline.employer, 'headline'),
    employerUrl:
      // The link of the employer read, never another's: a position's with the position, the top card's with it.
      f(position?.employer ? position.employerUrl : undefined, COMPANY_LINK) ??
      f(!position?.employer && topEmployer ? topEmployerUrl : undefined, topEmployer?.selector) ??
      f(isObject(works) ? companyUrl(String(own(works, 'url') ?? ''), ctx.url) : undefined, 'jsonld worksFor.url'),
    location:
      f(
        fullerLocation(isObject(address) ? jsonText(own(address, 'addressLocality')) : undefined, location?.text),
        'jsonld Person.address',
      ) ??
      f(location?.text, location?.selector ?? '') ??
      f(embedded.location, 'code.included[Geo]'),
  };
  // A name alone is what error pages show ("Profile Not Found" in an h1): a profile says something more.
  if (!person.name || !(person.title || person.employer || person.location)) return undefined;
  if (slug) person.profileUrl = f(safeUrl(`https://www.linkedin.com/in/${encodeURIComponent(slug)}/`), 'url');
  return compact(person);
}

/**
 * The structured data's locality, unless the top card prints the same place more fully ("Nairobi, Nairobi County" in
 * the data, "Nairobi, Nairobi County, Kenya" on the card): the card's words then, in the page's language.
 */
function fullerLocation(locality: string | undefined, card: string | undefined): string | undefined {
  if (!locality || !card) return locality;
  // Only one or two more parts of a place (", Kenya"): the card's element may run on into other words ("Contact
  // Info").
  const more = card.toLowerCase().startsWith(locality.toLowerCase()) ? card.slice(locality.length) : '';
  return /^(?:,[ \p{L}.'’-]{2,40}){1,2}$/u.test(more) ? card : locality;
}

/** LinkedIn person profiles and their tabs (activity, details), logged in (embedded JSON, DOM) or out (JSON-LD). */
export const linkedinPerson: SiteAdapter = {
  id: ID,
  matches: ['https://*.linkedin.com/in/*', 'https://*.linkedin.com/profile/view*', 'https://*.linkedin.com/pub/*'],
  extract(doc, ctx): SiteResult | undefined {
    // `/profile/view?id=...` and `/pub/name/1/2/3` (to 2016) name the member by an id, not a slug: the page is read,
    // without a profile URL (the directory's own `/pub/dir/` is a search).
    const slug =
      linkedinSlug(ctx.url, 'in') ??
      (/^https?:\/\/[^/]*linkedin\.com\/(?:profile\/view|pub\/(?!dir\/))/i.test(ctx.url) ? '' : undefined);
    const person = slug !== undefined ? extractPerson(doc, ctx, slug) : undefined;
    return person ? { person } : undefined;
  },
};

export default linkedinPerson;
