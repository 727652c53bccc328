import { describe, expect, it } from 'vitest';
import { cityOrNone } from '../../../lib/extract/area';
import { widenBrand } from '../../../lib/extract/brand';
import { industryGroup } from '../../../lib/extract/classify/industry';
import { classifyTitle } from '../../../lib/extract/classify/title';
import { cantonInText, findAddress } from '../../../lib/extract/text/address';
import { foundedYear } from '../../../lib/extract/text/founded';
import { headcount } from '../../../lib/extract/text/headcount';
import { postingSeat } from '../../../lib/extract/text/sections';
import { nameFromTitle } from '../../../lib/extract/title';
import { signalsOf } from './read-page';

// Issue 14, a nineteenth and a twentieth set written blind (job boards, team pages, and twelve more languages):
// structures their pages had that no rule read. Invented companies and places.
const NOW = Date.UTC(2025, 0, 15);
const page = (html: string, url: string) => signalsOf(html, url, NOW);

describe("the Italian and Portuguese editions' company boxes", () => {
  it('reads the Italian `sinottico` box, its title row and its Italian labels', () => {
    const html = `<html><head><title>Brenta (azienda) - Wikipedia</title></head><body>
      <h1 id="firstHeading">Brenta (azienda)</h1><table class="sinottico"><tbody>
      <tr class="sinottico_testata"><th colspan="2">Brenta Forni S.p.A.</th></tr>
      <tr><th>Stato</th><td>Italia</td></tr><tr><th>Forma societaria</th><td>Società per azioni</td></tr>
      <tr><th>Fondazione</th><td>1952 a Vicenza</td></tr><tr><th>Sede principale</th><td>Bassano del Grappa</td></tr>
      <tr><th>Settore</th><td>Elettrodomestici</td></tr><tr><th>Dipendenti</th><td>1&#160;310 (2023)</td></tr>
      <tr><th>Sito web</th><td>www.brentaforni.it</td></tr></tbody></table></body></html>`;
    const company = page(html, 'https://it.wikipedia.org/wiki/Brenta_(azienda)')?.company;
    expect(company?.name?.value).toBe('Brenta Forni S.p.A.');
    expect(company?.founded?.value).toBe(1952);
    expect(company?.hq?.value.city).toBe('Bassano del Grappa');
    expect(company?.employees?.value).toEqual({ min: 1310, max: 1310 });
    expect(company?.industryGroup?.value).toBe('manufacturing');
  });

  it('reads the Portuguese `infobox_v2`, its spanning title and its listing', () => {
    const html = `<html><body><h1 id="firstHeading">Tecelagem Serra Alta</h1><table class="infobox_v2"><tbody>
      <tr><th colspan="2">Tecelagem Serra Alta S.A.</th></tr>
      <tr><th scope="row">Tipo</th><td>Empresa de capital aberto</td></tr>
      <tr><th scope="row">Cotação</th><td>B3: TSAL3</td></tr>
      <tr><th scope="row">Fundação</th><td>4 de maio de 1958 (67 anos)</td></tr>
      <tr><th scope="row">Sede</th><td>Blumenau, Santa Catarina</td></tr>
      <tr><th scope="row">Empregados</th><td>2&#160;900 (2024)</td></tr></tbody></table></body></html>`;
    const company = page(html, 'https://pt.wikipedia.org/wiki/Tecelagem_Serra_Alta')?.company;
    expect(company?.name?.value).toBe('Tecelagem Serra Alta S.A.');
    expect(company?.founded?.value).toBe(1958);
    expect(company?.hq?.value.city).toBe('Blumenau');
    expect(company?.fundingStage?.value).toBe('ipo/public');
    expect(company?.employees?.value).toEqual({ min: 2900, max: 2900 });
  });
});

describe('stated industries that name what is made', () => {
  it.each([
    ['Förpackningar och behållare'],
    ['Elettrodomestici'],
    ['Emballage'],
    ['Båttillverkning'],
    ['Trappfremstilling'],
  ])('%s is manufacturing', (label) => expect(industryGroup(label)?.group).toBe('manufacturing'));
});

