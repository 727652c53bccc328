import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../lib/extract/classify/industry';
import { classifyTitle } from '../../../lib/extract/classify/title';
import { findAddresses } from '../../../lib/extract/text/address';
import { boardEmployer, foreignEmployer } from '../../../lib/extract/text/board-employer';
import { fundingStage } from '../../../lib/extract/text/funding';
import { headcount } from '../../../lib/extract/text/headcount';
import { seatPhrase, seatRow } from '../../../lib/extract/text/imprint';
import { publisherFounding } from '../../../lib/extract/text/masthead';
import { postingCompanyText, postingSeat } from '../../../lib/extract/text/sections';
import { signalsOf } from './read-page';

// Issue 14, the round before a thirty-seventh and thirty-eighth set written blind: job boards' postings without
// structured data. Invented employers, boards' layouts as the real boards print them.
const NOW = Date.UTC(2026, 11, 1);

describe("a job board's posting without structured data", () => {
  const indeedLike = (header: string, more = 'More about us: www.kestrelbrakes.co.uk') => `<html lang="en"><head>
    <title>Brake Fitter - Halifax HX3 - Indeed.com</title>
    <meta property="og:site_name" content="Indeed">
    <meta name="description" content="Brake Fitter. Kestrel Brakes Ltd. Halifax HX3. £14.20 an hour.">
    </head><body><header><div>indeed</div><div>Find jobs</div><div>Company reviews</div></header>
    <main><h1>Brake Fitter</h1>${header}
    <div>Job details</div><div>Job type</div><div>Full-time · Permanent</div>
    <h2>About us</h2><p>Kestrel Brakes is a family-owned remanufacturer of commercial vehicle brakes founded in 1979.
    Our head office and main workshop are in Leeds, West Yorkshire. We employ 85 people.</p><p>${more}</p>
    <h2>Similar jobs</h2><div>Tyre Fitter</div><div>Calder Tyres Ltd</div><div>Huddersfield HD1</div>
    <div>Jobs at Kestrel Brakes Ltd</div></main><footer>© 2026 Indeed · Careers at Indeed</footer></body></html>`;
  const header = '<div>Kestrel Brakes Ltd</div><div>4.1</div><div>12 reviews</div><div>Halifax HX3</div>';
  const url = 'https://uk.indeed.com/viewjob?jk=4f2a9c01';

  it('names the employer printed under the job title, with its site, seat, founding and opening', () => {
    const company = signalsOf(indeedLike(header), url, NOW)?.company;
    expect(company?.name?.value).toBe('Kestrel Brakes Ltd');
    expect(company?.domain?.value).toBe('kestrelbrakes.co.uk');
    expect(company?.hq?.value.city).toBe('Leeds');
    expect(company?.founded?.value).toBe(1979);
    expect(company?.hiring?.value.careersUrl).toBe(url);
  });

  it("never takes the job's place, its terms or the board's own name for the employer", () => {
    const placeFirst = '<div>Halifax</div><div>Full-time</div><div>Indeed</div>';
    expect(signalsOf(indeedLike(placeFirst), url, NOW)?.company?.name).toBeUndefined();
  });

  it('names nobody when the line beside the title is said nowhere else', () => {
    const text = 'Brake Fitter\nPennine Axles Ltd\nHalifax HX3\nAbout us\nWe remanufacture brakes.';
    expect(boardEmployer(text, 'Brake Fitter', ['Brake Fitter - Halifax - Indeed.com'], ['indeed'])).toBeUndefined();
  });

  it("reads a German board's employer from its og:title, and one printed above the title (Glassdoor)", () => {
    const german = 'Servicetechniker Kälte (m/w/d)\nKältebau Rienzner GmbH\nStuttgart\nVollzeit\nÜber uns';
    const hints = ['Servicetechniker Kälte (m/w/d) bei Kältebau Rienzner GmbH in Stuttgart | StepStone'];
    expect(boardEmployer(german, 'Servicetechniker Kälte (m/w/d)', hints, ['stepstone'])).toBe(
      'Kältebau Rienzner GmbH',
    );
    const above = 'Orrin Freight\n3.8 ★\nWarehouse Lead\nReno, NV\n$24 - $27 Per Hour\nOrrin Freight jobs';
    expect(boardEmployer(above, 'Warehouse Lead', ['Orrin Freight hiring Warehouse Lead'], ['glassdoor'])).toBe(
      'Orrin Freight',
    );
  });
});

describe("a seat sentence naming the head office with another site's part", () => {
  it('reads "our head office and main workshop are in Leeds"', () => {
    expect(seatPhrase('Our head office and main workshop are in Leeds, West Yorkshire.')?.city).toBe('Leeds');
  });
});

