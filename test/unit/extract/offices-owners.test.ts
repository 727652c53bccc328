import { describe, expect, it } from 'vitest';
import { classifyTitle } from '../../../lib/extract/classify/title';
import { writtenSiteOf } from '../../../lib/extract/listing';
import { findAddresses } from '../../../lib/extract/text/address';
import { boardEmployer } from '../../../lib/extract/text/board-employer';
import { foundedYear } from '../../../lib/extract/text/founded';
import { headcount } from '../../../lib/extract/text/headcount';
import { seatRow } from '../../../lib/extract/text/imprint';
import { statedIndustry } from '../../../lib/extract/text/industry-row';
import { lineAddresses } from '../../../lib/extract/text/line-address';
import { parentsOwnSentence } from '../../../lib/extract/text/parent';
import { signalsOf } from './read-page';

// Issue 14, the round on what the blind sets of the 6 December afternoon left: a head office among several offices,
// postcodes of countries written their own way, and founding years that are a person's or an owner's. Invented firms.
const NOW = Date.UTC(2026, 11, 1);

describe('postcodes written the way their country writes them', () => {
  it('reads a Mexican postcode marked "C.P.", before or after the city and its state', () => {
    const before = findAddresses('Blvd. Solidaridad 880\nC.P. 83180, Hermosillo, Sonora, México');
    expect(before[0]?.address).toMatchObject({
      city: 'Hermosillo',
      region: 'Sonora',
      postalCode: '83180',
      country: 'MX',
    });
    const after = findAddresses('Av. Patria 1201, Zapopan, Jalisco, C.P. 45010');
    expect(after[0]?.address).toMatchObject({ city: 'Zapopan', region: 'Jalisco', postalCode: '45010', country: 'MX' });
  });

  it("reads Malta's letters and digits as the postcode, not as part of the town", () => {
    const hit = findAddresses('Level 3, Harbour View Tower, Sliema SLM 1549, Malta');
    expect(hit[0]?.address).toMatchObject({ city: 'Sliema', postalCode: 'SLM 1549', country: 'MT' });
  });

  it('takes no German register number for a Maltese postcode', () => {
    const hits = findAddresses('Registergericht: Amtsgericht Hamburg HRB 1234');
    expect(hits.some((h) => h.address.country === 'MT')).toBe(false);
  });
});

describe('the head office among several offices', () => {
  const page = (offices: string) => `<html lang="es"><head><title>Contacto | Cartonera del Yaqui</title></head><body>
    <main><h1>Contacto</h1><p>Cartonera del Yaqui, S.A. de C.V. fabrica cajas de cartón corrugado para la agroexportación.</p>
    ${offices}</main><footer>© 2026 Cartonera del Yaqui, S.A. de C.V. · Aviso de privacidad</footer></body></html>`;
  const url = 'https://cartoneradelyaqui.com.mx/contacto/';

  it('takes the plant marked "(matriz)" over a sales office abroad listed after it', () => {
    const html = page(`<div>Planta Obregón (matriz)</div><div>Calle Jalisco 1450, Parque Industrial</div>
      <div>C.P. 85000, Ciudad Obregón, Sonora, México</div><div>Tel. (644) 410 22 00</div>
      <div>Oficina comercial EE. UU.</div><div>2100 N. Oracle Rd, Suite 120</div><div>Tucson, AZ 85705</div>`);
    expect(signalsOf(html, url, NOW)?.company?.hq?.value).toMatchObject({ city: 'Ciudad Obregón', country: 'MX' });
  });
});

