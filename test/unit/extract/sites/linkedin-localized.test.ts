import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../lib/extract/index';
import { normalizePage } from '../../../../lib/signals/normalize';

// Invented companies on LinkedIn's public company page structure.
const NOW = Date.UTC(2025, 0, 15);
const URL_ = 'https://fi.linkedin.com/company/quillfeather';

function company(body: string) {
  const html = `<html lang="fi"><head><title>Quillfeather | LinkedIn</title></head><body>
    <h1 class="top-card-layout__title">Quillfeather</h1>${body}</body></html>`;
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return normalizePage(extractPage(doc, URL_, NOW))?.company;
}
const stage = (body: string) => company(body)?.fundingStage?.value;

describe('LinkedIn company pages in more interface languages', () => {
  it("reads the funding card's last round, whatever the interface language", () => {
    const card = `<section class="core-section-container funding"><h2>Rahoitus</h2>
      <p>Quillfeather: 3 rahoituskierrosta</p><p class="font-bold">Viimeisin kierros</p>
      <p><a href="https://www.crunchbase.com/funding_round/quillfeather-series-a--1a2b?utm_source=linkedin&trk=funding_last-round">Series A</a></p>
      <a href="https://www.crunchbase.com/organization/quillfeather?trk=funding_crunchbase">Crunchbase</a></section>`;
    expect(stage(card)).toBe('series-a');
  });

  it("reads an older card's round link without the tracking query, and a private-equity round", () => {
    const card = (round: string, slug: string) => `<section data-test-id="funding"><h2>Funding</h2>
      <p>Quillfeather 4 total rounds</p><p>Last Round</p>
      <p><a href="https://www.crunchbase.com/funding_round/${slug}">${round}</a></p></section>`;
    expect(stage(card('Series B', 'quillfeather-series-b'))).toBe('series-b');
    expect(stage(card('Private equity', 'quillfeather-private-equity'))).toBe('private-equity');
  });

  it("reads the card's round named in the interface's language ('Serie B', 'Série A')", () => {
    const card = (round: string) => `<section data-test-id="funding"><p>Senaste runda</p>
      <p><a href="https://www.crunchbase.com/funding_round/quillfeather-x?trk=funding_last-round">${round}</a></p></section>`;
    expect(stage(card('Serie B'))).toBe('series-b');
    expect(stage(card('Série A'))).toBe('series-a');
  });

  it("reads a listed company's type in Chinese, by the row's key", () => {
    const row = `<dl><div data-test-id="about-us__organizationType"><dt>類型</dt><dd>上市公司</dd></div></dl>`;
    expect(stage(row)).toBe('ipo/public');
  });

  it('reads no round from a link to another page of Crunchbase', () => {
    expect(stage('<a href="https://www.crunchbase.com/organization/quillfeather">Series A</a>')).toBeUndefined();
  });

  it.each([
    ['501-1.000 çalışan', { min: 501, max: 1000 }],
    ['직원 51-200명', { min: 51, max: 200 }],
    ['社員 201～500名', { min: 201, max: 500 }],
    ['51-200 名員工', { min: 51, max: 200 }],
  ])('reads the size band %s', (band, range) => {
    const row = `<dl><div data-test-id="about-us__size"><dt>—</dt><dd>${band}</dd></div></dl>`;
    expect(company(row)?.employees?.value).toEqual(range);
  });
});

describe("a LinkedIn company page's own About text", () => {
  it('gives the funding round the page has no card for, read by the background', () => {
    const about = `<section data-test-id="about-us"><p data-test-id="about-us__description">Quillfeather automates
      cell culture. Nous avons levé 24 M€ en série A en 2023.</p></section>`;
    expect(stage(about)).toBe('series-a');
  });
});

describe('older LinkedIn company layouts', () => {
  it("reads the plural 'Industries' row and the careers box's job search filtered by the company's id", () => {
    const body = `<dl class="about-us__organization-info"><dt>Industries</dt><dd>Architecture &amp; Planning</dd></dl>
      <div class="careers-section"><h3>Careers at Quillfeather</h3><p>12 jobs</p>
      <a href="https://www.linkedin.com/jobs/search?f_C=5512345">See all jobs</a></div>`;
    expect(company(body)?.industry?.value).toBe('Architecture & Planning');
    expect(company(body)?.hiring).toBeDefined();
  });

  it('reads no openings from a similar page listed beside it', () => {
    const similar = `<div class="also-viewed"><h3>People also viewed</h3>
      <a href="https://www.linkedin.com/jobs/search?f_C=777">Jobs at Orbel</a></div>`;
    expect(company(similar)?.hiring).toBeUndefined();
  });
});

