import { describe, expect, it } from 'vitest';
import { cityOrNone } from '../../../lib/extract/area';
import { brandVariants } from '../../../lib/extract/brand';
import { industryGroup } from '../../../lib/extract/classify/industry';
import { classifyTitle } from '../../../lib/extract/classify/title';
import { parseHeadline } from '../../../lib/extract/sites/headline';
import { findAddress, findAddresses } from '../../../lib/extract/text/address';
import { foundedYear } from '../../../lib/extract/text/founded';
import { fundingStage } from '../../../lib/extract/text/funding';
import { readImprint } from '../../../lib/extract/text/imprint';
import { publisherFounding } from '../../../lib/extract/text/masthead';
import { signalsOf } from './read-page';

// Issue 14, a thirty-third and thirty-fourth set written blind: LinkedIn pages of fourteen years and locales, and news
// and media pages around the world. Invented publishers, companies, people and places.
const NOW = Date.UTC(2026, 8, 1);
const techs = (html: string, url: string) =>
  (signalsOf(html, url, NOW)?.company?.technologies?.value ?? []).map((t) => t.name);

describe("a newsroom's technologies", () => {
  it("reads an AMP article by the AMP runtime's host", () => {
    const html = `<html ⚡ lang="en"><head><title>Port operator lists on the exchange - The Harbour Ledger</title>
      <script async src="https://cdn.ampproject.org/v0.js"></script></head>
      <body><article><h1>Port operator lists on the exchange</h1><p>Shares opened higher.</p></article></body></html>`;
    expect(techs(html, 'https://harbourledger.example.com/amp/markets/port-operator-lists')).toContain('AMP');
  });

  it('reads SPIP and Silverstripe from the generator tag', () => {
    const page = (generator: string) =>
      `<html><head><title>Accueil - La Gazette du Bocage</title><meta name="generator" content="${generator}"></head>
      <body><p>Les nouvelles du Bocage.</p></body></html>`;
    expect(techs(page('SPIP 4.2.8 [24571]'), 'https://gazette-bocage.example.fr/')).toContain('SPIP');
    expect(techs(page('Silverstripe CMS 5.2'), 'https://gazette-bocage.example.fr/')).toContain('Silverstripe');
    expect(techs(page('Spiphony 2'), 'https://gazette-bocage.example.fr/')).not.toContain('SPIP');
  });
});

describe("a story's publisher in JSON-LD", () => {
  const release = (org: string) => `<html><head><title>Maker opens a plant - Lantern Wire</title>
    <script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","headline":"Maker opens a plant",
    "author":{"@type":"Organization","name":"Kestrel Boards Ltd","foundingDate":"1999"},
    "publisher":{"@type":"Organization","name":"Lantern Wire","url":"https://www.lanternwire.example.com"}},
    ${org}]</script></head><body><article><h1>Maker opens a plant</h1><p>Kestrel Boards opened a plant.</p></article></body></html>`;
  const url = 'https://www.lanternwire.example.com/release/2026/08/maker-opens-a-plant';

  it('reads the full description of the same publisher beside the article', () => {
    const page = signalsOf(
      release(`{"@context":"https://schema.org","@type":"Organization","name":"Lantern Wire","url":"https://www.lanternwire.example.com",
      "foundingDate":"2010","address":{"@type":"PostalAddress","addressLocality":"Hong Kong","addressCountry":"HK"}}`),
      url,
      NOW,
    );
    expect(page?.company?.founded?.value).toBe(2010);
    expect(page?.company?.hq?.value.city).toBe('Hong Kong');
  });

  it("never takes another organization's description for the publisher's", () => {
    const page = signalsOf(
      release(`{"@context":"https://schema.org","@type":"Organization","name":"Lantern Wire Asia","url":"https://www.lanternwire.example.com",
      "foundingDate":"2015"}`),
      url,
      NOW,
    );
    expect(page?.company?.name?.value).toBe('Lantern Wire');
    expect(page?.company?.founded?.value).not.toBe(2015);
    expect(page?.company?.founded?.value).not.toBe(1999);
  });
});