describe('founding years that are not the company’s', () => {
  it('takes the year someone founded the company in, not the year of their own earlier career', () => {
    const text =
      'Todo empezó con don Rogelio, quien desde 1985 trabajó en una cartonera de Guadalajara. Al regresar fundó la empresa en\n1998\ncon ocho trabajadores.';
    expect(foundedYear(text, NOW)?.year).toBe(1998);
    expect(foundedYear('In 2009 she joined a bank. We founded the company in 2014 in a garage.', NOW)?.year).toBe(2014);
  });

  it("leaves a parent group's founding, in a sentence of its own after the parent is named, to the group", () => {
    const text =
      'Die Ilmtal Dosiertechnik GmbH baut seit 1991 Dosieranlagen. Seit 2020 ist Ilmtal ein Unternehmen der Brenner Gruppe. Die Brenner Gruppe mit Sitz in Erfurt wurde 1948 gegründet.';
    expect(foundedYear(text, NOW)?.year).toBe(1991);
    expect(parentsOwnSentence(text, text.indexOf('wurde'))).toBe(true);
  });

  it("keeps a group's own founding on its own site, which names no owner", () => {
    const text = 'Die Brenner Gruppe mit Sitz in Erfurt wurde 1948 gegründet und beschäftigt 2.400 Menschen.';
    expect(foundedYear(text, NOW)?.year).toBe(1948);
    expect(parentsOwnSentence(text, text.indexOf('wurde'))).toBe(false);
  });
});

describe("a board's posting in the countries the forty-second set brought", () => {
  // A Romanian board's header runs the employer, the place and the terms into one line of inline parts.
  const board = `<html lang="ro"><head>
    <title>Tehnician Mentenanță – Arad | Mureșana Profile Metalice | MuncaVest.ro</title>
    <meta name="description" content="Mureșana Profile Metalice angajează Tehnician Mentenanță în Arad.">
    <meta property="og:site_name" content="MuncaVest.ro"></head><body>
    <nav>Locuri de muncă · Companii · Salarii</nav>
    <main><h1>Tehnician Mentenanță</h1>
    <div><span>Mureșana Profile Metalice SRL</span> <span>Arad (Zona Industrială Sud)</span> <span>Full-time</span></div>
    <h2>Despre noi</h2><p>Mureșana Profile Metalice produce profile din oțel pentru construcții.</p>
    <aside><h3>Mureșana Profile Metalice SRL</h3>
    <div>Domeniu: Construcții metalice</div><div>Sediu: Timișoara</div><div>Website: muresana-profile.ro</div></aside>
    </main><footer>MuncaVest.ro · Platforma de recrutare din Vest, din 2017. MuncaVest SRL, Oradea.</footer></body></html>`;

  it('names the employer whose name runs into its place on one line, confirmed without its legal form', () => {
    const company = signalsOf(
      board,
      'https://www.muncavest.ro/loc-de-munca/tehnician-mentenanta-arad-1201',
      NOW,
    )?.company;
    expect(company?.name?.value).toBe('Mureșana Profile Metalice SRL');
    // The employer box's website row spells no name the domain would: it is read as the row states it.
    expect(company?.domain?.value).toBe('muresana-profile.ro');
    expect(company?.hq?.value.city).toBe('Timișoara');
  });

  it("reads a name said whole in the description, legal form and all, and a name after the board's words", () => {
    const text = 'İhracat Uzmanı\nKarya Halı Sanayi ve Ticaret A.Ş. Onaylı İşveren\nKonum\nİzmir';
    const hints = [
      'İhracat Uzmanı | Karya Halı A.Ş. İş İlanı',
      'Karya Halı Sanayi ve Ticaret A.Ş. İzmir için İhracat Uzmanı arıyor.',
    ];
    expect(boardEmployer(text, 'İhracat Uzmanı', hints, ['isbulucu'], true)).toBe('Karya Halı Sanayi ve Ticaret A.Ş.');
    const agency = 'Site Manager\nAdvertised by Karoo Talent Partners on behalf of a client\nLocation: George';
    expect(
      boardEmployer(agency, 'Site Manager', ['Site Manager | Karoo Talent Partners | JobNet'], ['jobnet'], true),
    ).toBe('Karoo Talent Partners');
  });

  it('keeps a name that opens on a noun the boards use as a label, when no colon follows it', () => {
    const text = 'Técnico de Redes\nEmpresa Nacional de Telecomunicaciones S.A.\nLa Paz';
    const hints = ['Técnico de Redes | Empresa Nacional de Telecomunicaciones S.A. | TrabajoYa'];
    expect(boardEmployer(text, 'Técnico de Redes', hints, ['trabajoya'], true)).toBe(
      'Empresa Nacional de Telecomunicaciones S.A.',
    );
  });

  it("takes no beginning of the job's place for the employer", () => {
    const text = 'Elektriker\nMo i Rana\nFast stilling';
    expect(
      boardEmployer(text, 'Elektriker', ['Elektriker i Mo i Rana - Jobbportal'], ['jobbportal'], true),
    ).toBeUndefined();
  });

  it("reads the box's website row after the employer's name, never the board's own", () => {
    const text =
      'Om arbetsgivaren\nBergslagens Järn AB\nBransch\tPartihandel\nWebbplats\tbjarn.se\nJobbportalen AB\nWebbplats\tjobbportalen.se';
    expect(writtenSiteOf(text, 'Bergslagens Järn AB', 'jobbportalen.se')).toBe('bjarn.se');
    expect(
      writtenSiteOf('Jobbportalen AB\nWebbplats\tjobbportalen.se', 'Jobbportalen AB', 'jobbportalen.se'),
    ).toBeUndefined();
  });

  it('reads seat rows in Swedish, Romanian, Turkish and Spanish, a table cell apart or after a colon', () => {
    expect(seatRow('Antal anställda\t180\nSäte\tVästerås\nWebbplats\tbjarn.se')?.city).toBe('Västerås');
    expect(seatRow('Sediu: Timișoara\nWebsite: muresana-profile.ro')?.city).toBe('Timișoara');
    expect(seatRow('Kuruluş Yılı\n1987\nMerkez\nDenizli\nWeb Sitesi')?.city).toBe('Denizli');
    expect(seatRow('Casa central: Neuquén, Neuquén\nWeb: www.valle.com.ar')?.city).toBe('Neuquén');
  });

  it("reads a company box's industry row in the boards' languages", () => {
    expect(statedIndustry('Sektör\nTekstil - Ev Tekstili\nÇalışan Sayısı\n1001-5000')).toBe('Tekstil - Ev Tekstili');
    expect(statedIndustry('Bransch\tPartihandel med järnhandelsvaror\nAntal anställda\t180')).toBe(
      'Partihandel med järnhandelsvaror',
    );
  });
});

