import type { SourceCompany } from '../../signals/source';
import { toIsoCountry } from '../countries';
import { parseEmployees } from '../employees';
import { toYear, websiteDomain } from '../organization';
import { firstText, hrefOf, labelKey, labelledValues, query, textOf } from './dom';
import { toFundingStage } from './funding';
import { compact, locationLine, type SiteAdapter, type SiteResult, siteFact, siteFacts } from './types';

const ID = 'wikipedia';

// Organization infoboxes carry hCard's vcard class; the French edition's infobox_v3 is a div with a title block
// (`.entete`) over a table of th/td rows. The Italian edition's box is `table.sinottico` (its title row
// `.sinottico_testata`), the Portuguese edition's `table.infobox_v2` (its title a first th spanning both columns).
const INFOBOX = ['table.infobox.vcard', 'table.infobox', 'div.infobox_v3', 'table.sinottico', 'table.infobox_v2'];
// English infoboxes label rows with th; the German, Dutch and other editions' company boxes with a first td.
// The Japanese box's rows are a bare th and td.
const INFOBOX_LABEL =
  'th.infobox-label, th[scope="row"], tr > th:first-child:not([colspan]), tr > td:first-child:not([colspan])';
/**
 * Each row's label in the editions' own words: en, de, fr, es, it, nl, pt, then the Nordic (sv, da, nb, fi), Polish,
 * Czech, Greek and Japanese company boxes (their template parameters' printed labels), then the Indonesian, Malay,
 * Turkish, Vietnamese, Russian, Arabic, Korean, Chinese, Hungarian, Romanian and Hebrew ones, as printed: they are
 * keyed as `labelKey` keys the rows (Hangul and Arabic letters decompose, so a hand-written key would not match).
 */
const PRINTED: Record<string, string[]> = {
  industry: [
    'industri',
    'sektör',
    'ngành nghề',
    'отрасль',
    'الصناعة',
    '업종',
    '产业',
    '產業',
    'iparág',
    'industrie',
    'תחום',
    'industry',
    'branche',
    'secteur d activite',
    'secteur',
    'sector',
    'settore',
    'industria',
    'setor',
    'bransch',
    'industri',
    'bransje',
    'toimiala',
    'branza',
    'odvetvi',
    '業種',
    'κλαδος',
  ],
  founded: [
    'didirikan',
    'ditubuhkan',
    'kuruluş',
    'thành lập',
    'основание',
    'تأسست',
    '설립',
    '成立',
    'alapítva',
    'fondată',
    'נוסדה',
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
    'grundat',
    'grundlagt',
    'etablert',
    'grunnlagt',
    'perustettu',
    'data załozenia',
    'rok załozenia',
    'zalozeno',
    // The Japanese box's 設立 is the incorporation the infobox dates; 創業, the business's start, when it is the only one.
    '設立',
    '創業',
    'ιδρυση',
  ],
  headquarters: [
    'kantor pusat',
    'ibu pejabat',
    'merkez',
    'trụ sở chính',
    'штаб-квартира',
    'расположение',
    'المقر الرئيسي',
    '본사',
    '总部',
    '總部',
    'székhely',
    'sediu',
    'מטה',
    'headquarters',
    'sitz',
    'siege',
    'siege social',
    'sede',
    'sede central',
    'sede principale',
    'hoofdkantoor',
    'zetel',
    'sate',
    'huvudkontor',
    'hovedsæde',
    'hovedkontor',
    'kotipaikka',
    'paakonttori',
    'siedziba',
    'sidlo',
    '本社所在地',
    '本社',
    'εδρα',
  ],
  'number of employees': [
    'karyawan',
    'pekerja',
    'çalışan sayısı',
    'số nhân viên',
    'число сотрудников',
    'عدد الموظفين',
    '직원 수',
    '员工人数',
    '員工人數',
    'alkalmazottak száma',
    'angajați',
    'מספר עובדים',
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
    'antal anstallda',
    'anstallda',
    'antal ansatte',
    'ansatte',
    'henkilosto',
    'liczba pracownikow',
    'zatrudnienie',
    'pocet zamestnancu',
    'zamestnanci',
    '従業員数',
    'αριθμος εργαζομενων',
    'εργαζομενοι',
    'υπαλληλοι',
  ],
  website: [
    'situs web',
    'laman web',
    'web sitesi',
    'trang web',
    'сайт',
    'الموقع الرسمي',
    '웹사이트',
    '网站',
    '網站',
    'honlap',
    'sit web',
    'אתר אינטרנט',
    'website',
    'webseite',
    'site web',
    'sitio web',
    'sito web',
    'sito ufficiale',
    'website oficial',
    'sitio oficial',
    'site',
    'webbplats',
    'hjemmeside',
    'nettsted',
    'kotisivu',
    'verkkosivusto',
    'strona internetowa',
    'web',
    '外部リンク',
    'ιστοτοπος',
  ],
  'company type': [
    'jenis',
    'tür',
    'тип',
    'típus',
    'company type',
    'type',
    'rechtsform',
    'forme juridique',
    'tipo',
    'forma juridica',
    'rechtsvorm',
    'forma societaria',
    'typ',
    'selskabsform',
    'yritysmuoto',
    'forma prawna',
    'pravni forma',
    '種類',
    'μορφη',
  ],
  'traded as': [
    'traded as',
    'kode emiten',
    'borsa',
    'isin',
    'giełda',
    '市場情報',
    'cotizacion',
    'cotacao',
    'quotazione',
    'cotation',
  ],
  // A country row beside a bare city ("Siedziba: Radom", "Państwo: Polska") completes the HQ.
  country: ['country', 'land', 'pays', 'pais', 'paese', 'stato', 'panstwo', 'kraj', 'maa', 'zeme', 'χωρα'],
  // The French box's "Activité" is the company's trade, but a person's box has it too (occupation): it is read as the
  // industry only once an organization's own label has said the box is a company's.
  activity: ['activite', 'activites', 'atividade'],
};
const ALIASES: Record<string, string[]> = Object.fromEntries(
  Object.entries(PRINTED).map(([label, printed]) => [label, printed.map(labelKey)]),
);
const NAME = [
  '.infobox-above .fn.org',
  '.infobox-above .fn',
  '.infobox-above',
  '.infobox-title',
  '.entete',
  '.sinottico_testata',
  'table.infobox_v2 tr:first-child > th[colspan]',
  'h1#firstHeading',
];
/** Labels only organization infoboxes have: a person's or a place's infobox has none of them. */
const ORG_LABELS = ['industry', 'company type', 'traded as', 'number of employees', 'headquarters'];

