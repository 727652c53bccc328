import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../lib/extract/classify/industry';
import { classifyTitle } from '../../../lib/extract/classify/title';
import { findAddress } from '../../../lib/extract/text/address';
import { foundedYear } from '../../../lib/extract/text/founded';
import { headcount } from '../../../lib/extract/text/headcount';
import { seatPhrase } from '../../../lib/extract/text/imprint';
import { signalsOf } from './read-page';

// Issue 14, a twenty-third and a twenty-fourth set written blind (what an SDR opens on North-American, British and
// Australian accounts; English and bilingual pages from South Asia, Africa, the Gulf and South-East Asia): structures
// their pages had that no rule read. Invented companies and places.
const NOW = Date.UTC(2026, 0, 15);
const page = (html: string, url: string) => signalsOf(html, url, NOW);

describe('headcounts as these markets state them', () => {
  it.each([
    [
      'Today more than 320 engineers, designers, QA analysts and project managers work from our Lahore office',
      { min: 320 },
    ],
    ['Fifty-four years on, 48 of us work from our factory on the estate', { min: 48, max: 48 }],
    ['Our team is 180+ people across Reston and Boise', { min: 180 }],
    ['We employ over 400 permanent staff, and casual workers at peak', { min: 400 }],
    ['Who we are\n5,200\npeople employed, 68% of them women\n17\nexport countries', { min: 5200, max: 5200 }],
    ['Our numbers\n650+dedicated staff\n46international principals', { min: 650 }],
    ['Key figures\n27brokers and claims staff\nOur story', { min: 27, max: 27 }],
    ['Our year\n180\nLumowisers (our team)\n2.3M\nregistered users', { min: 180, max: 180 }],
    ['Around 210 people work for Ousebridge, and our turnover in 2025 was £96m.', { min: 210, max: 210 }],
    ['Depuis 2014, nous sommes 14 à imaginer des marques qui ont du caractère.', { min: 14, max: 14 }],
    ['Nos 650 conseillers traitent chaque jour 30 000 appels.', { min: 650, max: 650 }],
    ['1 450 élèves, encadrés par 112 enseignants et personnels.', { min: 112, max: 112 }],
    ['Cifras\n+1.200colaboradores permanentes\n3.800trabajadores en campaña', { min: 1200 }],
    ['Somos +120 pessoas entre Floripa e São Paulo.', { min: 120 }],
    ['Con una plantilla de 260 personas y oficinas en Málaga y Madrid.', { min: 260, max: 260 }],
  ])('reads %j', (text, range) => {
    expect(headcount(text)?.range).toEqual(range);
  });

  it.each([
    'Our team is 100% remote, and 24 hours on call',
    'More than 500 customers, partners and users work with our app every day',
    'Ten of us work with the client on site',
    '2,000 people work for companies that use our rota app',
    'Our 40 years of experience in the trade',
    'Nous sommes 3 associés fondateurs.',
    'Tel. +353 90 647 5521',
  ])('counts nobody in %j', (text) => {
    expect(headcount(text)).toBeUndefined();
  });
});