describe('a LinkedIn company page of 2014 in any interface language', () => {
  it('reads the About rows by their classes, not their labels', () => {
    const html = `<html lang="pl"><head><title>Warmińskie Okna Sp. z o.o. | LinkedIn</title></head><body>
      <div class="top-bar"><h1 class="name"><span>Warmińskie Okna Sp. z o.o.</span></h1></div>
      <div class="basic-info-about"><ul>
      <li class="website"><h4>Witryna</h4><p><a href="http://www.warminskie-okna.pl">http://www.warminskie-okna.pl</a></p></li>
      <li class="industry"><h4>Branża</h4><p>Budownictwo</p></li>
      <li class="vcard hq"><h4>Siedziba główna</h4><p class="adr"><span class="locality">Olsztyn,</span>
      <abbr class="region">warmińsko-mazurskie</abbr> <span class="country-name">Polska</span></p></li>
      <li class="company-size"><h4>Wielkość firmy</h4><p>51-200 pracowników</p></li>
      <li class="founded"><h4>Rok założenia</h4><p>1994</p></li></ul></div></body></html>`;
    const company = signalsOf(html, 'https://pl.linkedin.com/company/warminskie-okna', NOW)?.company;
    expect(company?.employees?.value).toEqual({ min: 51, max: 200 });
    expect(company?.founded?.value).toBe(1994);
    expect(company?.industry?.value).toBe('Budownictwo');
    expect(company?.domain?.value).toBe('warminskie-okna.pl');
    expect(company?.hq?.value.city).toBe('Olsztyn');
  });

  it('reads the rows of a 2016 capture, whose labels are h3 headings', () => {
    const html = `<html lang="en"><head><title>Frontenac Sensorik | LinkedIn</title></head><body>
      <div class="top-bar"><h1 class="name"><span>Frontenac Sensorik</span></h1></div>
      <div class="basic-info-about"><h2>Details</h2><ul>
      <li class="industry"><h3>Industry</h3><p>Medical Devices</p></li>
      <li class="company-size"><h3>Company Size</h3><p>51-200 employees</p></li>
      <li class="founded"><h3>Founded</h3><p>2011</p></li></ul></div></body></html>`;
    const company = signalsOf(html, 'https://www.linkedin.com/company/frontenac-sensorik', NOW)?.company;
    expect(company?.industry?.value).toBe('Medical Devices');
    expect(company?.employees?.value).toEqual({ min: 51, max: 200 });
    expect(company?.founded?.value).toBe(2011);
  });
});

