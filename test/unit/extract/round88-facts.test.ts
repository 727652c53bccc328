import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../lib/eval/run';
import { foundedYear } from '../../../lib/extract/text/founded';
import { fundingStage } from '../../../lib/extract/text/funding';
import { headcount } from '../../../lib/extract/text/headcount';

// Invented companies and snippets only: the held-out pages are the measurement, never copied here.
const NOW = Date.UTC(2026, 0, 1);
const year = (text: string) => foundedYear(text, NOW)?.year;
const staff = (text: string, brands: string[] = []) => headcount(text, brands)?.range;
const point = (n: number) => ({ min: n, max: n });

describe('founding years told with the founders or the place between', () => {
  it('reads a German year with its founders before the participle, over a later office', () => {
    const text =
      'Unser Sitz ist in Bremen, seit 2022 haben wir ein Vertriebsbüro in Hamburg.\n' +
      '2011 von drei Ingenieurinnen gegründet, sind wir heute ein Team von 40.';
    expect(year(text)).toBe(2011);
  });

  it('reads a Dutch year with its founders before the participle', () => {
    expect(year('In 2009 door twee broers opgericht, groeide Veldwerk uit tot een landelijke speler.')).toBe(2009);
  });

  it('does not read an owning group founded in a year between', () => {
    expect(year('2004 von der 1952 gegründeten Holding übernommen.')).toBeUndefined();
  });

  it('does not read "since" an office as the founding', () => {
    expect(year('Seit 2023 haben wir ein Vertriebsbüro in Wien.')).toBeUndefined();
    expect(year('Since 2019 we have a sales office in York.')).toBeUndefined();
  });

  it('still reads a lasting "since" of the company', () => {
    expect(year('Seit 1998 beraten wir Familienunternehmen in ganz Franken.')).toBe(1998);
  });

  it('reads an Estonian and a Finnish year with the place in its locative before the participle', () => {
    const text =
      'Kivisild OÜ on 1997. aastal Tartus asutatud pereettevõte. Asutaja töötas varem Tartu Ehituses aastatel 1965–1991.';
    expect(year(text)).toBe(1997);
    expect(year('Koivuranta Oy on vuonna 1983 Kajaanissa perustettu perheyritys.')).toBe(1983);
  });

  it('does not read a lower-case clause between the year and the participle as a place', () => {
    expect(year('Hoone ehitati 1961. aastal ning uus ettevõte asutati hiljem.')).toBeUndefined();
  });
});

describe('headcount told as people working at the company, in the north', () => {
  it('reads Icelandic staff at the company, not at a plant', () => {
    expect(staff('Hjá fyrirtækinu starfa um 140 manns. Í vinnslunni á Dalvík starfa nú 30.')).toEqual(point(140));
    expect(staff('Hjá okkur starfa 38 starfsmenn.')).toEqual(point(38));
    expect(staff('Starfsmenn félagsins eru nú 52.')).toEqual(point(52));
    expect(staff('Í vinnslunni starfa 30 manns.')).toBeUndefined();
  });

  it('reads Swedish, Norwegian and Danish staff at us or at the company', () => {
    expect(staff('Hos oss arbetar idag 45 personer.')).toEqual(point(45));
    expect(staff('I dag jobbar 61 medarbetare på företaget.')).toEqual(point(61));
    expect(staff('I bedriften arbeider 27 ansatte.')).toEqual(point(27));
    expect(staff('Hos os arbejder over 90 medarbejdere.')).toEqual({ min: 90 });
  });

  it('reads Finnish staff working in the company today', () => {
    expect(staff('Yrityksessä työskentelee tänään 36 henkilöä.')).toEqual(point(36));
  });

  it('reads Estonian staff in the company or its team, not a part team', () => {
    expect(staff('Praegu on meie meeskonnas 19 inimest.')).toEqual(point(19));
    expect(staff('Ettevõttes töötab üle 70 inimese ja 12 praktikanti. Firmas töötab 48 inimest.')).toEqual(point(48));
    expect(staff('Arendustiimis on 14 inimest.')).toBeUndefined();
  });

  it('reads Latvian and Lithuanian staff in the team or the company', () => {
    expect(staff('Mūsu komandā strādā 45 cilvēki.')).toEqual(point(45));
    expect(staff('Šiandien įmonėje dirba 83 žmonės, iš jų 20 inžinierių.')).toEqual(point(83));
    expect(staff('Mūsų komandoje dirba daugiau nei 40 darbuotojų.')).toEqual({ min: 40 });
  });

  it('does not read customers, machines or tonnes', () => {
    expect(staff('Meie tarkvara kasutab üle 140 sadama.')).toBeUndefined();
    expect(staff('Árlega eru unnin um 12.000 tonn af fiski.')).toBeUndefined();
    expect(staff('Įmonėje dirba 12 ekskavatorių.')).toBeUndefined();
  });

  it('reads members of staff in British and Welsh English', () => {
    expect(staff('We have 34 members of staff across two sites.')).toEqual(point(34));
    expect(staff('Heddiw mae 17 aelod o staff yn y cwmni.')).toEqual(point(17));
  });
});

