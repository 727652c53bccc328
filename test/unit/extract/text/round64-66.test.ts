import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../../lib/eval/run';
import { brandVariants } from '../../../../lib/extract/brand';
import { findAddress } from '../../../../lib/extract/text/address';
import { foundedYear } from '../../../../lib/extract/text/founded';
import { headcount } from '../../../../lib/extract/text/headcount';
import { withHqCountry } from '../../../../lib/extract/text/hq-country';
import { publisherFounding } from '../../../../lib/extract/text/masthead';
import { regionInText } from '../../../../lib/extract/text/region-in-text';
import type { CompanySignals } from '../../../../lib/signals/schema';

// A publisher's founding year in its own footer (Japanese, Korean, Greek, Finnish lines; an author's bio is not it), a
// founder's post on the company's own blog, a post's footer headcount, headcounts in Swedish, German and Italian
// phrasings, Turkish and Spanish address lines, a Swedish one-letter street, a region counted by offices, a county
// named after its town and a head office's city over its suburb. Invented companies; public place names only.
const NOW = Date.UTC(2026, 5, 1);

describe("a publisher's founding year in its footer", () => {
  it.each([
    // The author's bio closes the article, the masthead's founding line follows it.
    [
      'Il Corriere del Legno',
      'Body of the article.\nAnna Rossi è redattrice del Corriere del Legno. Scrive di segherie dal 2011.\nLeggi anche\nIl Corriere del Legno – fondato nel 1987\nEdizioni Abete S.r.l. · Via Roma 3 · 38122 Trento',
      1987,
    ],
    // Japanese: the first issue beside the publisher's legal name and address.
    ['', '記事本文。\n株式会社山陰ビジネス新報社　〒690-0001 松江市東朝日町1-2　TEL 0852-00-0000　創刊1983年', 1983],
    ['', '記事本文。\n発行：株式会社港町通信社　1991年4月創刊', 1991],
    // Korean: the first issue's year among the footer's parts.
    ['', '기사 본문.\n㈜강원산업신문사 · 강원도 춘천시 중앙로 12 · 등록번호 강원 아00012 · 창간 2008년', 2008],
    // Greek: "published since", after the publisher's name.
    [
      'Θεσσαλική Αγορά',
      'Κείμενο άρθρου.\nΘεσσαλική Αγορά – Ειδήσεις για τις επιχειρήσεις της Θεσσαλίας. Εκδίδεται από το 2009.',
      2009,
    ],
    // Finnish "perustettu" ("founded") after the publisher's name.
    [
      'Savon Yrittäjäsanomat',
      'Artikkeli.\nSavon Yrittäjäsanomat – Pohjois-Savon talousuutiset. Perustettu 2003.',
      2003,
    ],
  ])('%s', (brand, text, year) => {
    const brands = brand ? brandVariants(brand) : [];
    expect(publisherFounding(text, brands, NOW)).toBe(year);
  });

  it.each([
    // An author's bio alone: the "since" is the writer's.
    ['Body.\nJan Horák je redaktor Brněnského deníku. Píše o strojírenství od roku 2006.\nSouvisející články'],
    ['Body.\nMaria Lopez is a senior reporter at the Valley Ledger. She has covered farming since 2012.'],
    // The subject company's own year in the article, in Greek: a manager's "από το" is no publishing.
    ['Ο κ. Παππάς διηύθυνε την εταιρεία από το 2005 και παραμένει πρόεδρος.'],
  ])('%s dates no publisher', (text) => expect(publisherFounding(text, [], NOW)).toBeUndefined());
});

describe('founding phrases', () => {
  it.each([
    ['Yhtiö on perustettu vuonna 1996 Kuopiossa.', 1996],
    ['Larkspur Freight has grown from a single yard near Ipswich in 1989 into a national haulier.', 1989],
  ])('%s', (text, year) => expect(foundedYear(text, NOW)?.year).toBe(year));

  it.each([
    // A person's start with the company, not the company's.
    ['She started with Larkspur Freight as a planner in 2004.'],
    ['He began his career at Ormond Mills in 1999.'],
    // A size, not a start: a figure between "from" and the year.
    ['Revenue grew from 12 million in 2019 to 30 million.'],
  ])('%s stays out', (text) => expect(foundedYear(text, NOW)).toBeUndefined());
});

describe('headcount phrasings', () => {
  it.each([
    ['Fjällbacka Data grundades 2015. Vi är 34 personer i Umeå.', 34],
    ['Hinter der App stehen heute 42 Köpfe in Freiburg.', 42],
    ['Lo studio oggi\n96 persone, tra cui 41 ingegneri\n12 sedi', 96],
    ['with 640 colleagues across three sites in Kent', 640],
  ])('%s', (text, n) => expect(headcount(text)?.range).toEqual({ min: n, max: n }));

  it.each([
    // Customers or products counted, visitors broken down: not staff.
    ['Vi är 34 kunder nöjda.'],
    ['Hinter der App stehen 4.000 Handwerksbetriebe.'],
    ['2.000 persone, tra cui 300 bambini\n4 giornate'],
    ['with 640 clients across three sites'],
  ])('%s counts no staff', (text) => expect(headcount(text)).toBeUndefined());
});