describe("more editions' company boxes", () => {
  const box = (rows: Array<[string, string]>) =>
    `<html><body><h1 id="firstHeading">Kopi Lereng</h1><table class="infobox vcard"><tbody>
      <tr><th colspan="2" class="infobox-above fn org">PT Kopi Lereng Merapi Tbk</th></tr>
      ${rows.map(([l, v]) => `<tr><th scope="row" class="infobox-label">${l}</th><td class="infobox-data">${v}</td></tr>`).join('')}
      </tbody></table></body></html>`;

  it('reads the Indonesian box: founded, seat, staff, site and listing', () => {
    const html = box([
      ['Jenis', 'Perusahaan publik'],
      ['Kode emiten', 'IDX: KLMT'],
      ['Industri', 'Perkebunan kopi'],
      ['Didirikan', '1971<br>Magelang, Jawa Tengah'],
      ['Kantor pusat', 'Yogyakarta, Daerah Istimewa Yogyakarta, Indonesia'],
      ['Karyawan', '1.240 (2024)'],
      ['Situs web', '<a href="https://www.kopilereng.co.id">kopilereng.co.id</a>'],
    ]);
    const company = page(html, 'https://id.wikipedia.org/wiki/Kopi_Lereng')?.company;
    expect(company?.founded?.value).toBe(1971);
    expect(company?.hq?.value.city).toBe('Yogyakarta');
    expect(company?.hq?.value.country).toBe('ID');
    expect(company?.employees?.value).toEqual({ min: 1240, max: 1240 });
    expect(company?.domain?.value).toBe('kopilereng.co.id');
    expect(company?.fundingStage?.value).toBe('ipo/public');
  });

  it.each([
    [
      'tr',
      [
        ['Kuruluş', '1984'],
        ['Merkez', 'Bursa, Türkiye'],
        ['Çalışan sayısı', '860'],
      ],
    ],
    [
      'vi',
      [
        ['Thành lập', '1984'],
        ['Trụ sở chính', 'Đà Nẵng, Việt Nam'],
        ['Số nhân viên', '860'],
      ],
    ],
    [
      'ko',
      [
        ['설립', '1984년'],
        ['본사', '대전광역시'],
        ['직원 수', '860명'],
      ],
    ],
    [
      'ar',
      [
        ['تأسست', '1984'],
        ['المقر الرئيسي', 'الدمام'],
        ['عدد الموظفين', '860'],
      ],
    ],
  ] as Array<[string, Array<[string, string]>]>)('reads the %s labels of founding, seat and staff', (lang, rows) => {
    const company = page(box(rows), `https://${lang}.wikipedia.org/wiki/Kopi_Lereng`)?.company;
    expect(company?.founded?.value).toBe(1984);
    expect(company?.employees?.value).toEqual({ min: 860, max: 860 });
    expect(company?.hq?.value).toBeTruthy();
  });
});

describe('Vietnamese, Indonesian and Malay titles', () => {
  it.each([
    ['Trưởng phòng Kinh doanh', 'head', 'sales'],
    ['Phó Tổng Giám đốc', 'vp', 'other'],
    ['Tổng Giám đốc', 'c-level', 'executive'],
    ['Giám đốc Tài chính', 'director', 'finance'],
    ['Trưởng nhóm Tuyển dụng', 'manager', 'hr'],
    ['Nhân viên kinh doanh', 'entry', 'sales'],
    ['Direktur Utama', 'c-level', 'executive'],
    ['Kepala Divisi Keuangan', 'head', 'finance'],
    ['Manajer Pemasaran', 'manager', 'marketing'],
    ['Pengurus Jualan', 'manager', 'sales'],
    ['Pengasas Bersama', 'owner', 'executive'],
  ])('%s is %s, %s', (title, seniority, department) => {
    expect(classifyTitle(title)).toEqual({ seniority, department });
  });
});

describe('addresses as these markets write them', () => {
  it('never takes a post-office box for the city, and takes the city that also names its region', () => {
    expect(findAddress('Mkulima Data Ltd · Plot 12, Sokoine Road, P.O. Box 3310, Arusha, Tanzania', 'en')).toEqual({
      city: 'Arusha',
      country: 'TZ',
    });
    expect(findAddress('Pwani Works\nP.O. Box 90420-80100, Mombasa, Kenya', 'en')?.city).toBe('Mombasa');
  });

  it('reads a postcode after the city when the country ends a sentence, not an abbreviation', () => {
    expect(findAddress('Kantor: Jl. Sudirman 5, Jakarta Pusat 10220, Indonesia. Cabang: Medan', 'en')).toMatchObject({
      city: 'Jakarta Pusat',
      postalCode: '10220',
      country: 'ID',
    });
    // "C.P." labels the postcode; the capital that is also a state is the city, and names the country.
    expect(
      findAddress('Av. Insurgentes Sur 1602, piso 4, Col. Crédito Constructor, C.P. 03940, Ciudad de México', {
        lang: 'es',
      }),
    ).toEqual({
      city: 'Ciudad de México',
      country: 'MX',
    });
    // "Col." is a colonia here, not Colombia.
    expect(findAddress('Av. Juárez 1840, Col. Centro, 72000 Puebla, Pue., México', { lang: 'es' })).toMatchObject({
      city: 'Puebla',
      country: 'MX',
    });
  });

  it("reads a canton's code between the city and the postcode as the region", () => {
    expect(findAddress('Rue du Rhône 12, Martigny VS 1920, Suisse', 'en')).toMatchObject({
      city: 'Martigny',
      region: 'VS',
      postalCode: '1920',
      country: 'CH',
    });
  });

  it('reads an Irish county before the Eircode as the region, and the town before it as the city', () => {
    expect(findAddress('Main Street, Tullamore, Co. Offaly, R35 X2F4, Ireland', 'en')).toMatchObject({
      city: 'Tullamore',
      region: 'Co. Offaly',
      country: 'IE',
    });
  });

  it("passes over a building's name after the seat's label", () => {
    expect(seatPhrase('Head office: Wisma Kenanga, Jl. Gatot Subroto 22, Bandung 40262, Indonesia.')?.city).not.toBe(
      'Wisma Kenanga',
    );
    expect(seatPhrase('Head office: Leeds, West Yorkshire')?.city).toBe('Leeds');
  });

  it("takes a British company's county from its own words before the nation its postcode names", () => {
    const html = `<html><head><title>About | Pellow Fabrications</title></head><body><main>
      <h1>About Pellow Fabrications</h1>
      <p>We have made stainless steel benches in Burton upon Trent, Staffordshire since 1981.</p></main>
      <footer>Pellow Fabrications Ltd, Unit 4 Centrum Park, Burton upon Trent DE14 2WF. Registered in England No. 01234567.</footer>
      </body></html>`;
    const hq = page(html, 'https://www.pellowfab.co.uk/about')?.company?.hq?.value;
    expect(hq).toMatchObject({ city: 'Burton upon Trent', region: 'Staffordshire', country: 'GB' });
  });
});