describe('headcounts in Swedish, Turkish, Korean, Polish and Hungarian', () => {
  it.each([
    ['62år av bakning\n34medarbetare\n140butiker säljer vårt bröd', 34],
    ['Bugün 4 diş hekimi ve asistanlarımızla birlikte 17 kişilik ekibimizle hizmet veriyoruz.', 17],
    ['현재 건축사 5명을 포함한 직원 31명이 설계와 감리를 맡고 있습니다.', 31],
    ['Nasz zespół liczy dziś 27 osób w biurach w Toruniu i Bydgoszczy.', 27],
    ['1998 óta nyomtatunk könyveket. 56 munkatársunkkal évente 2 100 megrendelést teljesítünk.', 56],
  ])('%s', (text, count) => expect(headcount(text)?.range).toEqual({ min: count, max: count }));

  it('takes no count of things in a Korean or Turkish sentence for staff', () => {
    expect(headcount('지금까지 140여 개의 프로젝트를 완료했습니다. 고객 300명이 방문했습니다.')).toBeUndefined();
    expect(headcount('Her yıl 1200 kişilik konferans salonumuzda etkinlikler düzenliyoruz.')).toBeUndefined();
  });
});

describe("names beside a page's words, and a year that is no house number", () => {
  it("widens a brand past the page's word before or after it", () => {
    expect(widenBrand('About Marsh Harbor Freight Partners', 'Marsh Harbor Freight')).toBe(
      'Marsh Harbor Freight Partners',
    );
    expect(widenBrand('Almtal Räder GmbH Karriereseite', 'Almtal Räder')).toBe('Almtal Räder GmbH');
    expect(widenBrand('Welcome to Almtal Räder', 'Almtal Räder')).toBe('Almtal Räder');
  });

  it('reads a site name that its domain spells with the trade after it (payroll, insurance)', () => {
    const html = `<html><head><title>About Quernstone | Payroll for small firms</title>
      <meta property="og:site_name" content="Quernstone"></head><body><h1>About us</h1></body></html>`;
    expect(page(html, 'https://www.quernstonepayroll.co.uk/about')?.company?.name?.value).toBe('Quernstone');
  });

  it('takes no sentence dated "in 2022" for a Belgian street line', () => {
    expect(
      findAddress('Named a Best Place to Work in the Midlands in 2022, 2023 and 2024\nOpen positions', 'en'),
    ).toBeUndefined();
    expect(findAddress('Place du Marché 12\n4000 Liège', 'fr')?.street).toBe('Place du Marché 12');
  });
});

describe('founding years told in Italian, Estonian, Korean and Polish, or with a place between', () => {
  it.each([
    ['La Fattoria Colle Verde nasce nel 1968, quando i nonni comprano la vigna.', 1968],
    ['Two engineers started the company in 2017 in Odense; today we are 40.', 2017],
    ['Nereid Shipping Ltd is a ship manager, established in Larnaca, Cyprus in 1993. From our office', 1993],
    ['Od 2009 roku łączymy firmy z kandydatami.', 2009],
    ['해솔 건축(Haesol)은 2014년 대구 수성구에서 설립된 설계 사무소입니다.', 2014],
    ['Peipsi Liinid alustas 2003. aastal kahe bussiga.', 2003],
  ])('%s', (text, year) => expect(foundedYear(text, NOW)?.year).toBe(year));

  it('takes no project or person that "nasce" for the company', () => {
    expect(foundedYear('Il progetto nasce nel 2019 da un’idea di Marta.', NOW)).toBeUndefined();
  });
});

describe("headcounts a payroll or staffing company's customers' people never give", () => {
  it('takes the team row, not the staff it pays for customers', () => {
    const text =
      'Today Ledgerwell pays more than 120,000 employees every month.\nFounded\n2019\nTeam\n64 people\nOffices';
    expect(headcount(text)?.range).toEqual({ min: 64, max: 64 });
    expect(headcount('Our platform serves 40,000 employees at 300 firms.')).toBeUndefined();
  });

  it('reads "we now employ" with a list of trades', () => {
    expect(headcount('We now employ 52 surveyors, engineers and analysts in two offices.')?.range).toEqual({
      min: 52,
      max: 52,
    });
  });
});

