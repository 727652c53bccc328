import { describe, expect, it } from 'vitest';
import { classifyTitle } from '../../../lib/extract/classify/title';
import { listedCompany } from '../../../lib/extract/listing';
import { parseLocation } from '../../../lib/extract/sites/location';
import { findAddresses } from '../../../lib/extract/text/address';
import { boardEmployer } from '../../../lib/extract/text/board-employer';
import { foundedYear } from '../../../lib/extract/text/founded';
import { headcount } from '../../../lib/extract/text/headcount';
import { readImprint, seatPhrase } from '../../../lib/extract/text/imprint';
import { lineAddresses } from '../../../lib/extract/text/line-address';

// Issue 14, the round on the blind trap set of 6 December, night: legal notices of small states, credit blocks, asides
// about a parent group, a sentence taken for a street. Invented firms and addresses.

describe('addresses of city-states and nations', () => {
  it("reads Monaco's seat as the city and the country, though its postcode looks French", () => {
    const hit = findAddresses('Siège social : 4 rue des Orangers, 98000 Monaco (quartier de la Condamine)');
    expect(hit[0]?.address).toMatchObject({ city: 'Monaco', postalCode: '98000', country: 'MC' });
  });

  it("reads Luxembourg's capital under its L- prefix", () => {
    const hit = findAddresses('7, boulevard Royal\nL-2449 Luxembourg');
    expect(hit[0]?.address).toMatchObject({ city: 'Luxembourg', postalCode: '2449', country: 'LU' });
  });

  it('takes the town before "Northern Ireland" and its postcode, not the nation\'s first word', () => {
    const hit = findAddresses('Unit 3, Quayside Park, Coleraine, Northern Ireland, BT52 1AB');
    expect(hit[0]?.address).toMatchObject({
      city: 'Coleraine',
      region: 'Northern Ireland',
      postalCode: 'BT52 1AB',
      country: 'GB',
    });
  });

  it('finds the country past a province code and a region ("39100 Bozen (BZ) · Südtirol · Italien")', () => {
    const hit = findAddresses('Talfergasse 4 · 39100 Bozen (BZ) · Südtirol · Italien');
    expect(hit[0]?.address).toMatchObject({ city: 'Bozen', country: 'IT', region: 'Südtirol' });
  });
});

describe('the legal notice of a company among its host, its agency and its branch', () => {
  const notice = [
    'Impressum',
    'Angaben gemäß Art. 5 des Gesetzes über den elektronischen Geschäftsverkehr',
    'Moselkraft Haustechnik S.à r.l.',
    '22, route de Thionville',
    'L-5940 Hesperange',
    'Niederlassung Deutschland: Moselkraft Haustechnik, Zweigniederlassung Konz, Wiltinger Straße 4, 54329 Konz',
    'Hosting',
    'Servercloud GmbH, Mainzer Landstraße 12, 60329 Frankfurt am Main, Deutschland.',
    'Konzept, Design & Umsetzung',
    'Pixelhafen Medien GmbH, Bahnhofstraße 9, 66111 Saarbrücken',
    '© 2026 Moselkraft Haustechnik S.à r.l.',
  ].join('\n');

  it("takes the company's own seat under its S.à r.l. name, not the agency's closing address", () => {
    const facts = readImprint(notice, 'de', true, { tldCountry: 'LU' });
    expect(facts.hq).toMatchObject({ city: 'Hesperange', country: 'LU' });
    expect(facts.legalName).toBe('Moselkraft Haustechnik S.à r.l.');
  });
});

describe('a seat named as where the company was founded and still is', () => {
  it('reads "Founded in Odense in 2014 and still headquartered there"', () => {
    expect(
      seatPhrase('Founded in Odense in 2014 and still headquartered there, we are 90 people in four offices.'),
    ).toMatchObject({ city: 'Odense' });
  });

  it('reads "started in Leeds, where we are still based"', () => {
    expect(seatPhrase('We started in Leeds, where we are still based, and opened Manchester in 2020.')).toMatchObject({
      city: 'Leeds',
    });
  });
});

