import { describe, expect, it } from 'vitest';
import { codeOwnerTrade } from '../../../lib/extract/classify/code-owner';
import { classifyCompany, firmItCallsItself } from '../../../lib/extract/classify/derive';
import { normalizeText, withoutMarkets } from '../../../lib/extract/classify/normalize';
import { aboutSection, nameGroup, pageIndustry } from '../../../lib/extract/classify/page';
import { registerPurposeGroup } from '../../../lib/extract/classify/register-purpose';
import type { CompanySignals } from '../../../lib/signals/schema';
import { sampleOf } from './read-page';

// Round 89: a GitHub organization's own trade, a legal notice's registered purpose, a firm's sentence about itself and
// the trades' own words. Invented companies, places and wording throughout.
const NOW = Date.UTC(2025, 0, 15);
const sample = (title: string, body: string, url = 'https://www.example.com/') =>
  sampleOf(`<html><head><title>${title}</title></head><body>${body}</body></html>`, url, NOW);
const fact = <T>(value: T, source = 'site') => ({
  value,
  source,
  layer: 'site' as const,
  url: 'https://github.com/example',
  confidence: 0.9,
  observedAt: 1,
});
const githubOrg = (name: string, description?: string) =>
  ({
    name: fact(name, 'github'),
    socials: { github: fact('https://github.com/example', 'github') },
    ...(description ? { description: fact(description, 'github') } : {}),
  }) as unknown as CompanySignals;

describe('a GitHub organization that publishes the tools of its own trade', () => {
  it('is that trade’s company when its description names the trade beside the code', () => {
    expect(codeOwnerTrade(githubOrg('Kadewerf', 'Open-source tooling from the Kadewerf barge-scheduling team.'))).toBe(
      'transportation-logistics',
    );
    expect(codeOwnerTrade(githubOrg('Nordkai', 'Werkzeuge und Bibliotheken unserer Spedition in Kiel'))).toBe(
      'transportation-logistics',
    );
  });

  it('is that trade’s company when its name states the trade', () => {
    expect(codeOwnerTrade(githubOrg('Ravelle Énergie', 'Logiciels libres de nos chaufferies.'))).toBe(
      'energy-utilities',
    );
    expect(codeOwnerTrade(githubOrg('Brenner Logistik GmbH'))).toBe('transportation-logistics');
  });

  it('decides before the code publisher’s default, through classifyCompany', () => {
    const company = githubOrg('Ravelle Énergie', 'Logiciels libres de pilotage de nos chaufferies.');
    classifyCompany(company);
    expect(company.industryGroup?.value).toBe('energy-utilities');
  });

  it('stays a software company when the rest names software or only its market (guards)', () => {
    expect(codeOwnerTrade(githubOrg('Gridlet Energy', 'Energy data API and SDKs'))).toBeUndefined();
    expect(codeOwnerTrade(githubOrg('Portwise', 'Open-source tools for logistics companies'))).toBeUndefined();
    expect(codeOwnerTrade(githubOrg('Tallo', 'SDKs for the Tallo payments platform'))).toBeUndefined();
    const company = githubOrg('Portwise', 'Open-source tools for logistics companies');
    classifyCompany(company);
    expect(company.industryGroup?.value).toBe('software');
  });

  it('reads only a company read from GitHub (guard)', () => {
    const company = { name: fact('Brenner Logistik GmbH') } as CompanySignals;
    expect(codeOwnerTrade(company)).toBeUndefined();
  });
});

describe('a legal notice’s registered purpose', () => {
  it('names the trade as the register has it, in several languages', () => {
    expect(registerPurposeGroup('Unternehmensgegenstand: Holzbau')).toBe('real-estate-construction');
    expect(registerPurposeGroup('Firmenbuch: FN 1234 x\nUnternehmensgegenstand: Zimmerei, Holzbau, Dachdeckerei')).toBe(
      'real-estate-construction',
    );
    expect(
      registerPurposeGroup('CIF: B00000000\nObjeto social: la fabricación y comercialización de conservas de pescado'),
    ).toBe('manufacturing');
    expect(registerPurposeGroup('Oggetto sociale\nlavorazioni meccaniche di precisione')).toBe('manufacturing');
    expect(registerPurposeGroup('Objet social : transport routier de marchandises')).toBe('transportation-logistics');
  });

  it('reads an activity code before its title as the code', () => {
    expect(registerPurposeGroup('Nature of business: 62020 - Information technology consultancy activities')).toBe(
      'it-services',
    );
  });

  it('says nothing of a purpose that names no trade, or of a sentence that merely mentions one (guards)', () => {
    expect(registerPurposeGroup('Unternehmensgegenstand: Verwaltung eigenen Vermögens')).toBeUndefined();
    expect(registerPurposeGroup('Our business purpose is to make our customers happy.')).toBeUndefined();
  });

  it('decides a legal notice whose page words are undecided, through classifyCompany', () => {
    const page = sample(
      'Impressum | Brandl Bau',
      `<h1>Impressum</h1><p>Brandl GmbH</p><p>Musterweg 3, 4020 Linz</p>
      <p>Unternehmensgegenstand: Holzbau, Dachdeckerei</p><p>Webdesign: Pixelwerk Werbeagentur, Linz</p>
      <p>Hosting: Netzwerk Online GmbH</p>`,
    );
    const company = { name: fact('Brandl GmbH') } as CompanySignals;
    classifyCompany(company, page, 'https://www.example.com/impressum');
    expect(company.industryGroup?.value).toBe('real-estate-construction');
  });
});