describe('addresses in three more shapes', () => {
  it('reads a Canadian province named in full after the city', () => {
    expect(
      findAddress('Northline Media Inc., 210 Victoria Avenue, Suite 3, Regina, Saskatchewan S4P 0S4.', 'en'),
    ).toMatchObject({
      city: 'Regina',
      region: 'Saskatchewan',
      postalCode: 'S4P 0S4',
      country: 'CA',
    });
  });

  it("reads a Spanish road's kilometre point and the province in brackets", () => {
    expect(
      findAddress('Bodegas Alto Soto S.L. · Carretera de Aranda, km 7 · 09400 Roa (Burgos)', { lang: 'es' }),
    ).toMatchObject({
      street: 'Carretera de Aranda, km 7',
      city: 'Roa',
      region: 'Burgos',
      country: 'ES',
    });
  });

  it("reads the employer's legal line closing a posting, never the ATS's own", () => {
    const posting = [
      'Crew Coordinator',
      'Piraeus, Greece',
      'Training at our head office and at sea',
      'Thalassa Crewing Ltd · Reg. No. HE 55120 · 12 Makarios Avenue, 3030 Limassol, Cyprus',
      'Powered by Workable',
      'Workable Software Ltd, 10 Eastcheap, London EC3M 1AJ',
    ].join('\n');
    expect(postingSeat(posting, 'en', ['thalassacrewing', 'thalassa'])).toMatchObject({
      street: '12 Makarios Avenue',
      city: 'Limassol',
      country: 'CY',
    });
    const atsLine = 'Kundenservice (m/w/d)\nWals\n– Personio SE & Co. KG, Seidlstraße 3, 80335 München';
    expect(postingSeat(atsLine, 'de', ['almtalrader', 'almtal'])).toBeUndefined();
  });
});

describe('careers links in Estonian, Argentine Spanish and Korean, and Tilda', () => {
  const site = (nav: string, head = '') =>
    `<html><head><title>Liinid</title>${head}</head><body><nav>${nav}</nav><main><h1>Tere</h1><p>Sõidame iga päev.</p></main></body></html>`;

  it.each([
    ['<a href="/too">Tule meile tööle</a>', 'https://www.peipsiliinid.ee/'],
    ['<a href="/sumate">Sumate al equipo</a>', 'https://www.brasaagencia.com.ar/'],
    ['<a href="/people#recruit">사람들 &gt; 채용</a>', 'https://www.haesol.kr/'],
    ['<a href="/kariyer">Açık pozisyonlarımız</a>', 'https://www.bursavana.com.tr/'],
  ])('%s is a careers link', (nav, url) => {
    expect(page(site(nav), url)?.company?.hiring?.value).toBeTruthy();
  });

  it('takes no word that merely starts like a careers word for one', () => {
    expect(
      page(site('<a href="/jobsite">Jobsiteplanung</a>'), 'https://www.example.de/')?.company?.hiring,
    ).toBeUndefined();
  });

  it('names Tilda from its CDN', () => {
    const head = '<script src="https://static.tildacdn.com/js/tilda-scripts-3.0.min.js"></script>';
    const names = page(site('', head), 'https://www.peipsiliinid.ee/')?.company?.technologies?.value.map((t) => t.name);
    expect(names).toContain('Tilda');
  });
});

describe('names a domain spells with a letter folded or a word cut short', () => {
  it('reads "ø" as the domain writes it', () => {
    const html = `<html><head><title>Kontakt oss | Dahle Møbelverksted</title>
      <meta property="og:site_name" content="Dahle Møbelverksted"></head><body><h1>Kontakt</h1></body></html>`;
    expect(page(html, 'https://www.dahlemobel.no/kontakt')?.company?.name?.value).toBe('Dahle Møbelverksted');
  });

  it("reads a title's name whose last word the domain cuts short, widened forward only", () => {
    expect(nameFromTitle('소개 | 해솔 건축 Haesol Architects', 'haesol-arch', undefined)).toBe('Haesol Architects');
    expect(nameFromTitle('Contact | Baybridge Orthopaedic Partners', 'baybridgeortho', undefined)).toBe(
      'Baybridge Orthopaedic Partners',
    );
    expect(nameFromTitle('Sanitätshaus Kroll Orthopädietechnik', 'kroll-ortho', undefined)).toBe(
      'Kroll Orthopädietechnik',
    );
  });
});

