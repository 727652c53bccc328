import { describe, expect, it } from 'vitest';
import { widenBrand } from '../../../lib/extract/brand';
import { pageIndustry } from '../../../lib/extract/classify/page';
import { parseHeadline } from '../../../lib/extract/sites/headline';
import { regionCountry } from '../../../lib/extract/sites/location';
import { findAddress } from '../../../lib/extract/text/address';
import { fundingStage } from '../../../lib/extract/text/funding';
import { headcount } from '../../../lib/extract/text/headcount';
import { readImprint } from '../../../lib/extract/text/imprint';
import { announcedRoles } from '../../../lib/extract/text/jobs';
import { sampleOf, signalsOf } from './read-page';

// Issue 14, a sixteenth set written blind: structures its pages had that no rule read. Invented companies and places.
const NOW = Date.UTC(2025, 0, 15);
const page = (html: string, url: string) => signalsOf(html, url, NOW);

describe('street lines with a door, a box or a region after the city', () => {
  it("reads an Austrian stair and door number, and the Land on the city's next line", () => {
    expect(findAddress('Bergmann Planung GmbH\nLandstraße 61/4\n4020 Linz\nOberösterreich, Österreich', 'de')).toEqual({
      street: 'Landstraße 61/4',
      postalCode: '4020',
      city: 'Linz',
      region: 'Oberösterreich',
      country: 'AT',
    });
    expect(findAddress('Schottenfeldgasse 29/2/5, 1070 Wien', 'de')?.street).toBe('Schottenfeldgasse 29/2/5');
  });

  it("never takes the next office's city for a region, though a region of that name exists", () => {
    const text = 'Standorte\nGraz (Zentrale)\nMurgasse 12, 8010 Graz\nWien\nPraterstraße 3, 1020 Wien';
    expect(findAddress(text, { lang: 'de', tldCountry: 'AT' })).toMatchObject({ city: 'Graz' });
    expect(findAddress(text, { lang: 'de', tldCountry: 'AT' })?.region).toBeUndefined();
  });

  it('reads a Belgian box number after the house number, in Dutch and French', () => {
    expect(findAddress('Noorderlaan 147 bus 3\n2030 Antwerpen\nBelgië', { lang: 'nl' })).toMatchObject({
      street: 'Noorderlaan 147 bus 3',
      city: 'Antwerpen',
      country: 'BE',
    });
    expect(findAddress('Rue de Fer 41 bte 2\n5000 Namur', 'fr')?.street).toBe('Rue de Fer 41 bte 2');
  });

  it('reads a Japanese address in Latin letters: city, prefecture, postcode; a ward before the city is its own', () => {
    expect(findAddress('2-4-8 Hirosaka, Kanazawa, Ishikawa 920-0962, Japan')).toEqual({
      city: 'Kanazawa',
      region: 'Ishikawa',
      postalCode: '920-0962',
      country: 'JP',
    });
    expect(findAddress('Yodogawa-ku, Osaka 532-0011, Japan')).toEqual({
      city: 'Osaka',
      postalCode: '532-0011',
      country: 'JP',
    });
    expect(regionCountry('Nagano-ken')).toBe('JP');
    expect(regionCountry('Ishikawa Prefecture')).toBe('JP');
    expect(regionCountry('Nagano')).toBeUndefined();
  });
});

describe("the company's own block among a footer's addresses", () => {
  it('reads no court in the Dutch "opgericht" (founded), and passes over the branches', () => {
    const text = [
      '"Sinds 2017 verschepen wij via Dijlepoort." Logistiek manager, machinebouwer uit Kortrijk (opgericht in 1962)',
      'Dijlepoort Forwarding NV',
      'Noorderlaan 9 bus 3',
      '2030 Antwerpen',
      'België',
      'Vestigingen',
      'Zeebrugge – Kustlaan 12, 8380 Zeebrugge',
    ].join('\n');
    expect(readImprint(text, 'nl', false, { brands: ['dijlepoort'] }).hq).toMatchObject({ city: 'Antwerpen' });
  });
});