describe('a firm’s sentence about itself', () => {
  it('names its trade, whichever clients the page goes on to name', () => {
    expect(
      firmItCallsItself(
        'Stonebeck Water is an employee-owned engineering and environmental consulting firm. We serve utilities and plants.',
        'Stonebeck Water',
      ),
    ).toBe('professional-services');
    expect(firmItCallsItself('We are an independent law firm with offices in two cities.')).toBe(
      'professional-services',
    );
  });

  it('names no trade for a firm of technology or a firm without a trade (guards)', () => {
    expect(firmItCallsItself('We are a software consultancy in Leeds.')).toBeUndefined();
    expect(firmItCallsItself('We are a family-owned firm.')).toBeUndefined();
    expect(firmItCallsItself('Acme works with a consulting firm.', 'Acme')).toBeUndefined();
  });
});

describe('a trade’s own words', () => {
  it('reads wind turbines as energy, barges as transport', () => {
    expect(nameGroup('Windturbine Service Nord')).toBe('energy-utilities');
    expect(nameGroup('Prairie Wind Turbine Repair')).toBe('energy-utilities');
    expect(nameGroup('Rhenus Barges')).toBe('transportation-logistics');
  });

  it('reads conveyors, robot cells and timber building by their makers’ and builders’ words', () => {
    expect(nameGroup('Kessler Fördertechnik')).toBe('manufacturing');
    expect(nameGroup('Ardent Robot Cells')).toBe('manufacturing');
    expect(nameGroup('Moser Holzbau')).toBe('real-estate-construction');
  });

  it('reads a cannery named by its trade first, and no shop of preserves (guard)', () => {
    expect(nameGroup('Conservas Punta Brava')).toBe('manufacturing');
    expect(nameGroup('Conserverie des Abers')).toBe('manufacturing');
    expect(nameGroup('Tienda de conservas')).toBeUndefined();
  });

  it('reads a clinical laboratory as healthcare, in Dutch and French', () => {
    const nl = sample(
      'Over ons | Labo Veldhoven',
      `<h1>Over ons</h1><p>Labo Veldhoven is een laboratorium voor klinische biologie. Wij voeren analyses uit.</p>
      <h2>Prikcentra</h2><p>Bloedafname zonder afspraak in drie prikcentra.</p>`,
    );
    expect(pageIndustry(nl)?.group).toBe('healthcare');
    const fr = sample(
      'À propos | Labo Sambre',
      `<h1>À propos</h1><p>Un laboratoire de biologie clinique. Centres de prélèvement à Namur et Dinant.</p>
      <h2>Biologie médicale</h2><p>Prise de sang sur rendez-vous.</p>`,
    );
    expect(pageIndustry(fr)?.group).toBe('healthcare');
  });

  it('reads an Icelandic machine shop as manufacturing', () => {
    expect(nameGroup('Vélsmiðja Austurlands')).toBe('manufacturing');
  });
});

describe('a recruiter’s clients', () => {
  const own = (text: string) => withoutMarkets(normalizeText(text));
  it('are its market, listed with commas, in English and German', () => {
    expect(
      own('Our 12 consultants recruit for manufacturing, engineering, logistics and finance employers.'),
    ).not.toMatch(/logistics|engineering/);
    expect(own('Wir rekrutieren für Logistik-, Bau- und Handelsunternehmen in der Region.')).not.toMatch(/logistik/);
  });

  it('leave words that name no clients after them (guard)', () => {
    expect(own('We recruit for haulage routes across Yorkshire and run our own depots.')).toContain('haulage');
  });
});

describe('the about section', () => {
  it('reads past a menu whose next link is three words long', () => {
    const text = [
      'Um okkur',
      'Störf hjá okkur',
      'Hafa samband',
      'Um okkur',
      'Fyrirtækið rekur fiskvinnslu á Vestfjörðum og gerir út tvo báta.',
    ].join('\n');
    expect(aboutSection(text)).toContain('fiskvinnslu');
  });

  it('keeps a section whose first line is a short name above its text (guard)', () => {
    const text = ['About Acme', 'Acme Gearbox GmbH', 'Acme builds gearboxes for cranes.'].join('\n');
    expect(aboutSection(text)).toBe('Acme Gearbox GmbH Acme builds gearboxes for cranes.');
  });
});
