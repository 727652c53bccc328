import { describe, expect, it } from 'vitest';
import { classifyCompany } from '../../../lib/extract/classify/derive';
import { industryGroup } from '../../../lib/extract/classify/industry';
import { withoutMarkets } from '../../../lib/extract/classify/normalize';
import { pageIndustry } from '../../../lib/extract/classify/page';
import { claimsSoftwareProduct } from '../../../lib/extract/classify/product-claim';
import { classifyTitle } from '../../../lib/extract/classify/title';
import type { CompanySignals } from '../../../lib/signals/schema';
import { sampleOf } from './read-page';

// Round 88: a software maker's page names its customers' trade; Baltic and Icelandic titles. Invented companies,
// places and wording throughout.
const NOW = Date.UTC(2025, 0, 15);
const sample = (title: string, body: string, url = 'https://www.example.com/') =>
  sampleOf(`<html><head><title>${title}</title></head><body>${body}</body></html>`, url, NOW);
const fact = <T>(value: T) => ({
  value,
  source: 'site',
  layer: 'site' as const,
  url: 'https://www.example.com/',
  confidence: 0.85,
  observedAt: 1,
});

describe('Baltic, Finnish and Icelandic titles', () => {
  it('reads an Icelandic chief executive, finance chief and chair as c-level', () => {
    expect(classifyTitle('Fjármálastjóri')).toEqual({ seniority: 'c-level', department: 'finance' });
    expect(classifyTitle('Forstjóri')).toEqual({ seniority: 'c-level', department: 'executive' });
    expect(classifyTitle('Framkvæmdastjóri')).toEqual({ seniority: 'c-level', department: 'executive' });
    expect(classifyTitle('Stjórnarformaður')).toEqual({ seniority: 'c-level', department: 'executive' });
  });

  it('reads any other Icelandic "-stjóri" as a manager of its function, and a deputy chief as a vp', () => {
    expect(classifyTitle('Sölustjóri')).toEqual({ seniority: 'manager', department: 'sales' });
    expect(classifyTitle('Framleiðslustjóri')).toEqual({ seniority: 'manager', department: 'operations' });
    expect(classifyTitle('Mannauðsstjóri')).toEqual({ seniority: 'manager', department: 'hr' });
    expect(classifyTitle('Aðstoðarforstjóri').seniority).toBe('vp');
    // Guard: "solutions" is no Icelandic sales word.
    expect(classifyTitle('Solutions Engineer').department).toBe('engineering');
  });

  it('reads the heads of production and finance in Estonian, Latvian and Lithuanian', () => {
    expect(classifyTitle('Tootmisjuht')).toEqual({ seniority: 'manager', department: 'operations' });
    expect(classifyTitle('Finantsjuht')).toEqual({ seniority: 'manager', department: 'finance' });
    expect(classifyTitle('Ražošanas vadītājs').department).toBe('operations');
    expect(classifyTitle('Gamybos vadovė').department).toBe('operations');
    expect(classifyTitle('Turundusjuht').department).toBe('marketing');
    expect(classifyTitle('Rinkodaros vadovas').department).toBe('marketing');
  });

  it('reads a chief accountant as the head of finance, and the Estonian tegevdirektor as the chief executive', () => {
    expect(classifyTitle('Pearaamatupidaja')).toEqual({ seniority: 'head', department: 'finance' });
    expect(classifyTitle('Galvenā grāmatvede')).toEqual({ seniority: 'head', department: 'finance' });
    expect(classifyTitle('Vyriausioji buhalterė')).toEqual({ seniority: 'head', department: 'finance' });
    expect(classifyTitle('Tegevdirektor')).toEqual({ seniority: 'c-level', department: 'executive' });
  });
});

describe("a directory's industry field that lists tags", () => {
  it('reads a list with the software form among its tags as software, not the trade it sells to', () => {
    const company = { name: fact('Acme'), industry: fact('Shipping, Analytics, SaaS') } as CompanySignals;
    classifyCompany(company);
    expect(company.industryGroup?.value).toBe('software');
    const semicolons = { name: fact('Acme'), industry: fact('Hospitals; B2B SaaS') } as CompanySignals;
    classifyCompany(semicolons);
    expect(semicolons.industryGroup?.value).toBe('software');
  });

  it('leaves a single stated industry and a list without the form as they were (guards)', () => {
    const single = { name: fact('Acme'), industry: fact('Logistics') } as CompanySignals;
    classifyCompany(single);
    expect(single.industryGroup?.value).toBe('transportation-logistics');
    const trades = { name: fact('Acme'), industry: fact('Freight, Logistics') } as CompanySignals;
    classifyCompany(trades);
    expect(trades.industryGroup?.value).toBe('transportation-logistics');
  });
});