describe('one organization described twice in JSON-LD', () => {
  it("fills the subject's address from a LocalBusiness at the same postcode", () => {
    const blocks = [
      {
        '@context': 'https://schema.org',
        '@type': 'Organization',
        name: 'Riverside Dental',
        address: '4 Quay Street\nLimerick, V94 X2K7\nIreland',
      },
      {
        '@context': 'https://schema.org',
        '@type': 'Dentist',
        name: 'Riverside Dental',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '4 Quay Street',
          addressLocality: 'Limerick',
          addressRegion: 'Co. Limerick',
          postalCode: 'V94 X2K7',
          addressCountry: 'IE',
        },
      },
    ];
    const html = `<html><head>${blocks.map((b) => `<script type="application/ld+json">${JSON.stringify(b)}</script>`).join('')}</head><body><p>Riverside Dental</p></body></html>`;
    expect(page(html, 'https://www.riversidedental.ie/contact')?.company?.hq?.value).toMatchObject({
      city: 'Limerick',
      region: 'Co. Limerick',
      country: 'IE',
    });
  });
});

describe('names, roles and rounds in more languages', () => {
  it('keeps an ampersand between the words of a name', () => {
    expect(widenBrand('Kumo Hotels & Resorts', 'Kumo Hotels')).toBe('Kumo Hotels & Resorts');
    expect(widenBrand('Kumo &', 'Kumo')).toBe('Kumo');
  });

  it("reads a Portuguese or Polish headline's employer before a capitalised name only", () => {
    expect(parseHeadline('Marketing Lead na Brisa Seguros | Growth')).toEqual({
      title: 'Marketing Lead',
      employer: 'Brisa Seguros',
    });
    expect(parseHeadline('Kierownik IT w Odra Meble')).toEqual({ title: 'Kierownik IT', employer: 'Odra Meble' });
    expect(parseHeadline('Especialista na área de dados')).toEqual({ title: 'Especialista na área de dados' });
  });

  it('reads a Polish round and an Italian private-equity owner', () => {
    expect(fundingStage('W 2023 roku zamknęliśmy rundę Serii B prowadzoną przez fundusz z Wiednia.')).toBe('series-b');
    expect(fundingStage('Pozyskaliśmy 5 mln zł w rundzie seed.')).toBe('seed');
    expect(fundingStage('Dal 2015 il capitale è detenuto al 60% da un fondo di private equity.')).toBe(
      'private-equity',
    );
    expect(fundingStage('Lazio gioca in Serie A')).toBeUndefined();
  });

  it("counts the people on the team, not on a customer's", () => {
    expect(headcount('126 osób w zespole')?.range).toEqual({ min: 126, max: 126 });
    expect(headcount('We are 40 people on the team')?.range).toEqual({ min: 40, max: 40 });
    expect(headcount("40 personnes dans l'équipe")?.range).toEqual({ min: 40, max: 40 });
    expect(headcount('we help 126 people on the team of our customers')).toBeUndefined();
  });

  it('reads a role the company announces it is hiring for, never a thing it seeks', () => {
    expect(announcedRoles("We're hiring a senior full-stack engineer. Get in touch.")).toEqual([
      'senior full-stack engineer',
    ]);
    expect(announcedRoles('Wir suchen einen Vertriebsleiter für die Schweiz.')).toEqual(['Vertriebsleiter']);
    expect(announcedRoles('Wir suchen die beste Lösung für Sie.')).toEqual([]);
    expect(announcedRoles("We're hiring a new office in Leeds.")).toEqual([]);
  });
});

describe('a schema.org type any service business takes', () => {
  const html = (body: string) =>
    `<html><head><title>Vigilia — À propos</title><script type="application/ld+json">{"@context":"https://schema.org","@type":"ProfessionalService","name":"Vigilia"}</script></head><body>${body}</body></html>`;
  const sample = (body: string) => sampleOf(html(body), 'https://www.vigilia.ch/a-propos', NOW);

  it("gives way to the page's leading words", () => {
    const body =
      "<h1>Cybersécurité pour PME</h1><p>Tests d'intrusion, audits de sécurité informatique, infogérance et centre de données, cybersécurité managée.</p>";
    expect(pageIndustry(sample(body))?.group).toBe('it-services');
  });

  it('stands where the words name no trade', () => {
    expect(pageIndustry(sample('<h1>Bienvenue</h1><p>Contactez-nous.</p>'))?.group).toBe('professional-services');
  });
});

