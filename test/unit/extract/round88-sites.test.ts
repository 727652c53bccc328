import { describe, expect, it, vi } from 'vitest';
import { employerCard } from '../../../lib/extract/employer-card';
import { signalsOf } from './read-page';

// Invented companies, boards and snippets only: the held-out pages are the measurement, never copied here.
const NOW = Date.UTC(2026, 0, 15);
vi.setConfig({ testTimeout: 30_000 });
const page = (html: string, url: string) => signalsOf(html, url, NOW);
const value = <T>(fact: { value: T } | undefined) => fact?.value;

const crunchbase = (slug: string, body: string, head = '') => `<!DOCTYPE html><html lang="en"><head>
<title>${slug} - Crunchbase Company Profile &amp; Funding</title>${head}</head>
<body><app-root><h1 class="profile-name">${slug}</h1>${body}
<footer><a href="https://www.linkedin.com/company/crunchbase">LinkedIn</a>
<p>© 2025 Crunchbase Inc. 564 Market St, San Francisco, CA 94104</p></footer></app-root></body></html>`;

describe('Crunchbase organization layouts', () => {
  it('reads 2019 icon rows named by their icon element\'s class, and a social card\'s "View on" titles', () => {
    const html = crunchbase(
      'Brumel',
      `<ul class="icon_and_value">
  <li title="Graz, Steiermark, Austria"><icon class="location"></icon><a>Graz</a>, <a>Steiermark</a>, <a>Austria</a></li>
  <li><icon class="employees"></icon>11-50</li>
  <li><icon class="website"></icon><a href="http://www.brumel-gmbh.at">www.brumel-gmbh.at</a></li></ul>
<div class="social"><a href="https://www.linkedin.com/company/brumel-gmbh" title="View on LinkedIn">LinkedIn</a></div>
<section><h2>Similar Companies</h2><ul><li><a>Other</a> — Linz, Oberösterreich, Austria — 51-100</li></ul></section>`,
    );
    const company = page(html, 'https://www.crunchbase.com/organization/brumel')?.company;
    expect(value(company?.hq)).toMatchObject({ city: 'Graz', country: 'AT' });
    expect(value(company?.domain)).toBe('brumel-gmbh.at');
    expect(value(company?.socials?.linkedin)).toBe('https://www.linkedin.com/company/brumel-gmbh');
  });

  it('reads a Material ligature icon row: the website beside the location link, in the about list', () => {
    const html = crunchbase(
      'Norvik Labs',
      `<ul class="fields"><li><icon>location_on</icon><span>
  <a href="/search/organizations/field/organizations/location_identifiers/bergen">Bergen</a>, <a>Vestland</a>, <a>Norway</a></span></li>
  <li><icon>people</icon><a>1-10</a></li>
  <li><icon>public</icon><a href="https://norviklabs.no" rel="nofollow">norviklabs.no</a></li></ul>
<section><h2>News</h2><a href="https://news.example.com/norvik">Norvik raises</a></section>`,
    );
    const company = page(html, 'https://www.crunchbase.com/organization/norvik-labs')?.company;
    expect(value(company?.domain)).toBe('norviklabs.no');
    expect(value(company?.hq)).toMatchObject({ city: 'Bergen', country: 'NO' });
  });

  it("reads a fields-only state response: the organization's properties without cards", () => {
    const state = {
      'HttpState:GET/v4/data/entities/organizations/kalmo-data?field_ids=x': {
        body: {
          properties: {
            identifier: { permalink: 'kalmo-data', value: 'Kalmo Data', entity_def_id: 'organization' },
            num_employees_enum: 'c_00051_00100',
            last_funding_type: 'series_b',
            website_url: 'https://kalmo-data.ee',
            linkedin: { value: 'https://www.linkedin.com/company/kalmo-data' },
          },
        },
      },
    };
    const html = crunchbase(
      'Kalmo Data',
      '',
      `<script id="ng-state" type="application/json">${JSON.stringify(state)}</script>`,
    );
    const company = page(html, 'https://www.crunchbase.com/organization/kalmo-data')?.company;
    expect(value(company?.employees)).toEqual({ min: 51, max: 100 });
    expect(value(company?.fundingStage)).toBe('series-b');
    expect(value(company?.domain)).toBe('kalmo-data.ee');
    expect(value(company?.socials?.linkedin)).toBe('https://www.linkedin.com/company/kalmo-data');
  });

  it("guard: another organization's properties in the state are not the page's", () => {
    const state = {
      'HttpState:GET/v4/data/entities/organizations/other-co': {
        body: { properties: { identifier: { permalink: 'other-co' }, website_url: 'https://other-co.com' } },
      },
    };
    const html = crunchbase('Pellin', '', `<script id="ng-state">${JSON.stringify(state)}</script>`);
    const company = page(html, 'https://www.crunchbase.com/organization/pellin')?.company;
    expect(company?.domain).toBeUndefined();
  });
});

const BOARD = 'https://www.darbo-lenta.lt/skelbimas/123';