describe('a posting on a board no list knows', () => {
  const board = (jsonLd = '') => `<html lang="en"><head>
    <title>Depot Sales Lead Job in Townsville, Townsville & Burdekin QLD - CoralJobs</title>
    <meta property="og:site_name" content="CoralJobs">
    <meta name="description" content="Tasman Reef Haulage is hiring a Depot Sales Lead in Townsville. Apply on CoralJobs.">
    ${jsonLd}</head><body><header><div>CoralJobs</div><div>Find jobs</div></header>
    <main><h1>Depot Sales Lead</h1><div>Tasman Reef Haulage 4.2 ★ · 31 reviews</div>
    <div>Townsville, Townsville & Burdekin QLD</div><div>Full time</div>
    <h2>About us</h2><p>Tasman Reef Haulage is a family-owned refrigerated freight business founded in 1988. From our
    head office and main cold store in Cairns we run 90 trucks.</p>
    <h2>Company profile</h2><div>Tasman Reef Haulage</div><div>Website</div>
    <div><a href="https://www.tasmanreefhaulage.com.au/">tasmanreefhaulage.com.au</a></div></main>
    <footer>© 2026 CoralJobs Pty Ltd · 1 Martin Place, Sydney NSW 2000 · Job board since 2003.</footer></body></html>`;
  const url = 'https://www.coraljobs.com.au/job/55120931';

  it('names the employer, not the board, with its site, its seat and its founding', () => {
    const company = signalsOf(board(), url, NOW)?.company;
    expect(company?.name?.value).toBe('Tasman Reef Haulage');
    expect(company?.domain?.value).toBe('tasmanreefhaulage.com.au');
    expect(company?.hq?.value.city).toBe('Cairns');
    expect(company?.founded?.value).toBe(1988);
  });

  it("reads the employer of a posting's JobPosting data when its header is not beside the title", () => {
    const jsonLd = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting",
      "title":"Depot Sales Lead","hiringOrganization":{"@type":"Organization","name":"Tasman Reef Haulage"}}</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"CoralJobs",
      "foundingDate":"2003","address":{"@type":"PostalAddress","addressLocality":"Sydney","addressCountry":"AU"}}</script>`;
    const page = board(jsonLd).replace('<div>Tasman Reef Haulage 4.2 ★ · 31 reviews</div>', '');
    const company = signalsOf(page, 'https://www.coraljobs.com.au/listing/55120931', NOW)?.company;
    expect(company?.name?.value).toBe('Tasman Reef Haulage');
    expect(company?.hq?.value.city).toBe('Cairns');
    expect(company?.founded?.value).toBe(1988);
  });

  it("keeps a company's own posting its own: a department line beside the title is no employer", () => {
    const own = `<html><head><title>Field Technician - Marula Water Systems</title></head><body>
      <h1>Field Technician</h1><div>Field Services</div><div>Polokwane</div>
      <p>Marula Water Systems builds treatment plants. Our head office is in Pretoria.</p>
      <h2>Other jobs in Field Services</h2></body></html>`;
    const company = signalsOf(own, 'https://careers.marulawater.co.za/jobs/5512-field-technician', NOW)?.company;
    expect(company?.name?.value).toBe('Marula Water Systems');
  });
});

describe("a posting's company facts", () => {
  it("leaves an agency's paragraph on its client out", () => {
    const text =
      'About company\nOur client, a leading lubricants MNC (3,500+ employees), is hiring.\nWe are 140 people.';
    expect(postingCompanyText(text)).not.toContain('3,500');
    expect(postingCompanyText(text)).toContain('140 people');
  });

  it("reads a company box's seat row, as an address or a city", () => {
    expect(seatRow('Siedziba\nul. Warszawska 52, 96-500 Sochaczew\nWWW', 'pl')?.city).toBe('Sochaczew');
    expect(seatRow('Secteur\nLogiciels\nSiège\nBordeaux\nCréation\n2015')?.city).toBe('Bordeaux');
    expect(seatRow('Sede central de la empresa en Burgos')).toBeUndefined();
  });

  it('takes the city of "in Silverton, Pretoria" where the suburb is no city the table knows', () => {
    expect(seatPhrase('with our head office and workshop in Silverton, Pretoria, and depots')?.city).toBe('Pretoria');
    expect(seatPhrase('Our head office is in Cairns, Queensland.')?.city).toBe('Cairns');
  });

  it('never reads a legal form after an address as a country ("Kältetechnik AG" is no Antigua)', () => {
    const hit = findAddresses(
      'Gubler Kältetechnik AG, Thundorferstrasse 18, 8500 Frauenfeld\nGubler Kältetechnik AG',
    )[0];
    expect(hit?.address.country).not.toBe('AG');
  });

  it("reads a funding row's round in brackets after its amount", () => {
    expect(fundingStage('Levée de fonds\n9 M€ (Série A, 2024)')).toBe('series-a');
    expect(fundingStage('Funding: $12M (Series B)')).toBe('series-b');
    expect(fundingStage('Funding\n(Series A is what we invest in)')).toBeUndefined();
  });
});

describe("a posting's own words on its company", () => {
  it("reads the city written before the seat's noun, when the table knows it", () => {
    const seat = seatPhrase('we are 220+ people across our Melbourne headquarters in Collingwood, our Auckland office');
    expect(seat?.city).toBe('Melbourne');
    expect(seatPhrase('most of us in our Paris HQ in the 9th arrondissement')?.city).toBe('Paris');
    expect(seatPhrase('our Global HQ in Austin, TX')?.city).toBe('Austin');
  });

  it('reads "an unserem Hauptsitz in Ulm" and "nuestra sede principal está en Cali", not a partner\'s Hauptsitz', () => {
    expect(seatPhrase('An unserem Hauptsitz in Ulm arbeiten wir mit 320 Mitarbeitenden.')?.city).toBe('Ulm');
    expect(seatPhrase('Nuestra sede principal está en Cali y nuestra planta en Yumbo.')?.city).toBe('Cali');
    expect(seatPhrase('Acronis als Unternehmen mit Hauptsitz in Schaffhausen ist Partner.')).toBeUndefined();
  });

  it('counts the people a company grew to, and its people across its headquarters', () => {
    const grown = "Since 2012 we've grown from a two-person team in Athens to 140 people in three cities.";
    expect(headcount(grown)?.range).toEqual({ min: 140, max: 140 });
    expect(headcount('Today 1,200+ people across our Cape Town headquarters look after customers')?.range).toEqual({
      min: 1200,
    });
    expect(headcount('The city grew to 140,000 people by 1990.')).toBeUndefined();
  });

  it('counts a firm described as a list of its trades', () => {
    const text = 'Ouseford is a consultancy of 31 structural engineers, drainage designers and technicians. We design.';
    expect(headcount(text)?.range).toEqual({ min: 31, max: 31 });
    expect(headcount('The arcade is a network of 400 shops, cafes and bars.')).toBeUndefined();
  });

  it('reads a round with its year before its lead investor', () => {
    expect(fundingStage('After our Series B in 2024, led by Valletta Growth Partners, we grew.')).toBe('series-b');
  });

  it("reads the seat on a posting's legal line whose form is in capitals ('S.R.L.')", () => {
    const text =
      'Account Executive\nKraków\nAbout us\nWe sell rail freight software.\nVagonix Technologies S.R.L. · Strada Gării 4, Bucharest, Romania';
    expect(postingSeat(text, 'en', ['vagonix'])?.city).toBe('Bucharest');
  });

  it('reads a round the company closed', () => {
    expect(fundingStage("After closing our Series B in 2024, we're taking the product to Asia.")).toBe('series-b');
  });
});

describe("people's titles in Portuguese, Spanish and French", () => {
  it('files account executives under sales and recruiters under people', () => {
    expect(classifyTitle('Executiva de Contas').department).toBe('sales');
    expect(classifyTitle('Ejecutiva de cuentas').department).toBe('sales');
    expect(classifyTitle('Consultante en recrutement indépendante').department).toBe('hr');
    expect(classifyTitle('Recruteuse tech freelance').department).toBe('hr');
    expect(classifyTitle('Gerente de Planta').department).toBe('operations');
    expect(classifyTitle("Directeur d'usine").department).toBe('operations');
  });
});

describe('a 2019 LinkedIn public profile', () => {
  it("reads the location from the subline's first item, not the connections beside it", () => {
    const html = `<html><head><title>Ravi Menon - Account Executive - Cloudmint | LinkedIn</title></head><body>
      <main><section class="top-card"><div class="top-card__information"><h1 class="top-card__title">Ravi Menon</h1>
      <h2 class="top-card__headline">Account Executive at Cloudmint</h2><h3 class="top-card__subline">
      <span class="top-card__subline-item">Pune, Maharashtra, India</span>
      <span class="top-card__subline-item top-card__subline-item--bullet">500+ connections</span></h3></div>
      </section></main></body></html>`;
    const person = signalsOf(html, 'https://in.linkedin.com/in/ravimenon', NOW)?.person;
    expect(person?.location?.value).toBe('Pune, Maharashtra, India');
  });
});

describe("software sold to one trade, in its market's words", () => {
  it('is software, whatever trade its customers practise', () => {
    expect(industryGroup("Logiciel de gestion pour cabinets d'avocats", true)?.group).toBe('software');
    expect(industryGroup('Software de gestión para despachos de abogados', true)?.group).toBe('software');
    expect(industryGroup('Practice software for dentists and dental practices', true)?.group).toBe('software');
  });

  it("leaves the trade's own firms in their trade", () => {
    expect(industryGroup("Cabinet d'avocats en droit des affaires", true)?.group).toBe('professional-services');
  });
});

describe("a trade magazine's masthead", () => {
  const story = '\nThe story runs on.'.repeat(60);
  it("dates the publisher by a footer's part set off by middle dots", () => {
    const footer =
      '\n© 2026 · Published by Harbourline Media Pte Ltd, 8 Cross Street #12-01, Singapore 048424 · Covering Asian ports since 2009';
    expect(publisherFounding(`${story}${footer}`, [], NOW)).toBe(2009);
  });

  it('dates the publisher by a German compound\'s tagline ("Die Fachzeitschrift für ... – seit 1961")', () => {
    const text = `Cookies\nDie Fachzeitschrift für Bäckerei und Konditorei – seit 1958\nBackstube${story}`;
    expect(publisherFounding(text, ['backspiegel'], NOW)).toBe(1958);
    expect(publisherFounding(`Cookies\nDie Stiftung für Bäckerhandwerk – seit 1958${story}`, [], NOW)).toBeUndefined();
  });
});

describe('national boards no list knows', () => {
  const board = `<html lang="hr"><head>
    <title>Skladištar (m/ž) – Jadran Opskrba d.o.o. – Zagreb | PosloviDanas.hr</title>
    <meta property="og:site_name" content="PosloviDanas.hr"></head><body>
    <nav><div>Oglasi za posao</div><div>Skladištar (m/ž)</div></nav>
    <main><h1>Skladištar (m/ž)</h1><div>Jadran Opskrba d.o.o.</div><div>Mjesto rada: Zagreb</div>
    <h2>O nama</h2><p>Jadran Opskrba d.o.o. osnovana je 1994. godine.</p>
    <p>Prijave na <a href="mailto:posao@jadranopskrba.hr">posao@jadranopskrba.hr</a></p>
    <h2>O poslodavcu</h2><div>Sjedište</div><div>Rijeka</div>
    <div>Adresa</div><div>Kukuljanovo 12, 51227 Kukuljanovo, Rijeka</div></main>
    <footer>© 2026 PosloviDanas d.o.o. · Ilica 1, 10000 Zagreb · od 2006.</footer></body></html>`;

  it("names the employer of a Croatian board's ad, its site, and the seat its box names over its postal town", () => {
    const company = signalsOf(board, 'https://www.poslovidanas.hr/oglas/55120/skladistar-zagreb', NOW)?.company;
    expect(company?.name?.value).toBe('Jadran Opskrba d.o.o.');
    expect(company?.domain?.value).toBe('jadranopskrba.hr');
    expect(company?.hq?.value.city).toBe('Rijeka');
    expect(company?.founded?.value).toBe(1994);
  });

  it('reads a seat row with its colon on one line', () => {
    expect(seatRow('Sobre a empresa\nSede: Guimarães\nMorada: Rua da Ribeira 415')?.city).toBe('Guimarães');
  });
});

describe('a careers page listing several postings', () => {
  it("is the company's own, whatever its host spells; one posting on a board's path is the board's", () => {
    const find = () => 'Acme Robotics';
    expect(foreignEmployer('https://127.0.0.1/acme/careers/', 3, find, ['127'])).toBeUndefined();
    expect(foreignEmployer('https://jobs.example-board.com/job/123', 3, find, ['exampleboard'])).toBeUndefined();
    expect(foreignEmployer('https://www.exampleboard.com/job/123', 0, find, ['exampleboard'])).toBe('Acme Robotics');
    expect(foreignEmployer('https://www.exampleboard.com/p/123', 1, find, ['exampleboard'])).toBe('Acme Robotics');
    expect(foreignEmployer('https://www.acmerobotics.com/job/123', 1, find, ['acmerobotics'])).toBeUndefined();
  });

  it('takes a classified "aviso" for a posting, never a privacy or legal notice', () => {
    const find = () => 'Acme Robotics';
    expect(foreignEmployer('https://www.tablero.example/aviso-12345', 0, find, ['tablero'])).toBe('Acme Robotics');
    expect(foreignEmployer('https://www.mueblesx.example/aviso-de-privacidad/', 0, find, ['mueblesx'])).toBeUndefined();
    expect(foreignEmployer('https://www.mueblesx.example/aviso-legal', 0, find, ['mueblesx'])).toBeUndefined();
  });
});