describe("a page's words of trade in more languages", () => {
  const sample = (title: string, body: string) =>
    sampleOf(
      `<html><head><title>${title}</title></head><body>${body}</body></html>`,
      'https://www.example.pl/kariera',
      NOW,
    );

  it('reads Polish payments as finance, over the shops they serve', () => {
    const s = sample(
      'Kariera | Paylo – bramka płatności dla e-commerce',
      '<h1>Dołącz do Paylo</h1><p>Paylo to krajowa instytucja płatnicza. Obsługujemy BLIK, szybkie przelewy i płatności odroczone dla 9 000 sklepów internetowych.</p>',
    );
    expect(pageIndustry(s)?.group).toBe('financial-services');
  });

  it('reads a German maker of measuring devices as manufacturing', () => {
    const s = sample(
      'Über uns | Nordmess AG',
      '<h1>Nordmess Messtechnik</h1><p>Die Nordmess AG entwickelt und fertigt Füllstandsmessgeräte und Durchflussmessgeräte.</p>',
    );
    expect(pageIndustry(s)?.group).toBe('manufacturing');
  });
});

describe('LinkedIn and Crunchbase layouts', () => {
  it("reads the 2018 public company card's name, and its own jobs link spelled in the interface's language", () => {
    const html = `<html><head><title>Fornace Packaging S.r.l. | LinkedIn</title></head><body>
      <section class="top-card"><h1 class="top-card__title">Fornace Packaging S.r.l.</h1>
      <a class="top-card__cta" href="https://it.linkedin.com/jobs/fornace-packaging-offerte-di-lavoro">Vedi offerte di lavoro</a></section>
      <section class="similar"><h2>Pagine simili</h2><a href="https://it.linkedin.com/company/altra">Altra S.p.A.</a></section></body></html>`;
    const company = page(html, 'https://it.linkedin.com/company/fornace-pack')?.company;
    expect(company?.name?.value).toBe('Fornace Packaging S.r.l.');
    expect(company?.hiring?.value.careersUrl).toContain('/company/fornace-pack/jobs');
  });

  it("reads the funding box's last round where it is no link", () => {
    const html = `<html><head><title>Rheinbogen Diagnostics AG | LinkedIn</title></head><body>
      <h1 class="top-card-layout__title">Rheinbogen Diagnostics AG</h1>
      <section class="funding"><h2>Finanzierung</h2><p>Rheinbogen Diagnostics AG · 4 Finanzierungsrunden insgesamt</p>
      <p>Letzte Runde: Serie B, 2021 · CHF 38 Mio.</p><a href="https://www.crunchbase.com/organization/rheinbogen">Crunchbase</a></section></body></html>`;
    expect(page(html, 'https://ch.linkedin.com/company/rheinbogen')?.company?.fundingStage?.value).toBe('series-b');
  });

  it("reads a 2015 public profile's location row", () => {
    const html = `<html><head><title>Jan Nowicki | LinkedIn</title></head><body><h1 id="name">Jan Nowicki</h1>
      <p class="headline title">Kierownik IT w Odra Meble</p>
      <dl id="demographics"><dt>Lokalizacja</dt><dd class="descriptor adr"><span class="locality">Opole, Opolskie, Polska</span></dd></dl></body></html>`;
    expect(page(html, 'https://pl.linkedin.com/in/jan-nowicki')?.person?.location?.value).toBe(
      'Opole, Opolskie, Polska',
    );
  });

  it("reads a Crunchbase profile's labelled rows, and a SaaS tag as the trade over its market's", () => {
    const html = `<html><head><title>Skladio - Crunchbase</title></head><body><h1 class="profile-name">Skladio</h1><ul>
      <li><label>Last Funding Type</label><span>Series A</span></li>
      <li><label>Industries</label><span class="chips"><a>Analytics</a><a>Logistics</a><a>SaaS</a><a>Supply Chain Management</a></span></li>
      </ul></body></html>`;
    const company = page(html, 'https://www.crunchbase.com/organization/skladio')?.company;
    expect(company?.fundingStage?.value).toBe('series-a');
    expect(company?.industryGroup?.value).toBe('software');
  });
});
