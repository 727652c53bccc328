import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../../lib/eval/run';
import { findAddress } from '../../../../lib/extract/text/address';
import { foundedYear } from '../../../../lib/extract/text/founded';
import { headcount } from '../../../../lib/extract/text/headcount';
import { withHqCountry } from '../../../../lib/extract/text/hq-country';
import { regionInText } from '../../../../lib/extract/text/region-in-text';
import type { CompanySignals } from '../../../../lib/signals/schema';

// Founding years, headcounts, careers links, seats and regions as pages in Serbian, Russian, Ukrainian, Korean,
// Hebrew, Arabic, Thai, Estonian, Albanian, German, Spanish, Finnish and Norwegian write them. Invented companies;
// public place names only.
const NOW = Date.UTC(2025, 0, 15);

describe('founding year in more scripts and phrasings', () => {
  it.each([
    // Serbian and Macedonian put the auxiliary between the participle and the year.
    ['Пекара Златни Клас д.о.о. основана је 2003. године у Чачку.', 2003],
    ['Фирмата Охридска Лада основана е во 2001 година.', 2001],
    // Russian and Ukrainian: on the market, or working, since a year.
    ['ООО «СеверКровля» работает на рынке кровельных материалов с 2008 года.', 2008],
    ['Ми працюємо на ринку пакування з 2011 року.', 2011],
    // Hebrew "since".
    ['מאז 1992 אנו מספקים שירותי הובלה ללקוחות בצפון.', 1992],
    // Korean: the company with its legal form as the founding's object.
    ['1978년 아버지가 작은 배로 시작했습니다. 2009년 (주)바다솔을 설립하여 공장을 세웠습니다.', 2009],
    ['2012년 ㈜한울식품 설립', 2012],
    // Estonian "opened its doors".
    ['Pärnu Rannakohvik avas uksed 2007. aastal vanas paviljonis.', 2007],
    // Albanian "founded in the year", after the company's legal form, and in the passive.
    ['Ndërtimi Veri sh.p.k. është një kompani me seli në Shkodër, e themeluar në vitin 2005 nga dy vëllezër.', 2005],
    ['Kompania u themelua në vitin 1998 në Durrës.', 1998],
    // German: a season or a day before the year; a later "seit" is another matter.
    ['Die Genossenschaft wurde im Frühjahr 2014 von 30 Landwirten gegründet. Seit 2019 liefern wir Strom.', 2014],
    ['Die Firma wurde am 1. April 1999 in Jena gegründet.', 1999],
    // Spanish: the company's own story began on a dated day; a sister weekly's "desde" is not it.
    [
      'Somos una emisora regional. Nuestra historia comenzó el 12 de mayo de 1981, cuando salimos al aire. La revista hermana se imprime desde 1996.',
      1981,
    ],
  ])('%s', (text, year) => expect(foundedYear(text, NOW)?.year).toBe(year));

  it.each([
    // A dealership, a certified partnership or a membership dated "since"; a manager's tenure.
    ['С 2019 года компания является официальным дилером завода.'],
    ['Работаем как сертифицированный партнёр производителя с 2015 года.'],
    ['חברים בלשכת המסחר מאז 2010.'],
    ['מנכ"ל החברה מאז 2016 הוא יוסי לוי.'],
    // An agreement, a move, an award: not the founding.
    ['2010년 (주)한빛과 업무협약 체결'],
    ['Kohvik kolis 2015. aastal uude majja.'],
    ['2018 – Çmimi „Ndërtuesi i Vitit“ nga Dhoma e Tregtisë'],
    ['Die Firma wurde im Herbst 2016 nach Erfurt verlegt.'],
  ])('%s stays out', (text) => expect(foundedYear(text, NOW)).toBeUndefined());
});

describe('headcount in more scripts', () => {
  it.each([
    ['Компанија има 45 стално запослених и сопствени возни парк.', { min: 45, max: 45 }],
    ['У фабрици данас ради 120 запослених.', { min: 120, max: 120 }],
    ['يعمل لدينا 85 موظفاً في ثلاثة فروع.', { min: 85, max: 85 }],
    ['لدينا 230 موظف في المصنع', { min: 230, max: 230 }],
    ['บริษัทมีพนักงาน 120 คน และโรงงานสองแห่ง', { min: 120, max: 120 }],
    ['พนักงานกว่า 500 คน', { min: 500 }],
    ['Meie 18-liikmeline meeskond ootab teid aastaringselt.', { min: 18, max: 18 }],
    ['Firma punëson 64 punonjës dhe teknikë.', { min: 64, max: 64 }],
  ])('%s', (text, range) => expect(headcount(text)?.range).toEqual(range));

  it.each([
    // Customers, cooperating farmers, seasonal hands, hectares, a board, lab tests: not staff.
    ['Kemi mbi 300 klientë në të gjithë vendin.'],
    ['Сарађујемо са 1.400 коопераната из околине.'],
    ['Ангажујемо до 300 сезонских радника у берби.'],
    ['Хозяйство обрабатывает 400 гектаров пашни.'],
    ['มีลูกค้ากว่า 300 ราย'],
    ['Ettevõtte 9-liikmeline nõukogu kogunes.'],
    ['أكثر من 500 عميل و1,200 فحص'],
  ])('%s stays out', (text) => expect(headcount(text)).toBeUndefined());
});