describe("a headcount in an aside about another company is that company's", () => {
  it('skips the parent group\'s staff in the bracket after "filiale de"', () => {
    const text =
      'Cap Ferrat Marine S.A.M. est une filiale de Gruppo Nautico S.p.A., Via Roma 3, 16121 Genova, Italie (fondé en 1955, 2 100 collaborateurs).\nDepuis 2001, 28 collaborateurs à Monaco.';
    expect(headcount(text)?.range).toEqual({ min: 28, max: 28 });
  });

  it("skips a board member's group in the bracket after its name", () => {
    const text =
      'Chairman: Group CEO of Kalahari Freight Group (founded 1979, 5,400 employees in six countries).\nOur 310 employees run 120 trucks.';
    expect(headcount(text)?.range).toEqual({ min: 310, max: 310 });
  });

  it("skips a board member's former employer in the bracket after its name", () => {
    const text =
      'Dara Keane, Chairman. Former CEO of Atlantic Sensors (Sligo, 900 employees).\nOur 260 employees build every system by hand.';
    expect(headcount(text)?.range).toEqual({ min: 260, max: 260 });
  });

  it("keeps the company's own count in a bracket after its own name", () => {
    expect(headcount('Lindqvist Verktyg (founded 1988, 140 employees) makes press tools.')?.range).toEqual({
      min: 140,
      max: 140,
    });
  });
});

describe('a sentence is no street line', () => {
  it('takes no city from "... supplier is X of Miami, Florida." after a sentence with a number', () => {
    const text =
      'We hold ISO 45001 certification since 2020 and our main cable supplier is Gulfline Distributors of Miami, Florida.';
    expect(lineAddresses(text)).toEqual([]);
  });

  it('still reads a short street line before the city and country', () => {
    const hits = lineAddresses('Head Office: 9 Southern Main Road, Couva, Trinidad and Tobago');
    expect(hits[0]?.address).toMatchObject({ city: 'Couva', country: 'TT' });
  });
});

describe("an award's size class is no headcount", () => {
  it('skips "Employer of the Year (100–249 employees)" and "(under 50 staff)"', () => {
    expect(headcount('Named Employer of the Year (100–249 employees) by the Valley Alliance.')).toBeUndefined();
    expect(headcount('Tech Awards 2024 — Scale-up of the Year (under 50 staff)')).toBeUndefined();
  });

  it('skips a size class written with a comma or in Spanish ("(SME, up to 50 employees)", "(11 a 50 trabajadores)")', () => {
    expect(headcount('Label Printer of the Year (SME, up to 50 employees), shortlisted.')).toBeUndefined();
    expect(headcount('Agency of the Year (mid-size, 50–100 staff)')).toBeUndefined();
    expect(headcount('Distintivo 2023, categoría pequeña empresa (11 a 50 trabajadores)')).toBeUndefined();
  });

  it("takes no peak season's hands for the headcount", () => {
    expect(headcount('Our 480 team members at peak crawfish season')).toBeUndefined();
    expect(headcount('140 employees year-round, and we are hiring.')?.range).toEqual({ min: 140, max: 140 });
    const figures = 'Our story in numbers\n220year-round employees\n480team members at peak crawfish season';
    expect(headcount(figures.replace(/(?<=\d{2})(?=\p{L}{3})/gu, ' '))?.range).toEqual({ min: 220, max: 220 });
  });

  it('skips "in the 250-999 employees category" and keeps the count beside it', () => {
    const text =
      'Finalist in the 250-999 employees category of the Regional Business Awards.\nToday 312 employees work here.';
    expect(headcount(text)?.range).toEqual({ min: 312, max: 312 });
  });
});

describe('a timeline that tells the founding in the present tense', () => {
  const NOW = Date.UTC(2026, 11, 1);

  it('reads "1958" over "Ruth and Karl Olsen found Fjordline Foods ..." as the founding', () => {
    const text =
      'Our story\n1958\nRuth and Karl Olsen found Fjordline Foods as a smokehouse in Bergen.\n1971\nThe first export.';
    expect(foundedYear(text, NOW)?.year).toBe(1958);
  });

  it("takes no branch's founding told so", () => {
    const text = 'Milestones\n2004\nWe found our branch office in Lyon to serve France.';
    expect(foundedYear(text, NOW)).toBeUndefined();
  });
});

