import type { Address, CompanySignals, PersonSignals } from '../../signals/schema';
import type { SourceCompany } from '../../signals/source';
import { cityOrNone } from '../area';
import { toIsoCountry } from '../countries';
import { parseEmployees } from '../employees';
import { isObject, own } from '../facts';
import { socialProfile } from '../links';
import { toYear, websiteDomain } from '../organization';
import { type CrunchbaseState, readCrunchbaseState } from './crunchbase-state';
import { firstText, hrefOf, labelKey, queryAll, textOf } from './dom';
import { toFundingStage } from './funding';
import {
  compact,
  locationLine,
  type SiteAdapter,
  type SiteContext,
  type SiteResult,
  siteFact,
  siteFacts,
} from './types';

const ID = 'crunchbase';

const NAME = ['h1.profile-name', 'profile-header h1', 'h1']; // organization header (2021-2025), then any h1
const DESCRIPTION = ['profile-header .description', 'description-card .description', 'span.description'];
/**
 * Overview fields: each value follows its label (`label-with-info` / `.field-label`), in list items of the about
 * and details cards. Labels are read by text, so a reordered card still reads.
 */
const FIELD_LABEL = 'label-with-info, .field-label, li > span:first-child, li > label, dl > dt'; // dt: 2014-2018 overview lists
const WEBSITE_LINK = 'a[role="link"][href^="http"]:not([href*="crunchbase.com"])';
/**
 * The about card's icon rows, keyed by icon rather than label: the location's identifier links ("Cambridge,
 * Massachusetts, United States, North America") and the size range. "Headquarters Regions" (Greater Boston Area,
 * East Coast, New England) lists areas, never the city: it is not read for the address.
 */
const ICON_LOCATION = '[iconkey="icon_location"]';
const ICON_SIZE = '[iconkey="icon_people_three"]';
// Layouts whose icon rows carry another attribute (`label-with-icon icon="location_on"`) still link each value to
// Crunchbase's search by field: the location's identifiers and the size range are found by those links' paths.
const LOCATION_LINK = 'a[href*="/location_identifiers/"]';
const SIZE_LINK = 'a[href*="/num_employees_enum/"]';
const FUNDING_LINK = 'a[href*="/last_funding_type/"]';
const ICON_WEBSITE = 'label-with-icon[icon="link"] a[href^="http"], label-with-icon[icon*="website"] a[href^="http"]';
// 2019 social cards title their links instead ("View on LinkedIn").
const PROFILE_LINKS =
  'social-link-list a[href], a[aria-label^="View on LinkedIn" i][href], a[title^="View on LinkedIn" i][href]';
/**
 * Icon rows whose icon is a bare element named by its class (2019: `<icon class="location">`) or by a Material
 * ligature (2025: `<icon>location_on</icon>`, `<icon>public</icon>` for the website): the row is the list item.
 */
const ICON = 'li > icon';
const LOCATION_ICON = /\blocation/;
const WEBSITE_ICON = /\b(?:website|public|language|link)\b/;
const CHIPS = '.chip-text, a, chip, span';

/** The element after a label element, or the label's parent's next child when the label is wrapped. */
function valueAfter(label: Element): Element | null {
  return label.nextElementSibling ?? label.parentElement?.nextElementSibling ?? null;
}

function fields(doc: Document): Map<string, Element> {
  const map = new Map<string, Element>();
  for (const label of queryAll(doc, FIELD_LABEL, 300)) {
    const key = labelKey(textOf(label, 60));
    const value = valueAfter(label);
    if (key && value && !map.has(key)) map.set(key, value);
  }
  return map;
}

/** A state field that is `{value: ...}` or the value itself, as text. */
function stateText(value: unknown): string | undefined {
  const v = isObject(value) ? own(value, 'value') : value;
  return typeof v === 'string' ? v : undefined;
}

/** "c_00051_00100" -> 51-100, "c_10001_max" -> 10001+: the size enum of Crunchbase's API. */
function employeesEnum(value: unknown): ReturnType<typeof parseEmployees> {
  const m = typeof value === 'string' ? /^c_(\d{1,6})_(\d{1,6}|max)$/.exec(value) : null;
  if (!m) return undefined;
  return parseEmployees(m[2] === 'max' ? `${Number(m[1])}+` : `${Number(m[1])}-${Number(m[2])}`);
}

/** The location identifiers, each typed (city, region, country, continent): no guessing which part is which. */
function stateAddress(value: unknown): Address | undefined {
  if (!Array.isArray(value)) return undefined;
  const part = (type: string) => {
    const item = value.find((v) => isObject(v) && own(v, 'location_type') === type);
    return item ? stateText(item) : undefined;
  };
  const country = toIsoCountry(part('country'));
  return compact({ city: cityOrNone(part('city')), region: part('region'), country });
}

