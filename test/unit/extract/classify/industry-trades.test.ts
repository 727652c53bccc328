import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { pageIndustry } from '../../../../lib/extract/classify/page';
import type { PageSample } from '../../../../lib/signals/sample';

// Invented sentences: small trades described in their own words (water and waste utilities, hearing-aid shops,
// shipyards, ferries, hostels, scaffolders, ERP partners, payroll bureaux, bookshops, coworking operators, robot
// integrators, funeral homes, seed breeders), in the languages the term lists read.
const DESCRIPTIONS: Array<[string, string]> = [
  ['Vi levererar dricksvatten, renar avloppsvatten och sköter renhållningen åt tre kommuner.', 'energy-utilities'],
  ['Vi leverer drikkevann og tar hånd om avløpsvann og renovasjon i regionen.', 'energy-utilities'],
  ['Onze audiciens doen een gehoortest en passen hoortoestellen aan.', 'healthcare'],
  ['Hörakustik-Meister seit 1990: Hörgeräte anpassen, Hörtest und Nachsorge.', 'healthcare'],
  ['Skipsverft som byggjer fiskefartøy og servicefartøy sidan 1950.', 'manufacturing'],
  ['Astilleros de construcción naval: pesqueros y remolcadores desde 1960.', 'manufacturing'],
  ['Familieejet færgefart: færgen sejler passagerer og biler til øen hver time.', 'transportation-logistics'],
  ['Red de albergues para peregrinos con literas, cocina y lavandería.', 'hospitality-travel'],
  ['Scaffolding contractor: scaffolding hire and erection for housebuilders and roofers.', 'real-estate-construction'],
  ['Ankara merkezli bilişim firması ve ERP çözüm ortağı.', 'it-services'],
  ['An outsourced payroll bureau for small employers: weekly payslips and year-end returns.', 'professional-services'],
  ['Llibreries de barri amb llibres en català i club de lectura.', 'retail-consumer'],
  ['Spații de coworking și birouri flexibile pentru freelanceri și echipe mici.', 'real-estate-construction'],
  ['로봇 용접 셀과 로봇 자동화 라인을 설계하고 제작합니다.', 'manufacturing'],
];

const STATED: Array<[string, string]> = [
  ['Pflanzenzüchtung, Saatgutproduktion', 'other'],
  ['Plant breeding and seed production', 'other'],
  ['Saatzucht', 'other'],
];

const sample = (text: string, about = '', types: string[] = []): PageSample =>
  ({ text, about, headings: '', types, tels: [] }) as unknown as PageSample;

describe('trades in their own words', () => {
  it.each(DESCRIPTIONS)('reads the description %s', (text, group) => {
    expect(industryGroup(text, true)?.group).toBe(group);
  });

  it.each(STATED)('reads the stated activity %s as the primary sector', (label, group) => {
    expect(industryGroup(label)?.group).toBe(group);
  });

  it('keeps a stated label that names more than farming to its other words', () => {
    expect(industryGroup('Agriculture Software')?.group).not.toBe('other');
  });

  it('reads a Norwegian shipyard page as a maker, not a builder of houses', () => {
    const about = 'Om verftet. Verftet byggjer brønnbåtar og fiskefartøy i eiga dokk.';
    const text = `${about}\nSkipsverft på Vestlandet sidan 1946: nybygg og ombygging. Verftet har 120 tilsette.`;
    expect(pageIndustry(sample(text, about))?.group).toBe('manufacturing');
  });

  it('reads a Danish ferry line page as transport', () => {
    const about = 'Om os. Færgen til øerne: vi sejler passagerer, biler og gods hele året.';
    const text = `${about}\nRuter og færger. Rederiet har tre færger og 24 ansatte.`;
    expect(pageIndustry(sample(text, about))?.group).toBe('transportation-logistics');
  });

  it('reads a Czech funeral home page as other, not as the transport of the deceased', () => {
    const about = 'Pohřební služba a krematorium. Pohřby, kremace, převozy zesnulých nonstop.';
    const text = `${about}\nRodinná pohřební služba od roku 1991. Převoz zesnulých, smuteční obřady, kremace.`;
    expect(pageIndustry(sample(text, about))?.group).toBe('other');
    expect(pageIndustry(sample('Kontakt', '', ['FuneralHome']))?.group).toBe('other');
  });

  it('reads a Catalan bookshop page as retail', () => {
    const about = 'Qui som. Llibreries independents des de 1980, amb botiga en línia.';
    const text = `${about}\nSom llibreters: venem llibres i novetats a les nostres llibreries.`;
    expect(pageIndustry(sample(text, about))?.group).toBe('retail-consumer');
  });

  // Guards: near misses that must not take the new words' groups.
  it('does not read payroll software as a payroll bureau', () => {
    expect(industryGroup('Payroll software for small businesses: run payroll in minutes.', true)?.group).not.toBe(
      'professional-services',
    );
  });

  it('does not read a trajectory or a promotion as a ferry', () => {
    expect(industryGroup('Trajektorie a promoce: analýza dat pro výzkum.', true)?.group).not.toBe(
      'transportation-logistics',
    );
  });

  it('keeps a page that mentions a funeral once to its own trade', () => {
    const about = 'Florist. Fresh flowers, bouquets and wreaths delivered daily from our flower shop.';
    const text = `${about}\nOur florists make bridal bouquets, shop arrangements and flowers for funerals.`;
    expect(pageIndustry(sample(text, about))?.group).not.toBe('other');
  });
});