describe('a Korean rural seat', () => {
  it('reads a county and its province, where a city would stand', () => {
    expect(findAddress('주소 : 37412 경상북도 청송군 청송읍 중앙로 10')).toMatchObject({
      city: '청송군',
      region: '경상북도',
      country: 'KR',
    });
  });

  it('reads no county without a town or township after it', () => {
    expect(findAddress('경상북도 청송군 주왕산 국립공원 안내')?.city).toBeUndefined();
  });
});

describe('the city word of a Cyrillic address', () => {
  const fact = <T>(value: T) => ({
    value,
    source: 'jsonld',
    layer: 'structured' as const,
    url: 'https://www.example.kz/',
    confidence: 0.8,
    observedAt: 0,
  });

  it('drops "г." and "м." before the name', () => {
    const kz: CompanySignals = { hq: fact({ city: 'г. Актобе', country: 'KZ' }) };
    withHqCountry(kz, '');
    expect(kz.hq?.value.city).toBe('Актобе');
    const ua: CompanySignals = { hq: fact({ city: 'м.Вінниця', country: 'UA' }) };
    withHqCountry(ua, '');
    expect(ua.hq?.value.city).toBe('Вінниця');
  });

  it('keeps a name that only starts with those letters', () => {
    const kz: CompanySignals = { hq: fact({ city: 'Гурьев', country: 'KZ' }) };
    withHqCountry(kz, '');
    expect(kz.hq?.value.city).toBe('Гурьев');
  });
});

describe('a region the page states', () => {
  it.each([
    ['Vi er et lite bakeri i Trøndelag, med to utsalg i byen.', 'NO', 'Trøndelag'],
    ['We are a fishing lodge by the lake in Finnish Lapland.', 'FI', 'Lapland'],
    ['Studio Veri sh.p.k. · NIPT L00000000A · Qarku i Beratit, Shqipëri', 'AL', 'Qarku i Beratit'],
  ])('%s', (text, country, region) => expect(regionInText(text, country)).toBe(region));

  it.each([
    // Not the company's own sentence; two regions; a city, not a region; another country's region.
    ['Vi leverer til kunder i Rogaland.', 'NO'],
    ['We are a studio working in Lapland and in Uusimaa.', 'FI'],
    ['Vi er et regnskapsbyrå i Bergen.', 'NO'],
    ['We are a design office in Bavaria.', 'FI'],
  ])('%s names none', (text, country) => expect(regionInText(text, country)).toBeUndefined());
});

describe('careers links and own pages in more languages', () => {
  const page = async (url: string, body: string) =>
    (await extractFile(`<html><body>${body}</body></html>`, url, NOW))?.company;

  it.each([
    [
      'https://www.primerstroi.kz/',
      '<nav><ul><li><a href="/">Главная</a></li><li><a href="/company/jobs-list/">Вакансии</a></li></ul></nav>',
    ],
    [
      'https://www.rannakohvik.ee/',
      '<nav><ul><li><a href="/">Avaleht</a></li><li><a href="/liitu/">Tööpakkumised</a></li></ul></nav>',
    ],
    [
      'https://www.veri.al/',
      '<nav><ul><li><a href="/">Kryefaqja</a></li><li><a href="/ekipi-ri">Punësim</a></li></ul></nav>',
    ],
    [
      'https://www.badasol.co.kr/',
      '<h2>공지사항</h2><ul><li><a href="/article/notice/1/77/">[채용] 물류센터 사무직 모집</a></li></ul>',
    ],
  ])('%s links its careers page', async (url, body) => {
    expect((await page(url, body))?.hiring?.value.careersUrl).toBeDefined();
  });

  it('reads no opening from a closed notice', async () => {
    const company = await page(
      'https://www.badasol.co.kr/',
      '<h2>공지사항</h2><ul><li><a href="/article/notice/1/70/">[채용마감] 물류센터 사무직 모집</a></li></ul>',
    );
    expect(company?.hiring).toBeUndefined();
  });

  it("reads an Albanian about page's founding and staff whatever type its CMS gives it", async () => {
    const company = await page(
      'https://www.veri.al/rreth-nesh',
      `<div itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Rreth nesh</h1>
      <p>Ndërtimi Veri sh.p.k. është një kompani ndërtimi me seli në Shkodër, e themeluar në vitin 2005.</p>
      <p>Sot kompania punëson 64 punonjës.</p></div>`,
    );
    expect(company?.founded?.value).toBe(2005);
    expect(company?.employees?.value).toEqual({ min: 64, max: 64 });
  });
});