describe("headcount told with the company's own name", () => {
  it('reads the people called after the brand', () => {
    expect(staff('Do the best work of your career with 240 Brindlers', ['brindlework'])).toEqual(point(240));
    expect(staff("We're 85 Tessellites and growing", ['tessell'])).toEqual(point(85));
  });

  it('reads people working at the brand by name', () => {
    expect(staff('Today about 75 people work at Korvane in Leeds and Lyon.', ['korvane'])).toEqual(point(75));
  });

  it('does not read a plural that is no brand, or a place', () => {
    expect(staff('Join 10,000 Marketers who read our weekly letter', ['marketwise'])).toBeUndefined();
    expect(staff('Join 900 Londoners at our summer fair', ['korvane'])).toBeUndefined();
    expect(staff('5,000 people work at Heathrow every day', ['korvane'])).toBeUndefined();
    expect(staff('Do the best work of your career with 240 Brindlers')).toBeUndefined();
  });
});

describe('self-funded in the Nordic and Baltic languages', () => {
  it('reads explicit self-funding statements', () => {
    expect(fundingStage('Oleme omafinantseeritud ettevõte ja teeme otsused ise.')).toBe('bootstrapped');
    expect(fundingStage('Meil pole riskikapitali.')).toBe('bootstrapped');
    expect(fundingStage('Olemme omarahoitteinen ja kannattava yritys.')).toBe('bootstrapped');
    expect(fundingStage('Vi är självfinansierade sedan starten.')).toBe('bootstrapped');
    expect(fundingStage('Vi har vokst uten eksterne investorer.')).toBe('bootstrapped');
  });

  it("does not read a project's own share of its funding", () => {
    expect(fundingStage('Projekti omafinantseering on 25% ja toetus 75%.')).toBeUndefined();
  });
});

describe('careers links in Icelandic and Welsh', { timeout: 30_000 }, () => {
  const page = (links: string) =>
    `<!doctype html><html><head><title>Um okkur</title></head><body><nav>${links}</nav><main><p>Texti.</p></main></body></html>`;
  const careers = async (html: string, url: string) =>
    (await extractFile(html, url, NOW))?.company?.hiring?.value.careersUrl;

  it('finds an Icelandic jobs link', async () => {
    expect(await careers(page('<a href="/atvinna-i-bodi">Störf hjá okkur</a>'), 'https://www.dalfisk.is/')).toBe(
      'https://www.dalfisk.is/atvinna-i-bodi',
    );
    expect(await careers(page('<a href="/storf">Vinna</a>'), 'https://www.dalfisk.is/')).toBe(
      'https://www.dalfisk.is/storf',
    );
  });

  it('finds a Welsh jobs link', async () => {
    expect(await careers(page('<a href="/swyddi/">Swyddi / Jobs</a>'), 'https://www.cwmni-enghraifft.cymru/')).toBe(
      'https://www.cwmni-enghraifft.cymru/swyddi/',
    );
  });
});