function fromState(state: CrunchbaseState, ctx: SiteContext): CompanySignals {
  const f = siteFacts(ctx, ID, (field) => `script#ng-state cards.${field}`);
  const categories = state.field('categories');
  const industries = Array.isArray(categories)
    ? categories
        .map(stateText)
        .filter((c): c is string => !!c)
        .slice(0, 20)
    : [];
  const ipo = stateText(state.field('ipo_status'));
  const funding = ipo === 'public' ? 'public' : stateText(state.field('last_funding_type'))?.replace(/_/g, ' ');
  const linkedin = socialProfile(stateText(state.field('linkedin')));
  return {
    name: f(state.title, 'properties.title'),
    description: f(state.shortDescription, 'properties.short_description'),
    industry: f(industries[0], 'categories'),
    keywords: f(industries.length > 1 ? industries : undefined, 'categories'),
    employees: f(employeesEnum(state.field('num_employees_enum')), 'num_employees_enum'),
    founded: f(toYear(stateText(state.field('founded_on')), ctx.observedAt), 'founded_on'),
    hq: f(stateAddress(state.field('location_identifiers')), 'location_identifiers'),
    // `website` in the cards, `website_url` among a fields-only response's properties.
    domain: f(websiteDomain(stateText(state.field('website') ?? state.field('website_url')), ctx.url), 'website'),
    fundingStage: f(toFundingStage(funding), 'last_funding_type'),
    socials: linkedin?.network === 'linkedin' ? { linkedin: f(linkedin.url, 'linkedin') } : undefined,
  };
}

function merge(first: CompanySignals, second: SourceCompany): SourceCompany {
  const out: Record<string, unknown> = { ...second };
  for (const [k, v] of Object.entries(first)) if (v !== undefined) out[k] = v;
  if (first.socials || second.socials) out.socials = compact({ ...second.socials, ...compact(first.socials ?? {}) });
  return out as SourceCompany;
}

/** The typed location identifiers as one line, continent left out ("Berlin, Berlin, Germany"). */
function stateLocation(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const parts = value
    .filter((v) => isObject(v) && own(v, 'location_type') !== 'continent')
    .map(stateText)
    .filter((v): v is string => !!v);
  return parts.length ? parts.slice(0, 4).join(', ') : undefined;
}

/** Crunchbase person profiles: the name, the primary job title and organization, the location. */
function person(doc: Document, ctx: SiteContext, slug: string): PersonSignals | undefined {
  const f = siteFacts(ctx, ID);
  const state = readCrunchbaseState(doc, slug);
  const at = fields(doc);
  const text = (label: string) => textOf(at.get(label), 200);
  const name = state?.title ?? firstText(doc, NAME)?.text;
  const found: PersonSignals = {
    name: f(name, state?.title ? 'properties.title' : 'h1'),
    title: f(stateText(state?.field('primary_job_title')) ?? text('primary job title'), 'Primary Job Title'),
    employer: f(
      stateText(state?.field('primary_organization')) ?? text('primary organization'),
      'Primary Organization',
    ),
    location: f(stateLocation(state?.field('location_identifiers')) ?? text('location'), 'Location'),
  };
  // A name alone is what a sign-in or error page shows.
  if (!found.name || !(found.title || found.employer || found.location)) return undefined;
  found.profileUrl = f(`https://www.crunchbase.com/person/${encodeURIComponent(slug)}`, 'url');
  return compact(found);
}

/**
 * The website among the about card's values, where its rows carry neither label nor icon: the external link in the
 * list that holds the size range's link (news and investors' links sit in other sections).
 */
function cardWebsite(doc: Document, url: string): string | undefined {
  const card = (doc.querySelector(SIZE_LINK) ?? doc.querySelector(LOCATION_LINK))?.closest('ul, ol, section');
  return (
    queryAll(card ?? doc.createElement('ul'), 'a[href^="http"]', 20)
      .map((a) => a.getAttribute('href'))
      .find((href) => href && !href.includes('crunchbase.com') && !socialProfile(href) && websiteDomain(href, url)) ??
    undefined
  );
}

/** The list item of the first icon row whose icon's class or ligature matches `key`. */
function iconRow(doc: Document, key: RegExp): Element | undefined {
  return (
    queryAll(doc, ICON, 20)
      .find((icon) => key.test(`${icon.getAttribute('class') ?? ''} ${textOf(icon, 40) ?? ''}`.toLowerCase()))
      ?.closest('li') ?? undefined
  );
}

/** An icon row's value: its title (2019 rows repeat the whole location there), else its text without the icon's. */
function iconRowText(row: Element | undefined): string | undefined {
  if (!row) return undefined;
  const icon = textOf(row.querySelector(ICON.replace('li > ', '')), 40) ?? '';
  return row.getAttribute('title')?.slice(0, 300) || textOf(row, 300)?.replace(icon, '').trim() || undefined;
}