describe('2021-2023 public layouts in other interface languages', () => {
  it("reads a size row labelled by the word alone and the top card's filtered job list", () => {
    const body = `<a class="top-card-layout__cta" href="https://de.linkedin.com/jobs/quillfeather-stellenangebote?f_C=4410&trk=top-card">Jobs anzeigen</a>
      <dl><dt class="basic-info-item__term">Größe</dt><dd class="basic-info-item__description">11–50 Beschäftigte</dd></dl>`;
    expect(company(body)?.employees?.value).toEqual({ min: 11, max: 50 });
    expect(company(body)?.hiring).toBeDefined();
  });

  it("reads the top card's link to the company's own jobs tab, with its tracking query", () => {
    const cta = `<a class="top-card-layout__cta" href="https://fr.linkedin.com/company/quillfeather/jobs?trk=top-card_jobs">Voir les offres d’emploi</a>`;
    expect(company(cta)?.hiring).toBeDefined();
  });

  it("reads no openings from the navigation's job search without a company filter", () => {
    const nav = `<a href="https://de.linkedin.com/jobs/stellenangebote?trk=guest_nav_menu_jobs">Jobs</a>`;
    expect(company(nav)?.hiring).toBeUndefined();
  });
});

describe('About rows labelled in a language the adapter has no words for', () => {
  // Invented labels: the rows are read by their values and LinkedIn's fixed row order, never by these words.
  const about = (rows: Array<[string, string]>) =>
    `<dl>${rows.map(([label, value]) => `<dt>${label}</dt><dd>${value}</dd>`).join('')}</dl>`;
  const site =
    '<a href="https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fwww%2Equillfeather%2Eexample">www.quillfeather.example</a>';

  it('reads the website, industry, size, headquarters and founding year by shape and order', () => {
    const c = company(
      about([
        ['Zorvat', site],
        ['Kelmi', 'Maskinteknik'],
        ['Drossa', '51–200 anställda'],
        ['Pluvi', 'Norrköping, Östergötland'],
        ['Tyrn', 'Privatägt företag'],
        ['Omsk', '2008'],
      ]),
    );
    expect(c?.domain?.value).toBe('quillfeather.example');
    expect(c?.industry?.value).toBe('Maskinteknik');
    expect(c?.employees?.value).toEqual({ min: 51, max: 200 });
    expect(c?.hq?.value).toMatchObject({ city: 'Norrköping', region: 'Östergötland' });
    expect(c?.founded?.value).toBe(2008);
  });

  it('takes no company type for the headquarters when the headquarters row is missing', () => {
    const c = company(
      about([
        ['Drossa', '11–50 työntekijää'],
        ['Tyrn', 'Yksityisomistuksessa'],
      ]),
    );
    expect(c?.employees?.value).toEqual({ min: 11, max: 50 });
    expect(c?.hq).toBeUndefined();
  });

  it('takes no type for the industry in the older order, where the headquarters and type come before the size', () => {
    const c = company(
      about([
        ['Zorvat', site],
        ['Pluvi', 'Santiago, Región Metropolitana'],
        ['Tyrn', 'Empresa privada'],
        ['Drossa', '201-500 empleados'],
        ['Omsk', '1996'],
      ]),
    );
    expect(c?.industry).toBeUndefined();
    expect(c?.founded?.value).toBe(1996);
  });

  it('takes no specialties list for the headquarters when it is the last row', () => {
    const c = company(
      about([
        ['Drossa', '11–50 työntekijää'],
        ['Erik', 'metsätalous, laserkeilaus'],
      ]),
    );
    expect(c?.hq).toBeUndefined();
  });

  it('takes no phone number for the industry', () => {
    const c = company(
      about([
        ['Puhelin', '+358 40 123 4567'],
        ['Drossa', '11–50 työntekijää'],
      ]),
    );
    expect(c?.industry).toBeUndefined();
  });

  it('splits an Arabic headquarters line at the Arabic comma', () => {
    const c = company(
      about([
        ['Drossa', '51-200 موظف'],
        ['Pluvi', 'عمّان، عمّان'],
        ['Tyrn', 'شركة خاصة'],
      ]),
    );
    expect(c?.hq?.value).toMatchObject({ city: 'عمّان' });
  });
});

describe("the public top card's subline", () => {
  const card = (headline: string, parts: string[]) =>
    company(`<h2 class="top-card-layout__headline">${headline}</h2>
      <h3 class="top-card-layout__first-subline">${parts.map((p) => `<span>${p}</span>`).join(' <span>·</span> ')}</h3>`);

  it('reads the industry from a subline that leads with it, and the headline over it as the tagline', () => {
    const c = card('Konstruktion för tillverkande industri', [
      'Maskinteknik',
      'Norrköping, Östergötland',
      '1 932 följare',
    ]);
    expect(c?.industry?.value).toBe('Maskinteknik');
    expect(c?.hq?.value).toMatchObject({ city: 'Norrköping' });
  });

  it('reads the headline as the industry when the subline holds the location alone', () => {
    const c = card('Advertising Services', ['London, London', '5,750 followers']);
    expect(c?.industry?.value).toBe('Advertising Services');
    expect(c?.hq?.value).toMatchObject({ city: 'London' });
  });

  it('knows a follower count in any language by its shape', () => {
    const c = card('Hukuk Hizmetleri', ['Konya, Konya', '8.912 takipçi']);
    expect(c?.industry?.value).toBe('Hukuk Hizmetleri');
    expect(c?.hq?.value).toMatchObject({ city: 'Konya' });
  });
});