describe("a job board's employer card", () => {
  it('reads a table card (label, tab, value) in Lithuanian', () => {
    const text = [
      'Apie darbdavį',
      'Įmonė\tUAB Ąžuolas',
      'Būstinė\tPanevėžys',
      'Įkurta\t1999',
      'Įmonės dydis\t10–19 darbuotojų',
      'Veiklos sritis\tMedienos apdirbimas',
      'Svetainė\twww.azuolas-baldai.lt',
    ].join('\n');
    expect(employerCard(text, BOARD, NOW)).toEqual({
      seat: { city: 'Panevėžys', country: 'LT' },
      founded: 1999,
      industry: 'Medienos apdirbimas',
      domain: 'azuolas-baldai.lt',
    });
  });

  it('reads a definition list card (value on the next line) in Latvian, its seat from a legal address', () => {
    const text = [
      'Darba devējs',
      'Nosaukums',
      'SIA Koki',
      'Reģistrācijas numurs',
      '40000000000',
      'Juridiskā adrese',
      'Rūpniecības iela 5, Valmiera, LV-4201',
      'Mājaslapa',
      'www.koki-valmiera.lv',
    ].join('\n');
    const card = employerCard(text, 'https://www.darba-lapa.com/lv/vacancy/1', NOW);
    expect(card?.seat).toMatchObject({ city: 'Valmiera', country: 'LV' });
    expect(card?.domain).toBe('koki-valmiera.lv');
  });

  it('reads an English and a German card, a postal code before the city', () => {
    const en =
      'About the employer\nCompany: Fenwick Tools Ltd\nFounded: 1987\nEmployees: 120\nWebsite: fenwick-tools.co.uk';
    expect(employerCard(en, 'https://jobs.example.com/j/1', NOW)).toMatchObject({ founded: 1987 });
    const de = 'Arbeitgeber\tHolzbau Ried GmbH\nSitz\t4910 Ried im Innkreis\nGegründet\t1962\nMitarbeiter\t45';
    expect(employerCard(de, 'https://jobs.example.at/j/1', NOW)).toMatchObject({
      seat: { city: 'Ried im Innkreis', country: 'AT' },
      founded: 1962,
    });
  });

  it('reads the city first in a "City, Region" seat, in Spanish and in English', () => {
    const es = 'Empresa\tAutopartes Bajío\nSede\tCelaya, Guanajuato\nFundada\t1990\nSitio web\tautopartes-bajio.mx';
    expect(employerCard(es, 'https://empleos.bolsa-trabajo.mx/v/1', NOW)?.seat).toMatchObject({
      city: 'Celaya',
      region: 'Guanajuato',
      country: 'MX',
    });
    const en = 'Headquarters\nRotorua, Bay of Plenty\nFounded\n2003\nCompany size\n51-200';
    expect(employerCard(en, 'https://jobs.board-nz.co.nz/1', NOW)?.seat).toMatchObject({ city: 'Rotorua' });
  });

  it("guard: a region alone is no seat, and a region the tables do not know keeps the board's country out", () => {
    const de = 'Sitz\tSachsen-Anhalt\nGegründet\t1990\nMitarbeiter\t80';
    expect(employerCard(de, 'https://jobs.example.de/1', NOW)?.seat).toBeUndefined();
    const et = 'Aadress\tKalda 3, 61001 Otepää, Valga maakond\nAsutatud\t1995\nTöötajaid\t12';
    expect(employerCard(et, BOARD, NOW)?.seat).toEqual({ city: 'Otepää', region: 'Valga maakond' });
  });

  it("guard: a posting's meta rows (place, salary, deadline) are no card", () => {
    const text = 'Darbo vieta: Kaunas\nAtlyginimas: 2000 EUR\nGalioja iki: 2026-02-01\nAdresas: Laisvės al. 1, Kaunas';
    expect(employerCard(text, BOARD, NOW)).toBeUndefined();
  });

  it("guard: a street with its number is no city, and the board's own site is not the employer's", () => {
    const text = 'Ettevõte\tMets AS\nAadress\tPärnu mnt 12\nAsutatud\t2001\nKoduleht\twww.darbo-lenta.lt';
    const card = employerCard(text, BOARD, NOW);
    expect(card?.seat).toBeUndefined();
    expect(card?.domain).toBeUndefined();
    expect(card?.founded).toBe(2001);
  });

  it("guard: a similar job's bracketed founding year is no card row", () => {
    const text = 'Sarnased tööpakkumised\nLukksepp – Tartu – Raud AS (asutatud 1950, 300 töötajat)\nTööandjast';
    expect(employerCard(text, BOARD, NOW)).toBeUndefined();
  });
});

describe('a known board posting', () => {
  it("leaves out the board's own founding line: no employer founded in the board's year", () => {
    const html = `<!DOCTYPE html><html lang="lv"><head><title>Pārdevējs - SIA Saules Maize | CV.lv</title>
<meta property="og:site_name" content="CV.lv"></head><body>
<main><h1>Pārdevējs</h1><a class="employer">SIA Saules Maize</a><p>Maizes ceptuve meklē pārdevēju.</p></main>
<footer><p>CV.lv – darba sludinājumi kopš 2001. gada</p><p>© 2026 CV.lv</p></footer></body></html>`;
    const company = page(html, 'https://www.cv.lv/lv/vacancy/5/saules-maize/pardevejs')?.company;
    expect(company?.founded).toBeUndefined();
  });
});