describe("a directory's profile whose rows run label into value", () => {
  const url = 'https://www.rivalscope.example/company/harbor-kiln';
  const hrefs = ['/', '/pricing', 'https://www.harborkilnworks.com'];
  const rows =
    'Harbor Kiln Works\nHQPortland, Oregon, United States\nFounded2011\nEmployees85\nIndustryCeramics Manufacturing\nWebsiteharborkilnworks.com';

  it('reads "Founded2011", "HQPortland" and "IndustryCeramics" as labelled rows: the page lists Harbor Kiln Works', () => {
    expect(listedCompany('Harbor Kiln Works', url, ['RivalScope'], hrefs, rows)).toEqual({
      name: 'Harbor Kiln Works',
      domain: 'harborkilnworks.com',
      legal: false,
    });
  });

  it('takes no sentence for a glued row', () => {
    const prose = 'Harbor Kiln Works\nWe make kilns.\nOur team is small.\nVisit harborkilnworks.com';
    expect(listedCompany('Harbor Kiln Works', url, ['RivalScope'], hrefs, prose)).toBeUndefined();
  });
});

describe('Romanian chiefs, Korean and Arabic titles, Chinese districts', () => {
  it('reads "연구소장" and "研究所長" as the head of research, "カスタマーサクセスマネージャー" as customer success', () => {
    expect(classifyTitle('기업부설연구소장')).toEqual({ seniority: 'head', department: 'research' });
    expect(classifyTitle('研究所長')).toEqual({ seniority: 'head', department: 'research' });
    expect(classifyTitle('カスタマーサクセスマネージャー')).toEqual({
      seniority: 'manager',
      department: 'customer-success',
    });
  });

  it('reads "مدير المشتريات" as a procurement manager and "الرئيس التنفيذي" as the chief executive', () => {
    expect(classifyTitle('مدير المشتريات')).toEqual({ seniority: 'manager', department: 'operations' });
    expect(classifyTitle('الرئيس التنفيذي')).toEqual({ seniority: 'c-level', department: 'executive' });
  });

  it('reads "Contabil-șef" as the head of finance and "Șef de tură" as a team\'s manager', () => {
    expect(classifyTitle('Contabil-șef')).toMatchObject({ seniority: 'head', department: 'finance' });
    expect(classifyTitle('Șef de tură producție')?.seniority).toBe('manager');
  });

  it('takes the city after a district written first ("苓雅區, 高雄市"), not the district', () => {
    expect(parseLocation('苓雅區, 高雄市')).toEqual({ city: '高雄市' });
    expect(parseLocation('수영구, 부산시')).toEqual({ city: '부산시' });
  });
});

describe("a board's employer named by a row label or an about heading", () => {
  it('reads "Entreprise Atlas Faisceaux SARL" under the title as Atlas Faisceaux SARL, said again in the title', () => {
    const text = 'Technicien Qualité (H/F)\nEntreprise Atlas Faisceaux SARL\nLieu Kénitra\nContrat CDI';
    const hints = ['Technicien Qualité (H/F) - Atlas Faisceaux SARL - Kénitra | Emploi Atlas'];
    expect(boardEmployer(text, 'Technicien Qualité (H/F)', hints, ['emploiatlas'])).toBe('Atlas Faisceaux SARL');
  });

  it('keeps a name that opens with such a word when it is said whole', () => {
    const text = 'Ingeniero de planta\nEmpresa Nacional de Aguas S.A.\nLugar: Quito';
    const hints = ['Ingeniero de planta - Empresa Nacional de Aguas S.A. | Empleos Andes'];
    expect(boardEmployer(text, 'Ingeniero de planta', hints, ['empleosandes'])).toBe('Empresa Nacional de Aguas S.A.');
  });

  it('reads the employer from "Over <name>" when the page title names it after "bij"', () => {
    const text =
      'Servicemonteur\nStandplaats: Sneek\nUren: 40\nWat ga je doen?\nOnderhoud.\nOver Hoekstra Koeltechniek\nHoekstra Koeltechniek werd in 1988 opgericht.';
    const hints = ['Vacature Servicemonteur in Sneek bij Hoekstra Koeltechniek | Banen Friesland'];
    expect(boardEmployer(text, 'Servicemonteur', hints, ['banenfriesland'])).toBe('Hoekstra Koeltechniek');
  });

  it('takes no about heading the title does not name', () => {
    const text = 'Servicemonteur\nStandplaats: Sneek\nOver ons\nOver Banen Friesland\nWij zijn de vacaturesite.';
    const hints = ['Vacature Servicemonteur in Sneek | Banen Friesland'];
    expect(boardEmployer(text, 'Servicemonteur', hints, ['banenfriesland'])).toBeUndefined();
  });
});