describe("a story's rows file the story, not its publisher", () => {
  it('reads no industry from the industry row of a wire release', () => {
    const html = `<html><head><title>Kestrel Pay Launches Retainage Tracking | Meridian Wire</title>
      <meta property="og:type" content="article"><meta property="og:site_name" content="Meridian Wire">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Kestrel Pay Launches Retainage Tracking","publisher":{"@type":"Organization","name":"Meridian Wire"}}</script>
      </head><body><main><article><h1>Kestrel Pay Launches Retainage Tracking</h1>
      <p>KNOXVILLE, Tenn.--Kestrel Pay today announced retainage tracking for general contractors.</p>
      <p>Industry: Construction &amp; Property, Building Systems</p></article></main>
      <footer>© 2026 Meridian Wire, Inc.</footer></body></html>`;
    const company = page(html, 'https://www.meridianwire.com/news/home/20260110/en/Kestrel-Pay')?.company;
    expect(company?.name?.value).toBe('Meridian Wire');
    expect(company?.industry).toBeUndefined();
  });
});

describe('trades the page words had no word for', () => {
  const about = (title: string, text: string) =>
    `<html><head><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;

  it("reads managed detection and response as IT services over its customers' trades", () => {
    const html = about(
      'About Ironwake Security',
      'Ironwake Security provides managed detection and response for mid-market companies that cannot staff their own security operations center, and protects 700 organizations, from credit unions in Iowa to hospital networks in Texas.',
    );
    expect(page(html, 'https://www.ironwake.example/about')?.company?.industryGroup?.value).toBe('it-services');
  });

  it('reads a call centre and business process outsourcing as professional services', () => {
    const html = about(
      'Cebu Reach | Contact center services',
      'Cebu Reach runs a contact center in Cebu: 900 seats answering for healthcare payers and hospital networks, with nurses on our healthcare desk and medical billing in our back office services.',
    );
    expect(page(html, 'https://www.cebureach.example/')?.company?.industryGroup?.value).toBe('professional-services');
  });
});

describe("a job board's posting is about its employer", () => {
  const posting = (employer: string) => `<html><head><title>Shift Supervisor at Lakeside Dairies | JobNest</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Shift Supervisor",
    "hiringOrganization":${employer},"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Kisumu","addressCountry":"KE"}}}</script>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"JobNest","url":"https://www.jobnest.co.ke",
    "foundingDate":"2016","address":{"@type":"PostalAddress","addressLocality":"Nairobi","addressCountry":"KE"}}</script>
    </head><body><main><h1>Shift Supervisor</h1><h2>About the employer</h2><p>Lakeside Dairies Ltd</p>
    <dl><dt>Industry</dt><dd>Food &amp; Beverage Manufacturing</dd><dt>Founded</dt><dd>1991</dd></dl></main>
    <footer>© 2026 JobNest Ltd. Nairobi, Kenya</footer></body></html>`;
  const url = 'https://www.jobnest.co.ke/jobs/shift-supervisor-lakeside-dairies-4410';

  it('takes the employer whose own site is elsewhere, not the board beside it', () => {
    const company = page(
      posting('{"@type":"Organization","name":"Lakeside Dairies Ltd","sameAs":"https://www.lakesidedairies.co.ke"}'),
      url,
    )?.company;
    expect(company?.name?.value).toBe('Lakeside Dairies Ltd');
    expect(company?.domain?.value).toBe('lakesidedairies.co.ke');
    expect(company?.founded?.value).not.toBe(2016);
    expect(company?.industryGroup?.value).toBe('manufacturing');
  });

  it("keeps the site's own organization when the employer links only a LinkedIn page", () => {
    const company = page(
      posting('{"@type":"Organization","name":"JobNest","sameAs":"https://www.linkedin.com/company/jobnest"}'),
      url,
    )?.company;
    expect(company?.name?.value).toBe('JobNest');
    expect(company?.hq?.value.city).toBe('Nairobi');
  });
});

describe("the ATS an employer's board runs on", () => {
  const board = `<html><head><title>Warehouse Lead</title>
    <script src="https://www.googletagmanager.com/gtm.js?id=GTM-XYZ9"></script></head>
    <body><main><h1>Warehouse Lead</h1><p>Join our Regina branch.</p></main></body></html>`;

  it.each([
    ['https://northbolt.bamboohr.com/careers/87', 'BambooHR'],
    ['https://shreyas.darwinbox.in/ms/candidate/careers/a1b2c3', 'Darwinbox'],
    ['https://acme.zohorecruit.com/jobs/Careers/1234', 'Zoho Recruit'],
    ['https://acme.freshteam.com/jobs/xyz/warehouse-lead', 'Freshteam'],
  ])('%s runs on %s, and nothing else of its source counts', (url, ats) => {
    expect(page(board, url)?.company?.technologies?.value.map((t) => t.name)).toEqual([ats]);
  });
});

describe('seat sentences these pages wrote', () => {
  it.each([
    ['Adinkra Learning Group is a Ghanaian education company based in Kumasi, in the Ashanti Region.', 'Kumasi'],
    ['Founded in 2002, Shreyas Logistics is a 3PL with its corporate office in Gurugram, Haryana.', 'Gurugram'],
  ])('reads the seat of %j', (text, city) => {
    expect(seatPhrase(text)?.city).toBe(city);
  });

  it.each([
    'Our client Northwind is a retailer based in Leeds.',
    'Our investor, Harbor Capital, is a growth fund based in Boston.',
  ])('reads no seat from %j', (text) => {
    expect(seatPhrase(text)).toBeUndefined();
  });
});

describe("a related company's founding year", () => {
  const NOW_Y = Date.UTC(2026, 5, 1);
  it.each([
    'Our sister company Ravi Digital (est. 2018, Karachi) runs performance marketing; it is a separate legal entity.',
    'Our parent company, Sonar Holdings (founded 1972), owns 14 companies.',
  ])('is not read from %j', (text) => {
    expect(foundedYear(text, NOW_Y)).toBeUndefined();
  });

  it("still reads the company's own bracketed year", () => {
    expect(foundedYear('Ravi Codeworks (est. 2011, Lahore) builds software for retailers.', NOW_Y)?.year).toBe(2011);
  });
});

describe("a news publisher's footer paragraph", () => {
  const story = (footer: string) => `<html><head><title>Harness maker to open Kenitra plant | The Souk Ledger</title>
    <meta property="og:type" content="article"><meta property="og:site_name" content="The Souk Ledger">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harness maker to open Kenitra plant",
    "publisher":{"@type":"Organization","name":"The Souk Ledger"}}</script></head>
    <body><main><article><h1>Harness maker to open Kenitra plant</h1>
    <p>Rif Wiring, founded in 1998, will hire 1,500 people at its third plant, its chief executive said on Monday.</p></article></main>
    <footer><p>${footer}</p></footer></body></html>`;
  const url = 'https://www.soukledger.ma/rif-wiring-kenitra-plant/';

  it('dates the publisher by the sentence that says what it publishes', () => {
    const footer =
      'The Souk Ledger © 2025 — Morocco’s English-language business news since 2015. Published by Ledger Media SARL, 27 Rue Ibnou Majid, Casablanca 20330, Morocco.';
    expect(page(story(footer), url)?.company?.founded?.value).toBe(2015);
  });

  it("dates the publisher by a founding year in its footer's legal line", () => {
    const footer =
      'Souk Ledger est édité par Médias du Nord SARL, 4 rue Ibn Batouta, 90000 Tanger – RC 11842 – Fondé en 2011.';
    expect(page(story(footer), url)?.company?.founded?.value).toBe(2011);
  });

  it("never by the story's subject", () => {
    const footer =
      'The Souk Ledger © 2025. Published by Ledger Media SARL, 27 Rue Ibnou Majid, Casablanca 20330, Morocco. Rif Wiring has built harnesses since 1998.';
    expect(page(story(footer), url)?.company?.founded?.value).toBeUndefined();
  });
});

describe('French-speaking pages of the twenty-sixth set', () => {
  it("reads a sign-in wall's profile whose name carries a credential", () => {
    const html = `<html><head><title>Émilie Gagnon, CPA - Directrice, Finances - Nordet Logistique inc. | LinkedIn</title>
      <meta name="description" content="Directrice, Finances chez Nordet Logistique inc. · Expérience : Nordet Logistique inc. · Formation : Université Laval · Lieu : Québec · plus de 500 relations sur LinkedIn.">
      <meta property="og:title" content="Émilie Gagnon, CPA - Directrice, Finances - Nordet Logistique inc. | LinkedIn">
      <meta name="pageKey" content="auth_wall_desktop_profile"></head>
      <body><p>Consultez le profil complet de Émilie</p><p>S’identifier</p></body></html>`;
    const person = page(html, 'https://ca.linkedin.com/in/emilie-gagnon-cpa')?.person;
    expect(person?.name?.value).toBe('Émilie Gagnon');
    expect(person?.title?.value).toBe('Directrice, Finances');
    expect(person?.employer?.value).toBe('Nordet Logistique inc.');
  });

  it('never counts the staff a payroll firm pays for its clients', () => {
    expect(
      headcount("Notre suite calcule aujourd'hui les salaires de plus de 48 000 salariés pour 1 300 clients."),
    ).toBeUndefined();
    expect(headcount('Wir übernehmen die Lohnabrechnung für 9.000 Beschäftigte unserer Kunden.')).toBeUndefined();
  });

  it('reads an OHADA seat: an industrial zone, then the post-office box and the city', () => {
    const text =
      "KORO BATIMENT SA au capital de 500 000 000 FCFA – Siège : Zone industrielle de Koumassi, 18 BP 2210 Abidjan 18, Côte d'Ivoire";
    expect(findAddress(text, 'fr')).toEqual({ city: 'Abidjan', country: 'CI' });
    expect(seatPhrase(text)?.city).not.toBe('Zone');
  });

  it('takes no lower-case word after the city for a country code', () => {
    const text =
      "L'Écho du Jura – édité par la SAS Presse Jurassienne, 4 rue du Pont, 39000 Lons-le-Saunier – RCS Lons-le-Saunier 412 906 117 – Directeur de la publication";
    expect(findAddress(text, 'fr')?.country).toBe('FR');
  });
});

describe('careers links as Latin America writes them', () => {
  const site = (nav: string) =>
    `<html><head><title>Nosotros | Rutalia</title></head><body><nav>${nav}</nav><main><h1>Nosotros</h1>
    <p>Rutalia optimiza rutas de reparto para distribuidores en Guadalajara.</p></main></body></html>`;

  it.each([
    '<a href="/trabaje-con-nosotros">Trabaje con nosotros</a>',
    '<a href="/carreras" class="button">Ver 6 vacantes abiertas</a>',
    '<a href="/convocatorias">Convocatorias abiertas</a>',
  ])('reads %s as hiring', (nav) => {
    expect(page(site(nav), 'https://www.rutalia.com.mx/nosotros')?.company?.hiring?.value).toBeTruthy();
  });

  it("reads a university's degree programmes ('Carreras') as no careers page", () => {
    expect(
      page(site('<a href="/carreras">Carreras</a>'), 'https://www.rutalia.com.mx/nosotros')?.company?.hiring,
    ).toBeUndefined();
  });
});

describe('wineries, breweries and distillers make drink', () => {
  it('files a schema.org Winery as manufacturing, whatever its tastings and tours', () => {
    const html = `<html><head><title>Nosotros | Bodega Altos del Cerro</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Winery","name":"Bodega Altos del Cerro"}</script></head>
      <body><main><h1>Nosotros</h1><p>Visitas guiadas, degustaciones y almuerzos en la bodega. Tienda online de vinos.</p></main></body></html>`;
    expect(page(html, 'https://www.altosdelcerro.com.ar/nosotros')?.company?.industryGroup?.value).toBe(
      'manufacturing',
    );
  });

  it.each(['Wine & Spirits', 'Vins et spiritueux', 'Wein und Spirituosen'])(
    'files LinkedIn %j as manufacturing',
    (label) => {
      expect(industryGroup(label)?.group).toBe('manufacturing');
    },
  );
});
