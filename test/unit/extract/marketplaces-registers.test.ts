import { describe, expect, it } from 'vitest';
import { listedCompany } from '../../../lib/extract/listing';
import { foundedYear } from '../../../lib/extract/text/founded';
import { headcount } from '../../../lib/extract/text/headcount';
import { seatPhrase } from '../../../lib/extract/text/imprint';
import { signalsOf } from './read-page';

// Issue 14, the round on the blind set of pages that name many companies (holdout54): a marketplace's or review site's
// product page, a fair's exhibitor page, an association's member entry, a register's extract. Invented firms.

const NOW = Date.UTC(2026, 11, 6);

describe("a product page's maker, told of in a section of its own", () => {
  const url = 'https://marketplace.toolhub.example/apps/1234/sprintledger';
  const hrefs = ['/', '/vendors', 'https://docs.kodelis.example/sprintledger', 'https://kodelis.example'];

  it('takes the maker under "About the partner", not the product, with a fact fewer', () => {
    const text =
      'SprintLedger – Time Budgets for Jira\nOverview\nAbout the partner\nKodelis\nPlatinum partner since 2018\nWebsite\nkodelis.example\nLocation\nGliwice, Poland';
    expect(listedCompany('SprintLedger – Time Budgets for Jira', url, ['ToolHub'], hrefs, text)).toEqual({
      name: 'Kodelis',
      domain: 'kodelis.example',
      legal: false,
    });
  });

  it("reads the maker's name row and its written website under a French heading", () => {
    const text =
      "Quartoplan\nFiche produit\nL'éditeur\nSociété\tQuartobase SAS\nSiège\t7 rue aux Arènes, 57000 Metz\nCréation\t2017\nEffectif\t20-49 salariés\nSite web\twww.quartoplan.example";
    expect(
      listedCompany('Quartoplan', 'https://www.logicompare.example/logiciel/quartoplan', ['LogiCompare'], [], text),
    ).toEqual({
      name: 'Quartobase SAS',
      domain: 'quartoplan.example',
      legal: true,
    });
  });

  it("takes no maker when the section tells of the site's own company", () => {
    const text = 'SprintLedger\nAbout the company\nToolHub\nWebsite\ntoolhub.example\nLocation\nSydney\nFounded\n2002';
    expect(listedCompany('SprintLedger', url, ['ToolHub'], ['https://toolhub.example'], text)).toBeUndefined();
  });

  it('takes no sentence under the heading for a name', () => {
    const text = 'SprintLedger\nThe developer\nWe build apps for teams.\nWebsite\nkodelis.example\nLocation\nGliwice';
    expect(listedCompany('SprintLedger', url, ['ToolHub'], hrefs, text)).toBeUndefined();
  });
});