describe("a publisher's founding year on a story's page", () => {
  const brands = (name: string) => brandVariants(name);

  it.each([
    [
      'The Orchard Courier, the valley’s business daily since 1979. Published by Courier Media Pvt. Ltd.',
      'The Orchard Courier',
      1979,
    ],
    [
      'Die Hanse-Wirtschaftspost – Wirtschaftszeitung, gegründet 1951. Verlag: HW Verlag GmbH.',
      'Hanse-Wirtschaftspost',
      1951,
    ],
    ['La Gazzetta del Livenza – quotidiano della Sinistra Piave, fondato nel 1976.', 'La Gazzetta del Livenza', 1976],
    ['Kurier Zalewu – gazeta regionalna ukazująca się od 1994 roku.', 'Kurier Zalewu', 1994],
    ['Toros Haber – Mersin’in internet gazetesi. 2012’ten beri yerel haberin adresi.', 'Toros Haber', 2012],
    ['KabarNiaga – portal berita ekonomi dan bisnis. Berdiri sejak 2011.', 'KabarNiaga', 2011],
    [
      'Field & Shed Review is independent trade journalism for farm builders, published since 2006 by Shedline Media Pty Ltd, 4 Mill Street, Ballarat VIC 3350.',
      'Field & Shed Review',
      2006,
    ],
  ])('reads %s', (line, name, year) => {
    const text = `Headline of the day\nA plant opens in another town.\n${line}\n© 2026 All rights reserved`;
    expect(publisherFounding(text, brands(name), NOW)).toBe(year);
  });

  it("leaves a line that opens with the subject's name to the subject", () => {
    const text =
      'Kestrel Boards – a board maker from Brugnera, founded in 1961, buys a plant.\n© 2026 The Valley Herald';
    expect(publisherFounding(text, brands('The Valley Herald'), NOW)).toBeUndefined();
  });

  it("never reads a line that only mentions the publisher's name further in", () => {
    const text = 'Readers of the Valley Herald know the mill, which was founded in 1921.\n© 2026';
    expect(publisherFounding(text, brands('The Valley Herald'), NOW)).toBeUndefined();
  });

  it('reads the Turkish and Indonesian "since" and the Indonesian "founded"', () => {
    expect(foundedYear('1998 yılından beri hizmetinizdeyiz', NOW)?.year).toBe(1998);
    expect(foundedYear('PT Sinar Laut didirikan pada tahun 2004 di Makassar', NOW)?.year).toBe(2004);
    expect(foundedYear('Pelanggan sejak 2019', NOW)).toBeUndefined();
  });

  it("names the publisher by its title's last part where og:site_name does not spell the domain", () => {
    const html = `<html lang="pl"><head><title>Fabryka okien buduje halę - Kurier Zalewu</title>
      <meta property="og:type" content="article"><meta property="og:site_name" content="Kurier Zalewu">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fabryka okien buduje halę",
      "publisher":{"@type":"Organization","name":"Kurier Zalewu"}}</script></head>
      <body><article><h1>Fabryka okien buduje halę</h1><p>Fabryka okien z Pasłęka, założona w 1990 roku, buduje halę.</p></article>
      <footer><p>Kurier Zalewu – gazeta regionalna ukazująca się od 1994 roku.</p><p>© 2026 Kurier Zalewu</p></footer></body></html>`;
    expect(
      signalsOf(html, 'https://kurzal.pl/gospodarka/fabryka-okien-buduje-hale', NOW)?.company?.founded?.value,
    ).toBe(1994);
  });
});