describe('key figures and timelines as small firms print them', () => {
  it('reads a tile whose figure and caption sit in adjacent inline elements, as an unstyled page runs them together', () => {
    const html = `<html lang="es"><head><title>Confecciones del Quindío</title></head><body><main>
      <h1>Dotación industrial</h1><section><h2>Nuestras cifras</h2>
      <div><strong>Desde 1996</strong><span>vistiendo a la industria</span></div>
      <div><strong>185</strong><span>colaboradores directos</span></div>
      <div><strong>1.200</strong><span>empresas clientes</span></div></section></main></body></html>`;
    const company = signalsOf(html, 'https://confeccionesquindio.com.co/', NOW)?.company;
    expect(company?.employees?.value).toEqual({ min: 185, max: 185 });
    expect(company?.founded?.value).toBe(1996);
  });

  it("takes the figure over its caption under a block's heading, not the next figure under the caption", () => {
    const text = 'Kerncijfers\n1991\nopgericht in Tielt\n96\nmedewerkers\n27\nexportlanden\nOns verhaal';
    expect(headcount(text)?.range).toEqual({ min: 96, max: 96 });
  });

  it("reads a timeline's founding entry, not its predecessor's or a branch's", () => {
    const text =
      '1985\nXí nghiệp Xay xát Hậu Giang được xây dựng\n2004\nThành lập Công ty Cổ phần Lương thực Hậu Giang\n2012\nMở chi nhánh tại TP. Hồ Chí Minh';
    expect(foundedYear(text, NOW)?.year).toBe(2004);
    expect(foundedYear('Über uns\n2015\nGründung der Niederlassung in Wien', NOW)).toBeUndefined();
    expect(headcount('Vốn điều lệ:\n90 tỷ đồng\nQuy mô nhân sự:\n240 người')?.range).toEqual({ min: 240, max: 240 });
  });

  it('reads a Colombian address after its block label, and a careers link in Vietnamese and Indonesian', () => {
    const hit = findAddresses('Oficina principal: Calle 50 # 45-20, Manizales, Caldas, Colombia')[0];
    expect(hit?.address).toMatchObject({ city: 'Manizales', country: 'CO' });
    const nav = (label: string, path: string) => `<html><head><title>Giới thiệu</title></head><body>
      <nav><a href="/">Trang chủ</a><a href="${path}">${label}</a></nav><main><h1>Giới thiệu</h1></main></body></html>`;
    expect(
      signalsOf(nav('Tuyển dụng', '/tuyen-dung/'), 'https://gaomekong.com.vn/gioi-thieu/', NOW)?.company?.hiring,
    ).toBeDefined();
    expect(signalsOf(nav('Karir', '/karir/'), 'https://karetdeli.co.id/tentang/', NOW)?.company?.hiring).toBeDefined();
  });
});