describe('exhibitor, member and register pages', () => {
  it('reads a Japanese exhibitor profile headed by a name with its legal form, and the URL row', () => {
    const text =
      '株式会社ミナセ精工\n企業情報\n会社名\t株式会社ミナセ精工\n所在地\t長野県諏訪市中洲 4812-3\n設立\t1984年4月\n従業員数\t96名\nURL\thttps://www.minase-seiko.example/';
    expect(
      listedCompany(
        '株式会社ミナセ精工\n企業情報',
        'https://www.robofair.example/exhibitors/0412',
        ['ロボフェア'],
        [],
        text,
      ),
    ).toEqual({
      name: '株式会社ミナセ精工',
      domain: 'minase-seiko.example',
      legal: false,
    });
  });

  it('reads "Ltda." as a legal form and the written site row of a member entry', () => {
    const text =
      'Metalúrgica Rauen Ltda.\nRazão social: Metalúrgica Rauen Ltda.\nFundação: 1993\nColaboradores: 210\nSite: www.rauen.example';
    expect(
      listedCompany(
        'Metalúrgica Rauen Ltda.',
        'https://www.metalassoc.example/associados/rauen',
        ['MetalAssoc'],
        [],
        text,
      ),
    ).toMatchObject({
      name: 'Metalúrgica Rauen Ltda.',
      domain: 'rauen.example',
    });
  });

  it("finds a long name's domain spelled by its first and last words, and reads a bare 'SL' as a legal form", () => {
    const hrefs = ['https://www.aislamientossegura.example'];
    const listed = listedCompany(
      'AISLAMIENTOS TERMICOS DEL SEGURA SL',
      'https://www.riskrate.example/empresa/ats',
      ['RiskRate'],
      hrefs,
    );
    expect(listed).toMatchObject({ domain: 'aislamientossegura.example', legal: true });
  });

  it("takes no listed company whose website is the page's own site", () => {
    const text = 'Nordmetall GmbH\nWebsite: www.nordmetall.example\nGegründet: 1990\nStandort: Kiel';
    expect(
      listedCompany('Nordmetall GmbH', 'https://www.nordmetall.example/produkte/pressen', ['Pressen'], [], text),
    ).toBeUndefined();
  });

  it("reads a row's staff figure, not the year of the row above, before a staff noun that labels its row", () => {
    expect(headcount('Fundação: 1993\nColaboradores: 210')?.range).toEqual({ min: 210, max: 210 });
  });

  it("keeps a register page's Organization data about the listed company, which names it and gives no website", () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Aislamientos Termicos del Segura SL',
      foundingDate: '2001-04-12',
    };
    const html = `<html><head><title>AISLAMIENTOS TERMICOS DEL SEGURA SL - Informe | RiskRate</title>
      <meta property="og:site_name" content="RiskRate">
      <script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>
      <h1>AISLAMIENTOS TERMICOS DEL SEGURA SL</h1><div>Domicilio: Molina de Segura (Murcia)</div>
      <div>Empleados: 87</div><a href="https://www.aislamientossegura.example">Web</a>
      <footer>RiskRate Información Empresarial SL · Madrid · Fundada en 1989</footer></body></html>`;
    const company = signalsOf(html, 'https://www.riskrate.example/empresa/ats/B30748215', NOW)?.company;
    expect(company?.name?.value?.toLowerCase()).toBe('aislamientos termicos del segura sl');
    expect(company?.domain?.value).toBe('aislamientossegura.example');
    expect(company?.founded?.value).toBe(2001);
  });
});