describe("a seat told in German prose, a Swiss canton in running text, a financial controller's rank", () => {
  it("reads the company's own Firmensitz, not another firm's Hauptsitz", () => {
    const own =
      'Kundenservice (m/w/d)\nWals\nÜber uns\nAlmtal Räder baut E-Bikes. Unser Firmensitz ist in der Stadt Linz (Hafenstraße), die Montage ist in Traun.';
    expect(postingSeat(own, 'de')?.city).toBe('Linz');
    const other =
      'Messe\nAussteller\nKroll AG als Unternehmen mit Hauptsitz in Schaffhausen und Singapur ist Anbieter von Software.';
    expect(postingSeat(other, 'de')).toBeUndefined();
  });

  it('reads the one canton a page names', () => {
    expect(cantonInText('Our cheese has been made in Bulle, in the canton of Fribourg, since 1931.')).toBe('Fribourg');
    expect(cantonInText('La nostra officina nel Cantone Ticino')).toBe('Ticino');
    expect(cantonInText('Kunden im Kanton Zug und im Kanton Luzern')).toBeUndefined();
  });

  it('ranks a financial or group controller as a manager, a bare controller not', () => {
    expect(classifyTitle('Financial Controller').seniority).toBe('manager');
    expect(classifyTitle('Group Financial Controller').seniority).toBe('manager');
    expect(classifyTitle('Controller').seniority).not.toBe('manager');
  });
});

describe("a publisher's masthead line dates the publisher", () => {
  const article = (masthead: string) => `<html><head><title>Harbour firm wins contract | Lakeshore Builder</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour firm wins contract","publisher":{"@type":"Organization","name":"Lakeshore Builder"}}</script>
    </head><body><header><p>${masthead}</p></header><article><h1>Harbour firm wins contract</h1>
    <p>Kestrel Marine, founded in 1994, won the largest contract in its history this week, after its first loss-free year since 2019, the company said on Tuesday.</p>${'<p>The work covers dredging, two new berths and a storm wall along the east basin, and crews from three towns will share it over two seasons, the port authority said in a statement.</p>'.repeat(6)}</article></body></html>`;

  it('reads "news ... since 1979" at the top, never the story\'s years', () => {
    expect(
      page(article('Construction news for Ontario and Quebec since 1979'), 'https://lakeshorebuilder.ca/2024/harbour')
        ?.company?.founded?.value,
    ).toBe(1979);
    expect(
      page(article('Subscribe today'), 'https://lakeshorebuilder.ca/2024/harbour')?.company?.founded,
    ).toBeUndefined();
  });
});

// Issue 14, holdout21 and holdout22 (mid-market B2B pages; pages from sixteen less-read countries), one round.
describe('founding years of another firm set off in a timeline, and the Dutch passive', () => {
  it("takes the company's own year, not an acquired firm's in apposition or brackets", () => {
    const timeline =
      'Since 1961, Lakeside Supply has kept machines running.\n1994 – Acquisition of Ridge Bearing & Belt, a family business founded in 1919.';
    expect(foundedYear(timeline, NOW)?.year).toBe(1961);
    const dutch =
      'Brink & Vos Ingenieurs B.V. werd in 1981 opgericht door twee ingenieurs.\n2009 Overname van adviesbureau Geotec uit Breda (opgericht 1962)';
    expect(foundedYear(dutch, NOW)?.year).toBe(1981);
    expect(foundedYear('Geotec (opgericht 1962) ontwerpt bruggen.', NOW)?.year).toBe(1962);
  });
});

