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

describe('a maker, a processor and a port operator in their own words', () => {
  it('reads an Estonian maker\'s "toodab" under its "Meist" heading', () => {
    const body = `<p>Avaleht</p><p>Tooted</p><h2>Meist</h2><p>Kase Puit OÜ on 2001. aastal asutatud pereettevõte, mis
      projekteerib ja toodab liimpuidust talasid ja treppe. Tehases töötab 40 inimest.</p>`;
    expect(pageIndustry(sample('Meist | Kase Puit OÜ', body, 'https://www.example.ee/meist'))?.group).toBe(
      'manufacturing',
    );
  });

  it('files a fish processor by its plant, not by its cold store, food-safety standard or retail customers', () => {
    const body = `<h2>About Northsound Fish</h2><p>Today we process herring and mackerel for customers in 20 countries.
      In 2010 we opened a cold store at the harbour, and a sales office looks after our retail customers in France. The
      plant processes up to 400 tonnes a day.</p><p>Certifications: IFS Food Safety, MSC.</p>
      <p>We are hiring on the factory floor.</p>`;
    expect(pageIndustry(sample('About — Northsound Fish', body, 'https://www.example.ie/about'))?.group).toBe(
      'manufacturing',
    );
  });

  it('reads a Finnish stevedore, and no delivery in a toimitusjohtaja (chief executive)', () => {
    const body = `<h1>Hallitus</h1><p>Pohjan Satamapalvelut Oy on vuonna 1995 perustettu ahtaus- ja
      terminaalipalveluyhtiö, joka työllistää 90 henkilöä Oulun satamassa.</p><p>Toimitusjohtaja</p>`;
    expect(
      pageIndustry(sample('Hallitus | Pohjan Satamapalvelut Oy', body, 'https://www.example.fi/hallitus'))?.group,
    ).toBe('transportation-logistics');
    const board = `<p>Toimitusjohtaja</p><p>Toimitusjohtaja, Oulun Kone Oy.</p><p>Toimitusjohtajan sijainen</p>`;
    expect(pageIndustry(sample('Johto | Lappi Oy', board, 'https://www.example.fi/johto'))?.group).not.toBe(
      'transportation-logistics',
    );
  });

  it('reads an Icelandic fish-processing plant as a maker', () => {
    const body = `<h1>Fyrirtækið</h1><p>Fyrirtækið rekur bolfiskvinnslu í Grindavík og rækjuvinnslu í Sandgerði.</p>
      <p>Rækjuvinnsla: Hafnargata 2.</p><p>Verksmiðjan var opnuð 1988.</p>`;
    expect(pageIndustry(sample('Fyrirtækið | Selfiskur', body, 'https://www.example.is/'))?.group).toBe(
      'manufacturing',
    );
  });
});

describe("software named as the company's own", () => {
  it('reads "our software is used by" and systems or portals the company builds as a claim', () => {
    expect(claimsSoftwareProduct('Our software is used by 12 councils and 30 housing co-ops.')).toBe(true);
    expect(claimsSoftwareProduct('Unsere Plattform läuft in 80 Gemeinden.')).toBe(true);
    expect(claimsSoftwareProduct('We build booking systems and service portals for ferry lines.')).toBe(true);
    // Guard: a heating installer's systems are no software.
    expect(claimsSoftwareProduct('We build heating systems for new homes.')).toBe(false);
  });

  it('reads an identity-security vendor as software though it protects health insurers', () => {
    const body = `<h2>About Keyline</h2><p>Keyline maps every human and machine identity in a company and shuts down risky
      access before attackers use it. Keyline protects more than 200 companies, including three large health
      insurers. We integrate with identity providers and access management tools on GitHub.</p>`;
    expect(pageIndustry(sample('Backend Engineer @ Keyline', body))?.group).toBe('software');
  });
});