describe('LinkedIn person pages of other years', () => {
  const person = (html: string, url: string) => signalsOf(html, url, NOW)?.person;

  it('reads the 2013-2015 public profile at its /pub/ address: the current position in its header', () => {
    const html = `<html><head><title>Ines Varga | LinkedIn</title></head><body id="pagekey-nprofile_v2_public_fs">
      <div id="top-card"><div class="profile-card vcard"><div id="name"><h1><span class="full-name">Ines Varga</span></h1></div>
      <div id="headline"><p class="title">Vet nurse turned sales | Equine health</p></div>
      <div id="location"><dl><dt>Location</dt><dd><span class="locality">Graz, Austria</span></dd></dl></div></div></div>
      <div id="background-experience">
        <div id="experience-1" class="editable-item section-item current-position"><header>
          <h4><a name="title">Area Sales Representative – Styria</a></h4><h5><a href="https://at.linkedin.com/company/murtal-vet-supply">Murtal Vet Supply GmbH</a></h5>
        </header><span class="experience-date-locale"><time>March 2013</time> – Present</span></div>
        <div id="experience-2" class="editable-item section-item past-position"><header>
          <h4><a name="title">Veterinary Nurse</a></h4><h5><a>Tierklinik Leibnitz</a></h5>
        </header><span class="experience-date-locale"><time>2006</time> – <time>2013</time></span></div>
      </div></body></html>`;
    const p = person(html, 'https://at.linkedin.com/pub/ines-varga/2a/b31/7c4');
    expect(p?.title?.value).toBe('Area Sales Representative – Styria');
    expect(p?.employer?.value).toBe('Murtal Vet Supply GmbH');
  });

  it("takes a position whose range ends in a <time> without a year ('Presente') for the current one", () => {
    const html = `<html><head><title>Sara Conte - Account Executive - Dentalnube | LinkedIn</title></head><body>
      <h1 class="top-card-layout__title">Sara Conte</h1><h2 class="top-card-layout__headline">Sales @ Dentalnube | Ex-farmacista</h2>
      <section class="experience pp-section"><ul class="experience__list">
        <li class="result-card experience-item"><h3 class="experience-item__title">Account Executive</h3>
          <h4 class="experience-item__subtitle"><a href="https://it.linkedin.com/company/dentalnube">Dentalnube S.r.l.</a></h4>
          <p class="experience-item__duration"><span class="date-range"><time>feb 2019</time> - <time>Presente</time></span></p></li>
        <li class="result-card experience-item"><h3 class="experience-item__title">Informatrice scientifica</h3>
          <h4 class="experience-item__subtitle">Farmaci Levante S.p.A.</h4>
          <p class="experience-item__duration"><span class="date-range"><time>giu 2014</time> - <time>gen 2019</time></span></p></li>
      </ul></section></body></html>`;
    const p = person(html, 'https://it.linkedin.com/in/sara-conte-sales');
    expect(p?.title?.value).toBe('Account Executive');
    expect(p?.employer?.value).toBe('Dentalnube S.r.l.');
  });

  it("reads a sign-in wall's title whose position holds a dash, confirmed by the description's experience", () => {
    const html = `<html><head><title>Arjun Mehra - Director - Business Development - Sabarmati Valves Pvt. Ltd. | LinkedIn</title>
      <meta name="description" content="Helping utilities move water | Valves &amp; actuators · Experience: Sabarmati Valves Pvt. Ltd. · Location: Vadodara · 500+ connections on LinkedIn.">
      </head><body><form><h1>Join LinkedIn</h1></form></body></html>`;
    const p = person(html, 'https://in.linkedin.com/in/arjun-mehra-vadodara');
    expect(p?.title?.value).toBe('Director - Business Development');
    expect(p?.seniority?.value).toBe('director');
  });

  it("keeps the description's headline when the title's employer is not the experience's", () => {
    const html = `<html><head><title>Arjun Mehra - Director - Old Valves Ltd | LinkedIn</title>
      <meta name="description" content="Head of Sales at Sabarmati Valves · Experience: Sabarmati Valves Pvt. Ltd. · Location: Vadodara">
      </head><body><form><h1>Join LinkedIn</h1></form></body></html>`;
    expect(person(html, 'https://in.linkedin.com/in/arjun-mehra-vadodara')?.title?.value).toBe('Head of Sales');
  });
});

