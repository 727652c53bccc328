import type { SourceCompany } from '../../signals/source';
import { toIsoCountry } from '../countries';
import { parseEmployees } from '../employees';
import { toYear, websiteDomain } from '../organization';
import { firstText, hrefOf, labelKey, labelledValues, query, textOf } from './dom';
import { toFundingStage } from './funding';
import { compact, locationLine, type SiteAdapter, type SiteResult, siteFact, siteFacts } from './types';

const ID = 'wikipedia';

// Organization infoboxes carry hCard's vcard class; the French edition's infobox_v3 is a div with a title block
// (`.entete`) over a table of th/td rows.
const INFOBOX = ['table.infobox.vcard', 'table.infobox', 'div.infobox_v3'];
// English infoboxes label rows with th; the German, Dutch and other editions' company boxes with a first td.
const INFOBOX_LABEL = 'th.infobox-label, th[scope="row"], tr > td:first-child:not([colspan])';
/** Each row's label in the editions' own words (en, de, fr, es, it, nl, pt), as `labelKey` writes them. */
const ALIASES: Record<string, string[]> = {
  industry: ['industry', 'branche', 'secteur d activite', 'secteur', 'sector', 'settore', 'industria', 'setor'],
  founded: [
    'founded',
    'grundung',
    'gegrundet',
    'creation',
    'fondation',
    'fundacion',
    'fondazione',
    'opgericht',
    'oprichting',
    'fundacao',
  ],
  headquarters: ['headquarters', 'sitz', 'siege', 'siege social', 'sede', 'sede central', 'hoofdkantoor', 'zetel'],
  'number of employees': [
    'number of employees',
    'mitarbeiterzahl',
    'mitarbeiter',
    'effectif',
    'employes',
    'empleados',
    'dipendenti',
    'werknemers',
    'medewerkers',
    'funcionarios',
    'empregados',
  ],
  website: ['website', 'webseite', 'site web', 'sitio web', 'sito web', 'site'],
  'company type': ['company type', 'type', 'rechtsform', 'forme juridique', 'tipo', 'forma juridica', 'rechtsvorm'],
  'traded as': ['traded as', 'isin'],
  // The French box's "Activité" is the company's trade, but a person's box has it too (occupation): it is read as the
  // industry only once an organization's own label has said the box is a company's.
  activity: ['activite', 'activites'],
};
const NAME = [
  '.infobox-above .fn.org',
  '.infobox-above .fn',
  '.infobox-above',
  '.infobox-title',
  '.entete',
  'h1#firstHeading',
];
/** Labels only organization infoboxes have: a person's or a place's infobox has none of them. */
const ORG_LABELS = ['industry', 'company type', 'traded as', 'number of employees', 'headquarters'];

/** "221,000 (2023)" and "c. 1,200[3]": the year and footnotes are not counts. */
function employeesOf(text: string | undefined) {
  return text ? parseEmployees(text.replace(/\(.*?\)|\[.*?\]/g, ' ').replace(/\s(19|20)\d\d\b.*$/, '')) : undefined;
}

/**
 * "One Microsoft Way, Redmond, Washington, U.S." -> the last three parts are city, region and country. The French
 * box puts the country on its own line after a flag ("Autun<br>France"), which reads as "Autun France": a trailing
 * country name is split off as its part. The line goes to the background as printed, which parses it.
 */
function headquarters(text: string | undefined) {
  const clean = text?.replace(/\[.*?\]|\(.*?\)/g, '').replace(/\s*,\s*$/, '');
  if (!clean || clean.includes(',')) return locationLine(clean);
  const words = clean.trim().split(/\s+/);
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const tail = words.slice(-k).join(' ');
    if (tail.length > 2 && toIsoCountry(tail)) return locationLine(`${words.slice(0, -k).join(' ')}, ${tail}`);
  }
  return locationLine(clean);
}

/** Wikipedia articles about organizations: the infobox, its rows read by label in seven languages. */
export const wikipedia: SiteAdapter = {
  id: ID,
  matches: ['https://*.wikipedia.org/wiki/*'],
  extract(doc, ctx): SiteResult | undefined {
    const box = INFOBOX.map((s) => query(doc, s)).find(Boolean);
    if (!box) return undefined;
    const rows = labelledValues(box, INFOBOX_LABEL);
    const at = (label: string) =>
      (ALIASES[label] ?? [labelKey(label)]).map((k) => rows.get(k)).find((v) => v !== undefined);
    if (!ORG_LABELS.some((l) => at(l))) return undefined;
    const f = siteFacts(ctx, ID, (label) => `.infobox th:contains(${label}) + td`);
    const name = firstText(box, NAME) ?? firstText(doc, ['h1#firstHeading']);
    const type = textOf(at('company type'));
    const listed = at('traded as') !== undefined || /\bpublic\b/i.test(type ?? '');
    const websiteEl = at('website');
    const company: SourceCompany = {
      name: name ? siteFact(ctx, ID, name.text, name.selector) : undefined,
      industry: f(textOf(at('industry') ?? at('activity'), 120)?.replace(/\[.*?\]/g, ''), 'Industry'),
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