describe("a startup database's profile whose website is a bare link", () => {
  const profile = `<html><head><title>Kartvela | Fundmap</title>
    <meta property="og:site_name" content="Fundmap"></head><body>
    <nav><a href="/companies">Companies</a><a href="/investors">Investors</a><a href="/careers">Careers at Fundmap</a></nav>
    <main><h1>Kartvela</h1><p>Cold-chain monitoring for Caucasus food exporters</p>
    <p><a href="https://kartvela.ge">kartvela.ge</a> · <a href="https://www.linkedin.com/company/kartvela">LinkedIn</a></p>
    <div>Launch date: 2019</div><div>Employees: 11-50</div>
    <div>HQ location: Tbilisi, Georgia</div><div>Industry: Food logistics</div>
    <h2>Jobs</h2><a href="/jobs/418201-backend-engineer">Backend Engineer</a><a href="/jobs/418230-sales-lead">Sales Lead</a>
    <h2>Acquired by</h2><div><a href="/companies/nordkalt">Nordkalt Group</a><br>Hamburg, Germany · founded 1994 · 501-1,000 employees</div>
    </main><footer>© 2026 Fundmap B.V. · Keizersgracht 100, 1015 AA Amsterdam · Fundmap since 2015</footer></body></html>`;

  it('reads the listed company, its row-given founding before the acquirer card and its postings', () => {
    const company = signalsOf(profile, 'https://app.fundmap.io/companies/kartvela', NOW)?.company;
    expect(company?.name?.value).toBe('Kartvela');
    expect(company?.domain?.value).toBe('kartvela.ge');
    expect(company?.founded?.value).toBe(2019);
    expect(company?.hiring?.value.openRoles).toBe(2);
  });

  it("reads a profile table's seat row, its label in a cell of its own", () => {
    const hit = lineAddresses('Employees\t11-50\nHQ location\tTbilisi, Georgia\nIndustry\tFood logistics')[0];
    expect(hit?.address).toMatchObject({ city: 'Tbilisi', country: 'GE' });
  });
});

describe('export titles', () => {
  it('files export managers under sales, in several languages, but not export control', () => {
    for (const title of ['Directora de Exportación', 'Export Manager', 'Exportleiterin', 'İhracat Müdürü'])
      expect(classifyTitle(title).department, title).toBe('sales');
    expect(classifyTitle('Export Control Officer').department).not.toBe('sales');
  });
});

describe("a posting's headcounts that are a team's or an office's", () => {
  it("counts the company's trades, not an office's growth or the role's own team", () => {
    const posting =
      'Our head office is in Plovdiv, and the company now counts 64 engineers, designers and analysts.\nOur Burgas office opened in 2023 and has grown to 12 people.';
    expect(headcount(posting)?.range).toEqual({ min: 64, max: 64 });
    expect(headcount('Our Burgas office opened in 2023 and has grown to 12 people.')).toBeUndefined();
    const agency =
      "Je werkt in een team van 18 collega's in de avonddienst.\nMet 95 collega's op 11 vestigingen in Limburg.";
    expect(headcount(agency)?.range).toEqual({ min: 95, max: 95 });
  });

  it("keeps the head office's and the company's own team", () => {
    expect(headcount('Our head office in Leeds employs 120 people.')?.range).toEqual({ min: 120, max: 120 });
    expect(headcount('We are a team of 40 engineers in Ghent.')?.range).toEqual({ min: 40, max: 40 });
  });
});

describe('posting paths of Greek, Estonian and Vietnamese boards', () => {
  it.each([
    [
      'https://www.tooleht.ee/toopakkumised/laojuhataja-saare-puit-ou-1201',
      'Laojuhataja',
      'Saare Puit OÜ',
      'Tooleht.ee',
    ],
    ['https://www.douleiesgr.gr/aggelies/logistis-patra-5521', 'Λογιστής', 'Achaia Feeds S.A.', 'DouleiesGR'],
    [
      'https://vieclamnam.vn/viec-lam/ky-su-bao-tri-j5521.html',
      'Kỹ sư bảo trì',
      'Công ty TNHH Cơ khí Mekong',
      'ViecLamNam.vn',
    ],
  ])('reads the employer beside the title at %s', (url, title, employer, board) => {
    const html = `<html><head><title>${title} – ${employer} | ${board}</title>
      <meta property="og:site_name" content="${board}"></head><body><nav>${board}</nav>
      <main><h1>${title}</h1><div>${employer}</div><div>Täistööaeg</div><p>Lorem ipsum.</p></main>
      <footer>© 2026 ${board}</footer></body></html>`;
    expect(signalsOf(html, url, NOW)?.company?.name?.value).toBe(employer);
  });
});