/** Crunchbase organization and person profiles (the public summary a logged-out visitor sees included). */
export const crunchbase: SiteAdapter = {
  id: ID,
  matches: ['https://www.crunchbase.com/organization/*', 'https://www.crunchbase.com/person/*'],
  extract(doc, ctx): SiteResult | undefined {
    const personSlug = /^\/person\/([^/?#]+)/i.exec(new URL(ctx.url).pathname)?.[1]?.toLowerCase();
    if (personSlug) {
      const found = person(doc, ctx, personSlug);
      return found ? { person: found } : undefined;
    }
    const f = siteFacts(ctx, ID);
    const at = fields(doc);
    const text = (label: string) => textOf(at.get(label), 300);
    const name = firstText(doc, NAME);
    const description = firstText(doc, DESCRIPTION, 2_000);
    const website =
      [...queryAll(doc, WEBSITE_LINK, 100), ...queryAll(doc, ICON_WEBSITE, 5)]
        .map((a) => a.getAttribute('href'))
        .find((href) => href && !socialProfile(href) && websiteDomain(href, ctx.url)) ??
      hrefOf(at.get('website'), ctx.url) ??
      cardWebsite(doc, ctx.url) ??
      iconRow(doc, WEBSITE_ICON)?.querySelector('a[href^="http"]')?.getAttribute('href') ??
      undefined;
    const industries = at.get('industries') ?? at.get('categories');
    const chips = industries ? queryAll(industries, CHIPS, 20).map((c) => textOf(c, 80)) : [];
    const industry = chips.find(Boolean) ?? textOf(industries);
    const keywords = [...new Set(chips.filter((c): c is string => !!c))];
    // "11 - 50 | 14 in Crunchbase" (2014-2018): the range, not the count of listed people.
    const employees = (
      text('number of employees') ??
      text('employees') ??
      textOf(doc.querySelector(ICON_SIZE), 40) ??
      textOf(doc.querySelector(SIZE_LINK), 40)
    )?.split('|')[0];
    const location =
      text('headquarters location') ??
      text('headquarters') ??
      textOf(doc.querySelector(ICON_LOCATION), 300) ??
      textOf(doc.querySelector(LOCATION_LINK)?.parentElement, 300) ??
      iconRowText(iconRow(doc, LOCATION_ICON));
    const profile = socialProfile(ctx.url);
    // 2014-2018 overview lists link the profiles in a "Social" row rather than a social-link-list, or one per network
    // in a row of its own ("LinkedIn  View on LinkedIn").
    const rows = [at.get('social'), at.get('linkedin')].filter((row): row is Element => row !== undefined);
    const linkedin = [
      ...queryAll(doc, PROFILE_LINKS, 20),
      ...rows.flatMap((row) => (row.matches('a[href]') ? [row] : queryAll(row, 'a[href]', 20))),
    ]
      .map((a) => socialProfile(a.getAttribute('href')))
      .find((p) => p?.network === 'linkedin');
    const company: SourceCompany = {
      name: f(name?.text, name?.selector ?? ''),
      description: f(description?.text, description?.selector ?? ''),
      industry: f(industry, 'Industries'),
      employees: f(employees ? parseEmployees(employees) : undefined, 'Number of Employees'),
      founded: f(toYear(text('founded date') ?? text('founded'), ctx.observedAt), 'Founded Date'),
      hq: f(locationLine(location), 'Headquarters Location'),
      keywords: f(keywords.length > 1 ? keywords : undefined, 'Industries'),
      domain: f(website ? websiteDomain(website, ctx.url) : undefined, WEBSITE_LINK),
      fundingStage: f(
        // "Most Recent Funding: $5.5M Series A on Jun 8, 2017" (2014-2018) names the last round's type too.
        toFundingStage(
          (text('ipo status') ?? text('ipo stock'))?.match(/[Pp]ublic|PUBLIC|\b[A-Z]{2,8}:\s?[A-Z.]{1,6}\b/)
            ? 'public'
            : (text('last funding type') ?? text('most recent funding') ?? textOf(doc.querySelector(FUNDING_LINK), 40)),
        ),
        'Last Funding Type',
      ),
      socials: profile
        ? {
            crunchbase: siteFact(ctx, ID, profile.url, 'url'),
            linkedin: linkedin ? siteFact(ctx, ID, linkedin.url, PROFILE_LINKS) : undefined,
          }
        : undefined,
    };
    // The app's own data first, field by field; the rendered page where it says nothing.
    const slug = profile?.handle.toLowerCase();
    const state = slug ? readCrunchbaseState(doc, slug) : undefined;
    const found = compact(state ? merge(fromState(state, ctx), company) : company);
    return found?.name ? { company: found } : undefined;
  },
};

export default crunchbase;