describe('site builders and shops of Estonia, Latvia and Latin America, and the ATS a board runs on', () => {
  const withScript = (src: string) =>
    `<html><head><title>Pood</title><script src="${src}"></script></head><body><h1>Tere</h1></body></html>`;

  it.each([
    ['https://static.voog.com/designs/92/javascripts/application.min.js', 'Voog'],
    ['https://www.mozello.com/js/site/site.js?v=312', 'Mozello'],
    ['https://farmaciasur.vtexassets.com/_v/public/assets/v1/bundle/js/asset.min.js', 'VTEX'],
  ])('%s is %s', (src, name) => {
    const names = page(withScript(src), 'https://www.example.ee/')?.company?.technologies?.value.map((t) => t.name);
    expect(names).toContain(name);
  });

  it("names the ATS an employer's board runs on, and nothing else of the board's source", () => {
    const html = withScript('https://www.googletagmanager.com/gtm.js?id=GTM-ABC123');
    const techs = page(html, 'https://siamfrost.recruitee.com/o/warehouse-supervisor')?.company?.technologies?.value;
    expect(techs?.map((t) => t.name)).toEqual(['Recruitee']);
  });
});

describe('Baltic and Hungarian titles, a Romanian county, a Japanese ward', () => {
  it.each([
    ['Pardavimų vadovas', 'manager', 'sales'],
    ['Pārdošanas vadītājs', 'manager', 'sales'],
    ['Müügijuht', 'manager', 'sales'],
    ['Vezető fejlesztő', 'senior', 'engineering'],
    ['Értékesítési vezető', 'head', 'sales'],
  ])('%s is %s in %s', (title, seniority, department) => {
    expect(classifyTitle(title)).toEqual({ seniority, department });
  });

  it('reads a Romanian county without its "jud." and a Japanese city without its ward', () => {
    expect(findAddress('Str. Morii nr. 3, 400117 Cluj-Napoca, jud. Cluj, România', 'en')?.region).toBe('Cluj');
    expect(cityOrNone('仙台市青葉区')).toBe('仙台市');
    expect(cityOrNone('千葉県市川市')).toBe('市川市');
  });
});

describe('headcounts and "since" in Czech, Slovak, Slovenian, Latvian, Estonian, Romanian and Hungarian', () => {
  it.each([
    ['V dílně a kanceláři nás dnes pracuje 34.', 34],
    ['Náš tím má dnes 52 ľudí – v centrále v Trnave.', 52],
    ['Danes zaposlujemo 23 ljudi – projektante in monterje.', 23],
    ['Šodien uzņēmumā strādā 71 cilvēki – meistari un šoferi.', 71],
    ['Meie meeskonnas on 14 raamatupidajat ja nõustajat.', 14],
    ['Cifre\n212 de angajați în fabrică și birouri\n9 țări de export', 212],
  ])('%s', (text, count) => expect(headcount(text)?.range).toEqual({ min: count, max: count }));

  it("takes no owning group's staff for the company's", () => {
    const text =
      'Din 2019 facem parte dintr-un grup german cu peste 4.000 de angajați în 12 țări.\nSuntem 90 de oameni: ingineri și testeri.';
    expect(headcount(text)?.range).toEqual({ min: 90, max: 90 });
  });

  it.each([
    ['Szegedi családi vállalkozásként 2001 óta szállítjuk utasainkat.', 2001],
    ['Tartu raamatupidamisbüroo, mis tegutseb aastast 2011.', 2011],
    ['ģimenes uzņēmums, kas kopš 1999. gada pārstrādā pienu', 1999],
    ['je ljubljansko podjetje, ki od leta 2016 gradi elektrarne', 2016],
  ])('%s', (text, year) => expect(foundedYear(text, NOW)?.year).toBe(year));
});

describe("a vendor directory's profile page", () => {
  it("never takes the directory's own domain or a location's headcount for the vendor's", () => {
    const html = `<html><head><title>Ill Studio | Clutch.co</title></head><body><h1>Ill Studio</h1>
      <p>Strasbourg office: 38 employees</p><a href="https://www.illstudio.fr/?utm_source=clutch">Visit website</a></body></html>`;
    const company = page(html, 'https://clutch.co/profile/ill-studio')?.company;
    expect(company?.domain?.value).not.toBe('clutch.co');
    expect(company?.employees).toBeUndefined();
  });
});

describe('a Dutch city after its article', () => {
  it("reads ’s-Hertogenbosch, not the postcode's letters, as the city", () => {
    expect(findAddress('Brink & Vos Ingenieurs B.V.\nStationsplein 4\n5211 AP ’s-Hertogenbosch', 'en')).toMatchObject({
      postalCode: '5211 AP',
      city: '’s-Hertogenbosch',
      country: 'NL',
    });
  });
});