describe('titles of plant managers and freelancers', () => {
  it.each([
    ['Werkleiter', 'head', 'operations'],
    ['Werksleiterin Standort Aalen', 'head', 'operations'],
    ['Consultante marketing B2B indépendante', 'owner', 'marketing'],
    ['Independent marketing consultant', 'owner', 'marketing'],
    ['Freelance UX Designer', 'owner', 'design'],
    ['Freiberufliche Übersetzerin', 'owner', undefined],
    ['Head of Freelance Talent', 'head', 'hr'],
    ['Independent Non-Executive Director', 'director', undefined],
  ])('%s is %s', (title, seniority, department) => {
    const c = classifyTitle(title);
    expect(c.seniority).toBe(seniority);
    if (department) expect(c.department).toBe(department);
  });
});

describe('LinkedIn company pages of other years', () => {
  it("reads a 2019 page's embedded company from an HTML comment, untyped, with its legacy fields", () => {
    const data = {
      data: {
        entityUrn: 'urn:li:fs_normalized_company:5512',
        universalName: 'ribera-obras',
        name: 'Ribera Obras S.L.',
        staffCountRange: { start: 51, end: 200 },
        headquarter: { city: 'Lorca', geographicArea: 'Murcia', country: 'ES' },
        foundedOn: { year: 1994 },
        companyPageUrl: 'https://www.riberaobras.es/',
      },
      included: [
        {
          $type: 'com.linkedin.voyager.organization.Company',
          universalName: 'ribera-inmobiliaria',
          name: 'Ribera Inmobiliaria',
          staffCountRange: { start: 11, end: 50 },
        },
      ],
    };
    const html = `<html><head><title>Ribera Obras S.L.: Vida | LinkedIn</title></head><body>
      <h1 class="org-top-card-summary__title">Ribera Obras S.L.</h1>
      <code style="display: none" id="bpr-guid-77"><!--${JSON.stringify(data)}--></code></body></html>`;
    const company = signalsOf(html, 'https://www.linkedin.com/company/ribera-obras/life/', NOW)?.company;
    expect(company?.employees?.value).toMatchObject({ min: 51, max: 200 });
    expect(company?.founded?.value).toBe(1994);
    expect(company?.domain?.value).toBe('riberaobras.es');
    expect(company?.hq?.value.city).toBe('Lorca');
  });

  it("takes the country a Brazilian address states over the one its state's code spells ('SC' is no South Carolina)", () => {
    const html = `<html><head><title>Serra Frios | LinkedIn</title>
      <script type="application/ld+json">{"@context":"http://schema.org","@type":"Organization","name":"Serra Frios",
      "url":"https://br.linkedin.com/company/serra-frios","address":{"@type":"PostalAddress","streetAddress":"Rodovia SC-480, km 3",
      "addressLocality":"Concórdia","addressRegion":"SC","postalCode":"89700-000","addressCountry":"BR"}}</script></head><body>
      <h1 class="top-card-layout__title">Serra Frios</h1>
      <div data-test-id="about-us__headquarters"><dt>Sede</dt><dd>Concórdia, SC</dd></div></body></html>`;
    const hq = signalsOf(html, 'https://br.linkedin.com/company/serra-frios', NOW)?.company?.hq?.value;
    expect(hq?.city).toBe('Concórdia');
    expect(hq?.country).toBe('BR');
  });

  it("never reads a Brazilian postcode's first five digits as a US ZIP code", () => {
    expect(findAddress('Concórdia, SC 89700-000, BR')?.country).toBe('BR');
    expect(findAddress('Columbia, SC 29201')?.country).toBe('US');
    expect(findAddress('Austin, TX 78701-1234')?.postalCode).toBe('78701');
  });
});

describe('stated industries and owners on company pages', () => {
  it.each([
    ['Furniture and Home Furnishings Manufacturing', 'manufacturing'],
    ['Furniture Manufacturing', 'manufacturing'],
    ['Produkcja mebli i wyposażenia wnętrz', 'manufacturing'],
    ['Furniture', 'retail-consumer'],
  ])('%s is %s', (label, group) => {
    expect(industryGroup(label)?.group).toBe(group);
  });

  it.each([
    'Dal 2023 il fondo di private equity Padana Partners detiene la maggioranza del capitale.',
    'In 2022 the private equity firm Ashgrove Capital acquired a majority stake.',
    'Depuis 2021, le fonds de private equity Rhône Capital détient la majorité du capital.',
  ])('reads a private equity owner as the subject: %s', (text) => {
    expect(fundingStage(text)).toBe('private-equity');
  });

  it('never reads a fund that lends or advises for an owner', () => {
    expect(fundingStage('We advise private equity funds on the majority of their deals in Emilia.')).toBeUndefined();
  });
});