describe('address lines', () => {
  it('reads a Turkish district and province after the street', () => {
    const a = findAddress(
      'Kuzey Medya A.Ş. · Atatürk Mah. Cumhuriyet Cad. No: 18, Osmangazi / Bursa · info@kuzey.example',
    );
    expect(a).toMatchObject({ city: 'Bursa', country: 'TR' });
  });
  it('reads no address from a headline with a slash', () => {
    expect(findAddress('İstanbul / Ankara hattında yeni sefer')).toBeUndefined();
  });
  it('reads a Spanish street with its number and floor set apart by commas', () => {
    const a = findAddress('Ediciones Turia S.L. · Calle de Colón, 18, 2.º · 46004 Valencia · CIF B00000000');
    expect(a).toMatchObject({ city: 'Valencia', postalCode: '46004', country: 'ES' });
  });
  it('reads a Swedish street whose name opens with a one-letter word', () => {
    const a = findAddress('Fjällbacka Data AB\nÖvägen 3\n903 27 Umeå');
    expect(a).toMatchObject({ city: 'Umeå', country: 'SE' });
  });
});

describe('a region counted by offices', () => {
  it.each([
    ['Onze 5 kantoren in Friesland staan dicht bij de klant.', 'NL', 'Friesland'],
    ['Mit 3 Standorte in Bayern sind wir nah am Kunden.', 'DE', 'Bayern'],
  ])('%s', (text, country, region) => expect(regionInText(text, country)).toBe(region));
  it.each([
    ['We also have 2 more offices in Bayern.', 'DE'],
    ['3 kantoren in Friesland en 2 kantoren in Drenthe', 'NL'],
  ])('%s names none', (text, country) => expect(regionInText(text, country)).toBeUndefined());
});

describe('the seat named by the page', () => {
  const fact = <T>(value: T, source = 'text') => ({
    value,
    source,
    layer: 'heuristic' as const,
    url: 'https://www.example.co.uk/',
    confidence: 0.55,
    observedAt: 0,
  });

  it('takes the county named after its town', () => {
    const c: CompanySignals = { hq: fact({ city: 'Bedford', postalCode: 'MK40 1AA', country: 'GB' }) };
    withHqCountry(c, 'Our depots across Bedfordshire.\nBedford MK40 1AA');
    expect(c.hq?.value.region).toBe('Bedfordshire');
  });
  it('keeps the nation when the county is not named', () => {
    const c: CompanySignals = { hq: fact({ city: 'Bedford', postalCode: 'MK40 1AA', country: 'GB' }) };
    withHqCountry(c, 'Bedford MK40 1AA');
    expect(c.hq?.value.region).toBe('England');
  });
  it('keeps the nation of a Welsh seat', () => {
    const c: CompanySignals = { hq: fact({ city: 'Pembroke', postalCode: 'SA71 4AA', country: 'GB' }) };
    withHqCountry(c, 'Serving all of Pembrokeshire.\nPembroke SA71 4AA');
    expect(c.hq?.value.region).toBe('Wales');
  });
  it("takes the head office's city over the suburb of its address", () => {
    const c: CompanySignals = { hq: fact({ city: 'Belmont', region: 'VIC', country: 'AU' }) };
    withHqCountry(c, 'We are still headquartered in Geelong.\nHead Office – Geelong\n12 High Street, Belmont VIC 3216');
    expect(c.hq?.value.city).toBe('Geelong');
  });
  it('keeps the address when the prose does not name the same city', () => {
    const c: CompanySignals = { hq: fact({ city: 'Belmont', region: 'VIC', country: 'AU' }) };
    withHqCountry(c, 'Head Office – Geelong\n12 High Street, Belmont VIC 3216');
    expect(c.hq?.value.city).toBe('Belmont');
  });
});

describe("a post on the company's own blog", () => {
  const post = (site: string, body: string) =>
    `<html><head><meta property="og:site_name" content="${site}"><script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"News","publisher":{"@type":"Organization","name":"${site}"}}</script></head><body><article><h1>News</h1>${body}</article></body></html>`;

  it("reads a founder's post for the company's own figures", async () => {
    const html = post(
      'Copperleaf Analytics',
      '<p>When Ravi and I founded Copperleaf Analytics in 2018, we were two people in a spare room. Today we are a team of 62 serving hospitals in nine states, and our 2025 Series A, led by Birchway Capital, lets us double the data team.</p>',
    );
    const company = (await extractFile(html, 'https://www.copperleaf.example/blog/welcome', NOW))?.company;
    expect(company?.founded?.value).toBe(2018);
    expect(company?.employees?.value).toEqual({ min: 62, max: 62 });
    expect(company?.fundingStage?.value).toBe('series-a');
  });

  it("reads no figures from a publisher's story that quotes a founder", async () => {
    const html = post(
      'Valley Ledger',
      '<p>Copperleaf Analytics has hired a new CFO. “When Ravi and I founded Copperleaf Analytics in 2018, we were two people,” said its CEO. The company is a team of 62 and raised a Series A in 2025.</p>',
    );
    const company = (await extractFile(html, 'https://www.valleyledger.example/news/copperleaf-cfo', NOW))?.company;
    expect(company?.founded).toBeUndefined();
    expect(company?.employees).toBeUndefined();
    expect(company?.fundingStage).toBeUndefined();
  });

  it("reads a post's footer for the owner's headcount, not the story", async () => {
    const html = post(
      'Donautal Stanztechnik',
      '<p>Unsere Kollegin leitet ein Team von 7 Personen. Unser Kunde beschäftigt 900 Mitarbeiter.</p></article><footer><p>Donautal Stanztechnik GmbH · Hafenstraße 4 · 3430 Tulln</p><p>Seit 1991 · 88 Mitarbeiterinnen und Mitarbeiter</p></footer><article>',
    );
    const company = (await extractFile(html, 'https://www.donautal.example/blog/portraet', NOW))?.company;
    expect(company?.employees?.value).toEqual({ min: 88, max: 88 });
  });
});
