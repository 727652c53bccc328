import type { CompanySignals } from '../../signals/schema';
import { parseEmployees } from '../employees';
import { socialProfile } from '../links';
import { toYear, websiteDomain } from '../organization';
import { firstText, labelKey, queryAll, textOf } from './dom';
import { toFundingStage } from './funding';
import { parseLocation } from './location';
import { compact, type SiteAdapter, type SiteResult, siteFact, siteFacts } from './types';

const ID = 'crunchbase';

const NAME = ['h1.profile-name', 'profile-header h1', 'h1']; // organization header (2021-2025), then any h1
const DESCRIPTION = ['profile-header .description', 'description-card .description', 'span.description'];
/**
 * Overview fields: each value follows its label (`label-with-info` / `.field-label`), in list items of the about
 * and details cards. Labels are read by text, so a reordered card still reads.
 */
const FIELD_LABEL = 'label-with-info, .field-label, li > span:first-child';
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
const ICON_WEBSITE = 'label-with-icon[icon="link"] a[href^="http"]';
const PROFILE_LINKS = 'social-link-list a[href], a[aria-label^="View on LinkedIn" i][href]';
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

/** Crunchbase organization profiles (the public summary a logged-out visitor sees included). */
export const crunchbase: SiteAdapter = {
  id: ID,
  matches: ['https://www.crunchbase.com/organization/*'],
  extract(doc, ctx): SiteResult | undefined {
    const f = siteFacts(ctx, ID);
    const at = fields(doc);
    const text = (label: string) => textOf(at.get(label), 300);
    const name = firstText(doc, NAME);
    const description = firstText(doc, DESCRIPTION, 2_000);
    const website = [...queryAll(doc, WEBSITE_LINK, 100), ...queryAll(doc, ICON_WEBSITE, 5)]
      .map((a) => a.getAttribute('href'))
      .find((href) => href && !socialProfile(href) && websiteDomain(href, ctx.url));
    const industries = at.get('industries');
    const chips = industries ? queryAll(industries, CHIPS, 20).map((c) => textOf(c, 80)) : [];
    const industry = chips.find(Boolean) ?? textOf(industries);
    const keywords = [...new Set(chips.filter((c): c is string => !!c))];
    const employees =
      text('number of employees') ??
      text('employees') ??
      textOf(doc.querySelector(ICON_SIZE), 40) ??
      textOf(doc.querySelector(SIZE_LINK), 40);
    const location =
      text('headquarters location') ??
      textOf(doc.querySelector(ICON_LOCATION), 300) ??
      textOf(doc.querySelector(LOCATION_LINK)?.parentElement, 300);
    const profile = socialProfile(ctx.url);
    const linkedin = queryAll(doc, PROFILE_LINKS, 20)
      .map((a) => socialProfile(a.getAttribute('href')))
      .find((p) => p?.network === 'linkedin');
    const company: CompanySignals = {
      name: f(name?.text, name?.selector ?? ''),
      description: f(description?.text, description?.selector ?? ''),
      industry: f(industry, 'Industries'),
      employees: f(employees ? parseEmployees(employees) : undefined, 'Number of Employees'),
      founded: f(toYear(text('founded date') ?? text('founded'), ctx.observedAt), 'Founded Date'),
      hq: f(parseLocation(location), 'Headquarters Location'),
      keywords: f(keywords.length > 1 ? keywords : undefined, 'Industries'),
      domain: f(website ? websiteDomain(website, ctx.url) : undefined, WEBSITE_LINK),
      fundingStage: f(
        toFundingStage(text('ipo status')?.match(/public/i) ? 'public' : text('last funding type')),
        'Last Funding Type',
      ),
      socials: profile
        ? {
            crunchbase: siteFact(ctx, ID, profile.url, 'url'),
            linkedin: linkedin ? siteFact(ctx, ID, linkedin.url, PROFILE_LINKS) : undefined,
          }
        : undefined,
    };
    const found = compact(company);
    return found?.name ? { company: found } : undefined;
  },
};

export default crunchbase;