describe("a publisher's footer address", () => {
  it.each([
    [
      'Blvd. Ribera 1420 Pte., Col. Centro, C.P. 80000, Culiacán, Sinaloa, México. Tel. 667 555 0192.',
      'es',
      'MX',
      'Culiacán',
    ],
    ['Kestrel Media Limited (RC 918213), 14 Allen Avenue, Ikeja, Lagos State, Nigeria.', 'en', 'NG', 'Ikeja'],
    ['Menara Niaga Lt. 9, Jl. Jenderal Sudirman Kav. 58, Jakarta Selatan 12190', 'id', 'ID', 'Jakarta Selatan'],
  ])('reads %s', (line, lang, country, city) => {
    const [hit] = findAddresses(line, { lang, tldCountry: country });
    expect(hit?.address.city).toBe(city);
    expect(hit?.address.country).toBe(country);
  });

  it('keeps a city named Tel Aviv out of the contact clause, and a postcode line without a TLD country unread', () => {
    expect(
      findAddresses('Orvan Ltd. · 23 Begin Road, Tel Aviv-Yafo, Israel · R&D: 8 Hamada Street, Haifa')[0]?.address.city,
    ).toBe('Tel Aviv-Yafo');
    expect(
      findAddresses('Menara Niaga Lt. 9, Jl. Jenderal Sudirman Kav. 58, Jakarta Selatan 12190', { lang: 'id' }),
    ).toEqual([]);
  });

  it('prefers the seat the page names over a line whose country only the TLD gave', () => {
    const html = `<html lang="es"><head><title>Nosotros – Sumaq Lana</title></head><body><main>
      <p>En 2012 trasladamos nuestra oficina principal a Lima para estar más cerca de los compradores.</p>
      <p><strong>Oficina principal</strong><br>Av. José Pardo 620, oficina 402, Miraflores</p>
      <p><strong>Tienda Cusco</strong><br>Cuesta de San Blas 118, Cusco 08003</p></main>
      <footer>© 2026 Sumaq Lana</footer></body></html>`;
    expect(signalsOf(html, 'https://sumaqlana.pe/pages/nosotros', NOW)?.company?.hq?.value.city).toBe('Lima');
  });
});

describe("a platform's directory profile that no adapter reads", () => {
  it('reads a PitchBook-like company profile as the listing it is', () => {
    const html = `<html><head><title>Quillfern 2025 Company Profile: Valuation, Funding &amp; Investors | PitchBook</title></head><body>
      <header>PitchBook · Data · News &amp; Analysis · Login</header><main>
      <h1>Quillfern</h1><p>Developer of sample-tracking software for research labs.</p>
      <h2>Quillfern General Information</h2>
      <div>Year Founded: 2013</div><div>Employees: 188</div><div>Latest Deal Type: Series C</div>
      <div>Website: <a href="https://www.quillfern.com">www.quillfern.com</a></div>
      <div>Corporate Office: Cowley Road, Cambridge CB4 0WS, United Kingdom</div>
      <h2>Quillfern Timeline</h2><div>Series B · 2022</div><div>Seed Round · 2015</div>
      </main><footer>© 2025 PitchBook Data, Inc. Seattle, WA</footer></body></html>`;
    const company = signalsOf(html, 'https://pitchbook.com/profiles/company/228417-16', NOW)?.company;
    expect(company?.name?.value).toBe('Quillfern');
    expect(company?.domain?.value).toBe('quillfern.com');
    expect(company?.founded?.value).toBe(2013);
    expect(company?.fundingStage?.value).toBe('series-c');
  });

  it("names a product page's maker from its seller row, and leaves the review site's words out of its trade", () => {
    const html = `<html><head><title>Ledgerpine AP Reviews 2026: Details, Pricing, &amp; Features | G2</title></head><body><main>
      <h1>Ledgerpine AP</h1><p>By Ledgerpine · 4.5 out of 5 stars · 210 reviews</p>
      <h3>Seller Details</h3><dl><dt>Seller</dt><dd>Ledgerpine</dd><dt>Company Website</dt><dd><a href="https://www.ledgerpine.com">www.ledgerpine.com</a></dd>
      <dt>Year Founded</dt><dd>2016</dd><dt>HQ Location</dt><dd>Raleigh, NC</dd></dl>
      <h2>Ledgerpine AP Reviews</h2><p>"Great reviews workflow" Verified User in Hospital &amp; Health Care</p></main>
      <footer>© 2026 G2.com, Inc.</footer></body></html>`;
    const company = signalsOf(html, 'https://www.g2.com/products/ledgerpine-ap/reviews', NOW)?.company;
    expect(company?.name?.value).toBe('Ledgerpine');
    expect(company?.industryGroup?.value).not.toBe('media-publishing');
  });

  it('reads nothing from a platform page that is no profile', () => {
    const html = `<html><head><title>Sign in | PitchBook</title></head><body><h1>Sign in to PitchBook</h1>
      <p>Website</p><p>Founded</p></body></html>`;
    expect(signalsOf(html, 'https://pitchbook.com/login', NOW)?.company?.name).toBeUndefined();
  });
});

