import type { CompanySignals } from '../../signals/schema';
import { parseEmployees } from '../employees';
import { toYear, websiteDomain } from '../organization';
import { firstText, hrefOf, labelKey, labelledValues, query, textOf } from './dom';
import { toFundingStage } from './funding';
import { parseLocation } from './location';
import { compact, type SiteAdapter, type SiteResult, siteFact, siteFacts } from './types';

const ID = 'wikipedia';

const INFOBOX = ['table.infobox.vcard', 'table.infobox']; // organization infoboxes carry hCard's vcard class
const INFOBOX_LABEL = 'th.infobox-label, th[scope="row"]';
const NAME = ['.infobox-above .fn.org', '.infobox-above .fn', '.infobox-above', '.infobox-title', 'h1#firstHeading'];
/** Labels only organization infoboxes have: a person's or a place's infobox has none of them. */
const ORG_LABELS = ['industry', 'company type', 'type', 'traded as', 'number of employees', 'headquarters'];

/** "221,000 (2023)" and "c. 1,200[3]": the year and footnotes are not counts. */
function employeesOf(text: string | undefined) {
  return text ? parseEmployees(text.replace(/\(.*?\)|\[.*?\]/g, ' ').replace(/\s(19|20)\d\d\b.*$/, '')) : undefined;
}

/** "One Microsoft Way, Redmond, Washington, U.S." -> the last three parts are city, region and country. */
function headquarters(text: string | undefined) {
  return parseLocation(text?.replace(/\[.*?\]|\(.*?\)/g, '').replace(/\s*,\s*$/, ''));
}

/** Wikipedia articles about organizations: the infobox (English labels; other editions use their own words). */
export const wikipedia: SiteAdapter = {
  id: ID,
  matches: ['https://*.wikipedia.org/wiki/*'],
  extract(doc, ctx): SiteResult | undefined {
    const box = INFOBOX.map((s) => query(doc, s)).find(Boolean);
    if (!box) return undefined;
    const rows = labelledValues(box, INFOBOX_LABEL);
    if (!ORG_LABELS.some((l) => rows.has(l))) return undefined;
    const at = (label: string) => rows.get(labelKey(label));
    const f = siteFacts(ctx, ID, (label) => `.infobox th:contains(${label}) + td`);
    const name = firstText(box, NAME) ?? firstText(doc, ['h1#firstHeading']);
    const type = textOf(at('company type') ?? at('type'));
    const listed = at('traded as') !== undefined || /\bpublic\b/i.test(type ?? '');
    const websiteEl = at('website');
    const company: CompanySignals = {
      name: name ? siteFact(ctx, ID, name.text, name.selector) : undefined,
      industry: f(textOf(at('industry'), 120)?.replace(/\[.*?\]/g, ''), 'Industry'),
      founded: f(toYear(textOf(at('founded')), ctx.observedAt), 'Founded'),
      hq: f(headquarters(textOf(at('headquarters'))), 'Headquarters'),
      employees: f(employeesOf(textOf(at('number of employees'))), 'Number of employees'),
      domain: f(websiteDomain(hrefOf(websiteEl, ctx.url) ?? textOf(websiteEl), ctx.url), 'Website'),
      fundingStage: f(listed ? 'ipo/public' : toFundingStage(type), listed ? 'Traded as' : 'Company type'),
    };
    const found = compact(company);
    return found ? { company: found } : undefined;
  },
};

export default wikipedia;