/**
 * "221,000 (2023)" and "c. 1,200[3]": the year and footnotes are not counts. The Japanese box gives the group's and
 * the company's own figures in one cell ("連結 1,820名 単独 640名"): two counts, not a range; the group's, first, is read.
 */
function employeesOf(text: string | undefined) {
  const counts = text
    ?.replace(/\(.*?\)|（.*?）|\[.*?\]/g, ' ')
    .replace(/\s(19|20)\d\d\b.*$/, '')
    .replace(/\s*(?:単独|単体).*$/u, '');
  return counts ? parseEmployees(counts) : undefined;
}

/**
 * "One Microsoft Way, Redmond, Washington, U.S." -> the last three parts are city, region and country. The French
 * box puts the country on its own line after a flag ("Autun<br>France"), which reads as "Autun France": a trailing
 * country name is split off as its part. The Polish box names the country in a row of its own ("Państwo: Polska"
 * over "Siedziba: Radom"): a bare city gets it. The line goes to the background as printed, which parses it.
 */
function headquarters(text: string | undefined, country: string | undefined) {
  const clean = text?.replace(/\[.*?\]|\(.*?\)/g, '').replace(/\s*,\s*$/, '');
  if (!clean || clean.includes(',')) return locationLine(clean);
  const words = clean.trim().split(/\s+/);
  for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
    const tail = words.slice(-k).join(' ');
    if (tail.length > 2 && toIsoCountry(tail)) return locationLine(`${words.slice(0, -k).join(' ')}, ${tail}`);
  }
  const named = country?.replace(/\[.*?\]|\(.*?\)/g, '').trim();
  const bare = words.length <= 3 && !/\d/.test(clean);
  return locationLine(bare && named && toIsoCountry(named) ? `${clean}, ${named}` : clean);
}

/** A cell's items as a list: "Cement, Building materials" from a plainlist's items or lines, not "Cement Building materials". */
function listOf(cell: Element | undefined): string | undefined {
  if (!cell) return undefined;
  const items = [...cell.querySelectorAll('li')].map((li) => textOf(li, 60)).filter(Boolean);
  if (items.length > 1) return items.join(', ').slice(0, 120);
  const copy = cell.cloneNode(true) as Element;
  for (const br of [...copy.querySelectorAll('br')]) br.replaceWith(', ');
  return textOf(copy, 120)?.replace(/(?:\s*,)+\s*/g, ', ');
}

/** Wikipedia articles about organizations: the infobox, its rows read by label in twenty-six languages. */
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
      industry: f(listOf(at('industry') ?? at('activity'))?.replace(/\[.*?\]/g, ''), 'Industry'),
      founded: f(toYear(textOf(at('founded')), ctx.observedAt), 'Founded'),
      hq: f(headquarters(textOf(at('headquarters')), textOf(at('country'), 80)), 'Headquarters'),
      employees: f(employeesOf(textOf(at('number of employees'))), 'Number of employees'),
      domain: f(websiteDomain(hrefOf(websiteEl, ctx.url) ?? textOf(websiteEl), ctx.url), 'Website'),
      fundingStage: f(listed ? 'ipo/public' : toFundingStage(type), listed ? 'Traded as' : 'Company type'),
    };
    const found = compact(company);
    return found ? { company: found } : undefined;
  },
};

export default wikipedia;