describe('the second pair of blind sets: publishers, rounds and headlines', () => {
  it.each([
    ['Tåsjö Nyheter – Ångermanlands nyhetstidning sedan 1893.', 'Tåsjö Nyheter', 1893],
    ['Tømrer & Byg er branchens uafhængige fagblad og er udkommet siden 1989.', 'Tømrer & Byg', 1989],
    [
      'Harbour Business has covered Welsh enterprise since 1997. It is published by Harbour Media Ltd.',
      'Harbour Business',
      1997,
    ],
  ])('dates the publisher by its own line: %s', (line, name, year) => {
    expect(publisherFounding(`Story\n${line}\n© 2026`, brandVariants(name), NOW)).toBe(year);
  });

  it('reads a Spanish round with its amount in words as the latest one', () => {
    const text =
      '2019\nRonda semilla de 1,5 millones de euros.\n2025\nSerie B de 22 millones de euros liderada por Tramuntana Growth.';
    expect(fundingStage(text)).toBe('series-b');
  });

  it('reads a company financed from its own revenue, in Polish and English, as bootstrapped', () => {
    expect(fundingStage('Finansujemy się z własnych przychodów – bez inwestorów zewnętrznych.')).toBe('bootstrapped');
    expect(fundingStage('Profitable since 2012, with no outside investors.')).toBe('bootstrapped');
  });

  it('parts a Swedish headline at "på" before the employer', () => {
    expect(parseHeadline('Försäljningschef på Vättern Kyl AB | Kylanläggningar')).toMatchObject({
      title: 'Försäljningschef',
      employer: 'Vättern Kyl AB',
    });
  });
});

describe('a list item is no city', () => {
  it('never takes "Name — Place" for a city, and keeps hyphenated cities', () => {
    expect(cityOrNone('Echovia — Poznań')).toBeUndefined();
    expect(cityOrNone('Saint-Étienne')).toBe('Saint-Étienne');
    expect(cityOrNone('Stratford-upon-Avon')).toBe('Stratford-upon-Avon');
  });
});

describe("a profile's seat line with its region", () => {
  it('reads "City, Region, Country" on a line of its own', () => {
    const text = 'Kardiolink\nHeadquarters\nWrocław, Lower Silesia, Poland\nFounded\n2019';
    expect(readImprint(text, 'en', false).hq).toEqual({ city: 'Wrocław', region: 'Lower Silesia', country: 'PL' });
  });

  it('still reads no seat from two such lines (a list of offices)', () => {
    const text = 'Offices\nWrocław, Lower Silesia, Poland\nGdańsk, Pomerania, Poland';
    expect(readImprint(text, 'en', false).hq?.city).toBeUndefined();
  });
});