describe("the customers' trade on a software maker's page", () => {
  it('drops the customers who chose the product ("used by", "trusted by", "genutzt von", "utilisé par")', () => {
    expect(withoutMarkets('the scheduling app used by more than 800 utilities and grid operators')).not.toMatch(
      /utilities|operators/,
    );
    expect(withoutMarkets('trusted by manufacturers and utilities across the north')).not.toMatch(/manufacturers/);
    expect(withoutMarkets('genutzt von stadtwerken und kliniken')).not.toMatch(/kliniken/);
    expect(withoutMarkets('utilise par 300 hopitaux en europe')).not.toMatch(/hopitaux/);
  });

  it('drops customers counted after "more than", "über", "protecting"', () => {
    expect(withoutMarkets('uber 2 000 kunden und mehr als 300 steuerkanzleien arbeiten damit')).not.toMatch(
      /steuerkanzleien/,
    );
    expect(withoutMarkets('protecting 40 plants in six countries')).not.toMatch(/plants/);
  });

  it("drops the founders' own trade and the reader's own plant", () => {
    expect(withoutMarkets('founded by two accountants and a developer in 2016')).not.toMatch(/accountants/);
    expect(withoutMarkets('2018 von drei steuerberatern gegrundet')).not.toMatch(/steuerberatern/);
    expect(withoutMarkets('fondee par deux pharmaciens a lille')).not.toMatch(/pharmaciens/);
    expect(withoutMarkets('see every machine on your shop floor')).not.toMatch(/shop floor/);
    expect(withoutMarkets('mehr transparenz fur ihre produktion')).not.toMatch(/produktion/);
    expect(withoutMarkets('detects attacks in industrial networks')).not.toMatch(/industrial/);
    // Guard: a maker's own goods stay.
    expect(withoutMarkets('we make industrial valves in our own plant')).toMatch(/industrial valves/);
  });

  it("reads the company's own sentence that it builds software, in several languages", () => {
    expect(claimsSoftwareProduct('Routewise builds the dispatch platform used by 600 bus operators.')).toBe(true);
    expect(claimsSoftwareProduct('Belegwerk macht Lohnabrechnung einfach: alles in einer Cloud-Lösung.')).toBe(true);
    expect(claimsSoftwareProduct('Vi utvecklar en plattform för rederier och hamnar.')).toBe(true);
    expect(claimsSoftwareProduct('Nous éditons un logiciel de gestion pour les mairies.')).toBe(true);
  });

  it('reads no claim in a course, a custom build, an IT provider or a customer (guards)', () => {
    expect(claimsSoftwareProduct('Learn to build apps with modern JavaScript.')).toBe(false);
    expect(claimsSoftwareProduct('We build custom software for our clients.')).toBe(false);
    expect(claimsSoftwareProduct('We provide IT support, backups and software licences.')).toBe(false);
    expect(claimsSoftwareProduct('Our customers build apps on top of it.')).toBe(false);
  });

  it("files a field-service platform for utilities as software, not as a utility's", () => {
    const body = `<h1>Field scheduling</h1><p>Gridwise builds the field-service management platform used by more than
      900 utilities, water boards and grid operators across the Prairies. Our customers dispatch two million work
      orders a month with Gridwise.</p><p>Experience with utility operations helps.</p><p>Book a demo</p>`;
    expect(pageIndustry(sample('Gridwise – field service software', body))?.group).toBe('software');
  });

  it("files accounting software made for tax advisers as software (German), not as their practice's", () => {
    const body = `<h2>Über uns</h2><p>Belegwerk macht Buchhaltung für kleine Betriebe einfach: Belegerfassung, Mahnwesen
      und Export in einer Cloud-Lösung. Über 3.000 Kunden und mehr als 400 Steuerkanzleien arbeiten täglich mit
      Belegwerk.</p><p>2017 von zwei Steuerberatern und einer Entwicklerin gegründet.</p>`;
    expect(pageIndustry(sample('Karriere | Belegwerk GmbH', body))?.group).toBe('software');
  });

  it("no longer files an OT-security vendor as a manufacturer for its customers' plants", () => {
    const body = `<h1>See every controller on your plant floor.</h1><p>Sentra finds threats in industrial networks before
      they stop production. Trusted by manufacturers and utilities across the Baltics.</p><p>Protecting 50+ plants in
      7 countries.</p><h2>Threat detection</h2><p>Models trained on industrial protocols.</p>`;
    expect(pageIndustry(sample('Sentra – OT security monitoring for factories', body))?.group).not.toBe(
      'manufacturing',
    );
  });
});

describe('guards: pages whose own trade is the one named', () => {
  it('keeps a machine shop a manufacturer', () => {
    const body = `<h1>Precision machining</h1><p>We are a manufacturer of hydraulic valves and pumps. Our plant runs CNC
      machining, welding and assembly for OEMs.</p>`;
    expect(pageIndustry(sample('Valvex – hydraulic valves made in Ohio', body))?.group).toBe('manufacturing');
  });

  it('keeps an accounting firm professional services', () => {
    expect(
      industryGroup('Steuerberatung und Buchhaltung für Handwerksbetriebe in Ulm: Ihre Kanzlei Weber.', true)?.group,
    ).toBe('professional-services');
  });
});