describe('Russian-speaking markets, size classes and owners (holdout53)', () => {
  it('reads the founding year in Russian and Ukrainian', () => {
    expect(foundedYear('Агентство основали в 2011 году два продюсера.', NOW)?.year).toBe(2011);
    expect(foundedYear('Коротко о компании\nГод основания — 2006\nБуровых установок — 46', NOW)?.year).toBe(2006);
    expect(foundedYear('Компанію заснована у 1998 році у Львові.', NOW)?.year).toBe(1998);
    expect(foundedYear('Компанията е основана през 1999 г. в Русе.', NOW)?.year).toBe(1999);
  });

  it("reads a founding told with the company's own noun and a verb of birth ('O estaleiro naceu en 1968')", () => {
    const text =
      'Desde 2016 dirixe o estaleiro a terceira xeración.\nO estaleiro naceu en 1968, cando o avó abriu un taller.';
    expect(foundedYear(text, NOW)?.year).toBe(1968);
    expect(foundedYear('The bakery was born in 1952 in a back street of Jerez.', NOW)?.year).toBe(1952);
  });

  it("reads a Russian staff row with a dash, and a figure over 'человек в штате'", () => {
    expect(headcount('Численность персонала — 940 человек, в т.ч. 310 буровиков')?.range).toEqual({
      min: 940,
      max: 940,
    });
    expect(headcount('15 лет\nна рынке\n27\nчеловек в штате — продюсеры и дизайнеры')?.range).toEqual({
      min: 27,
      max: 27,
    });
  });

  it("reads a band row whose upper bound has four digits unseparated ('250–1000')", () => {
    expect(headcount('Кількість працівників\n250–1000\nСайт')?.range).toEqual({ min: 250, max: 1000 });
  });

  it("reads a register's staff row past the source it names, before a group's figure in prose", () => {
    const krs =
      'Liczba pracowników (GUS)\t50–249\nGrupa kapitałowa Polimer Holding: przychody 512 mln zł, 1 840 pracowników.';
    expect(headcount(krs)?.range).toEqual({ min: 50, max: 249 });
    const ch =
      'Gründung\n1987\nMitarbeitende\n64 (Angabe der Firma, 2025)\nDie Gruppe beschäftigt rund 720 Mitarbeitende.';
    expect(headcount(ch)?.range).toEqual({ min: 64, max: 64 });
  });

  it("takes no count for the event's guests as staff", () => {
    expect(headcount('от ужина на 20 гостей до фестиваля на 18 000 зрителей')).toBeUndefined();
  });

  it("takes no award's size class in brackets that name a class before the count", () => {
    const text =
      'Gold at the Island Brew Cup (small brewery class, under 5,000 barrels / fewer than 25 employees).\nToday we are a crew of 24.';
    expect(headcount(text)?.range).toEqual({ min: 24, max: 24 });
  });

  it("reads a figure written with a leading plus as the block's figure, so its caption labels no value below it", () => {
    const text =
      'un equipo de más de 160 colaboradores.\n2009\nAño de fundación\n+160\nColaboradores\n34\nMáquinas CNC';
    expect(headcount(text)?.range).toEqual({ min: 160 });
  });

  it('reads no seat in a sentence that names the owner before it', () => {
    expect(
      seatPhrase(
        'Nutrimar, controlada desde 2019 por el grupo noruego Havfor AS, con sede en Bergen, opera dos plantas.',
      ),
    ).toBeUndefined();
  });

  it("knows 1C-Bitrix by its core's and templates' paths", () => {
    const html = `<html><head><title>Контакты</title>
      <link rel="stylesheet" href="/bitrix/templates/main_2024/template_styles.css?17124533">
      <script src="/bitrix/js/main/core/core.min.js?1718299417"></script></head><body><h1>Контакты</h1></body></html>`;
    const names = signalsOf(html, 'https://www.gornyservis.example/contacts/', NOW)?.company?.technologies?.value.map(
      (t) => t.name,
    );
    expect(names).toContain('1C-Bitrix');
  });
});

describe("a vendor's customer story", () => {
  const html = `<html><head><title>O'Driscoll Foods cuts picking errors | Stackwell</title>
    <meta property="og:site_name" content="Stackwell"></head><body>
    <main><h1>How O'Driscoll Foods cut picking errors by 71%</h1>
    <div>O'Driscoll Foods</div><div>Headquarters: Mallow, Ireland</div><div>Founded: 1979</div>
    <div>Employees: 340</div><div>Industry: Food &amp; beverage wholesale</div>
    <p>Founded in 1979 with a single van, O'Driscoll Foods now delivers to 4,200 hotels. Its 340 staff run three
    temperature zones and 46 delivery vehicles.</p></main>
    <footer><p>Stackwell builds warehouse management software. Founded in York in 2014; today a team of 160 people
    across York and Utrecht.</p><p>© 2026 Stackwell Ltd</p></footer></body></html>`;
  const company = () => signalsOf(html, 'https://www.stackwell.example/customers/odriscoll-foods', NOW)?.company;

  it("reads the vendor's headcount and founding from its footer, not the customer's from the story", () => {
    expect(company()?.employees?.value).toEqual({ min: 160, max: 160 });
    expect(company()?.founded?.value).toBe(2014);
  });

  it("takes no industry from the customer's fact box", () => {
    expect(company()?.industry?.value).not.toBe('Food & beverage wholesale');
  });
});
