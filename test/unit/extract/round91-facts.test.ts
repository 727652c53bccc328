import { describe, expect, it, vi } from 'vitest';
import { foundedYear } from '../../../lib/extract/text/founded';
import { fundingStage } from '../../../lib/extract/text/funding';
import { headcount } from '../../../lib/extract/text/headcount';
import { publisherFounding } from '../../../lib/extract/text/masthead';
import { signalsOf } from './read-page';

// Invented companies, boards and snippets only: the held-out pages are the measurement, never copied here.
const NOW = Date.UTC(2026, 0, 15);
vi.setConfig({ testTimeout: 30_000 });
const year = (text: string) => foundedYear(text, NOW)?.year;

describe('a directory profile in sameAs is not the company site', () => {
  const site = (sameAs: string[]) => `<!DOCTYPE html><html lang="en"><head><title>Contact - Larchmont Roofing</title>
<script type="application/ld+json">${JSON.stringify({
    '@context': 'http://schema.org',
    '@type': 'Organization',
    legalName: 'Larchmont Roofing, LLC',
    sameAs,
  })}</script></head><body><main><h1>Contact us</h1><p>Call our office for a free estimate.</p></main></body></html>`;

  it('keeps the page own domain over a directory profile two folders deep', () => {
    const html = site(['https://www.instagram.com/larchmontroof', 'https://www.houzz.com/pro/larchmontroof']);
    const company = signalsOf(html, 'https://www.larchmontroof.com/contact', NOW)?.company;
    expect(company?.domain?.value).toBe('larchmontroof.com');
  });

  it('keeps it against a review site listing too', () => {
    const html = site(['https://www.yelp.com/biz/larchmont-roofing-dayton']);
    const company = signalsOf(html, 'https://larchmontroof.com/', NOW)?.company;
    expect(company?.domain?.value).toBe('larchmontroof.com');
  });

  it('guard: a job posting employer site given as a home page in sameAs is still read', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Site Foreman</title>
<script type="application/ld+json">${JSON.stringify({
      '@context': 'http://schema.org',
      '@type': 'JobPosting',
      title: 'Site Foreman',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Larchmont Roofing',
        sameAs: 'https://www.larchmontroof.com/en',
      },
    })}</script></head><body><h1>Site Foreman</h1></body></html>`;
    const company = signalsOf(html, 'https://jobs.example-board.com/job/4411', NOW)?.company;
    expect(company?.domain?.value).toBe('larchmontroof.com');
  });
});

describe('size bands written with words', () => {
  it('reads a card row "Company size / 201 to 500" as the band', () => {
    expect(
      headcount('Company name\nTorvale Supplies Ltd\nCompany size\n201 to 500\nIndustry\nWholesale')?.range,
    ).toEqual({
      min: 201,
      max: 500,
    });
  });

  it('reads a German row "Mitarbeiter: 50 bis 249"', () => {
    expect(headcount('Branche: Maschinenbau\nMitarbeiter: 50 bis 249\nSitz: Ulm')?.range).toEqual({
      min: 50,
      max: 249,
    });
  });

  it('reads a band in a line as the band, never its top alone', () => {
    const similar = 'Similar jobs\nNight Picker – Ostler Foods Ltd – Dudley – 1,001 to 5,000 employees\n';
    expect(headcount(similar)?.range).toEqual({ min: 1001, max: 5000 });
    expect(headcount('Lagerhelfer (m/w/d) – Brandt Logistik – 50 bis 249 Mitarbeiter – Kassel')?.range).toEqual({
      min: 50,
      max: 249,
    });
    expect(headcount('Planta en Celaya · 501 a 1.000 empleados')?.range).toEqual({ min: 501, max: 1000 });
  });

  it('guard: a growth or a year before "to" leaves the count of today', () => {
    expect(headcount("L'atelier est passé de 31 à 68 salariés en dix ans.")?.range).toEqual({ min: 68, max: 68 });
    expect(headcount('We grew from 40 to 65 staff last year.')?.range).toEqual({ min: 65, max: 65 });
    expect(headcount('We have grown since our founding in 1979 to about 650 employees.')?.range).toEqual({
      min: 650,
      max: 650,
    });
  });

  it('guard: a founding year before a dash is no band', () => {
    expect(headcount('Est. 1998 – 120 staff – Leeds')?.range).toEqual({ min: 120, max: 120 });
  });
});

describe('founding by a merger, a timeline table, a publisher line', () => {
  it('reads "Formed in 1996 from the merger of" over a director\'s "since"', () => {
    const text =
      'Formed in 1996 from the merger of two grower co-operatives, we store grain at nine sites.\nJane Roe. Grazing at Molong since 1989.';
    expect(year(text)).toBe(1996);
  });

  it('reads the year after the merger, and in French, German and Spanish', () => {
    expect(year('The bank was created through the amalgamation of three building societies in 2004.')).toBe(2004);
    expect(year('Née en 1998 de la fusion de deux coopératives laitières, la société emploie 300 personnes.')).toBe(
      1998,
    );
    expect(year('Die Gruppe entstand 2003 aus der Fusion zweier Familienbetriebe.')).toBe(2003);
    expect(year('La cooperativa nació en 1991 de la fusión de dos bodegas.')).toBe(1991);
  });

  it('guard: a merger the company made later is no founding', () => {
    expect(year('In 2015 we merged with a Leeds practice.')).toBeUndefined();
  });

  it('reads a milestone table row whose year is in the first cell and the entry in the passive', () => {
    const text =
      'Milestones\n1951\tOrwell Machine Shop opens\n1979\tOrwell Pumps, Inc. is incorporated; first pump ships\n1999\tISO 9001';
    expect(year(text)).toBe(1979);
    expect(year('History\n1979\nOrwell Pumps Ltd is founded by two brothers\n2004\nA second plant opens')).toBe(1979);
  });

  it('guard: a branch in the table is not the founding', () => {
    expect(year('1979\tOur Leeds branch is established\n')).toBeUndefined();
  });

  it('keeps "Est. 2011" one sentence in the publisher\'s line', () => {
    const text =
      'Story text here.\nHarbour Ledger – business news for the Solent. Est. 2011.\n© 2026 Harbour Ledger Ltd';
    expect(publisherFounding(text, ['harbourledger'], NOW)).toBe(2011);
  });
});

describe('private equity and listings told by rows and portfolios', () => {
  it('reads a portfolio company of a private equity firm, in English, German and French', () => {
    expect(
      fundingStage('In 2021 we became a portfolio company of Elm Row Partners, a Boston private equity firm.'),
    ).toBe('private-equity');
    expect(
      fundingStage('Seit 2019 sind wir ein Portfoliounternehmen der Beteiligungsgesellschaft Nordkap Capital.'),
    ).toBe('private-equity');
    expect(
      fundingStage(
        "La société fait partie du portefeuille d'Azur Partenaires, fonds de capital-investissement lyonnais.",
      ),
    ).toBe('private-equity');
  });

  it('reads a funding box "Last Round: Private equity"', () => {
    expect(fundingStage('Funding\nAcme Rehab 1 total round. Last Round: Private equity, Jun 5, 2022, US$ 40.0M.')).toBe(
      'private-equity',
    );
    expect(fundingStage('Last funding type\nPrivate Equity\n')).toBe('private-equity');
  });

  it('guard: a venture fund portfolio is no buyout', () => {
    expect(fundingStage('We are a portfolio company of Northwind Ventures, a seed fund.')).toBeUndefined();
  });

  it('reads a stock code beside its exchange as a listing', () => {
    expect(fundingStage('Stock Code\n0417 (Main Board of The Stock Exchange of Hong Kong Limited)\nListing Date')).toBe(
      'ipo/public',
    );
    expect(fundingStage('Share code: 5123 – Main Market of Bursa Malaysia')).toBe('ipo/public');
  });

  it("guard: a shop's stock code is an article number", () => {
    expect(fundingStage('Cordless drill 18V\nStock code: 104532\nIn stock, ships today')).toBeUndefined();
  });
});

describe("LinkedIn's 2012-2014 careers module", () => {
  const linkedin = (
    module: string,
  ) => `<!DOCTYPE html><html lang="en"><head><title>Harrow Creek Foods | LinkedIn</title></head>
<body><div id="body"><h1 class="name"><span>Harrow Creek Foods</span></h1>
<div class="basic-info"><dl><dt>Industry</dt><dd>Food Production</dd><dt>Company Size</dt><dd>51-200 employees</dd></dl></div>
${module}</div></body></html>`;

  it('reads its job links by id as the company openings', () => {
    const html = linkedin(`<div class="careers-module"><h3>Careers at Harrow Creek Foods</h3><ul>
<li><a href="/jobs?viewJob=&amp;jobId=5512001">Line Operator</a> - Dayton, OH</li></ul></div>`);
    const company = signalsOf(html, 'https://www.linkedin.com/company/harrow-creek-foods', NOW)?.company;
    expect(company?.hiring?.value).toBeTruthy();
  });

  it('guard: a page without the module says nothing of hiring', () => {
    const company = signalsOf(linkedin(''), 'https://www.linkedin.com/company/harrow-creek-foods', NOW)?.company;
    expect(company?.hiring).toBeUndefined();
  });
});

describe('the employer of an ATS posting without data', () => {
  it("reads the tenant's slug as the text spells it (a French career section)", () => {
    const html = `<!DOCTYPE html><html lang="fr"><head><title>Description de l'offre d'emploi - Soudeur (2500777X)</title></head>
<body><h1>Soudeur / Welder</h1><p>Numéro de poste : 2500777X</p>
<p>Qui sommes-nous? Fondée en 1988, Groupe Bellerive inc. fabrique des structures d'acier.</p>
<p>Groupe Bellerive Inc. builds steel structures.</p><p>Groupe Bellerive souscrit à l'équité en emploi.</p>
<p>Powered by Oracle Taleo</p></body></html>`;
    const company = signalsOf(
      html,
      'https://bellerive.taleo.net/careersection/ext/jobdetail.ftl?job=2500777X',
      NOW,
    )?.company;
    expect(company?.name?.value).toMatch(/Bellerive/);
  });

  it("reads the title's part after the job title, and the employer's shortened www site", () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Service Technician - HVAC - Red Mesa Plumbing Contractors</title></head>
<body><h1>Service Technician - HVAC</h1><p>Grand Junction, CO 81501, USA</p>
<p>Who we are: Red Mesa Plumbing Contractors is a family-owned contractor serving Western Colorado.</p>
<footer><p>Powered by Paylocity</p><p>Red Mesa Plumbing Contractors is an equal opportunity employer.</p>
<p><a href="http://www.redmesaplumb.com">www.redmesaplumb.com</a></p></footer></body></html>`;
    const company = signalsOf(html, 'https://recruiting.paylocity.com/Recruiting/Jobs/Details/1100223', NOW)?.company;
    expect(company?.name?.value).toBe('Red Mesa Plumbing Contractors');
    expect(company?.domain?.value).toBe('redmesaplumb.com');
  });

  it("guard: a title's place after the job title is no employer", () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Service Technician - Grand Junction</title></head>
<body><h1>Service Technician</h1><p>Grand Junction, CO 81501</p><p>Powered by Paylocity</p></body></html>`;
    const company = signalsOf(html, 'https://recruiting.paylocity.com/Recruiting/Jobs/Details/1100224', NOW)?.company;
    expect(company?.name).toBeUndefined();
  });
});
