import { describe, expect, it } from 'vitest';
import { parseLocation } from '../../../lib/extract/sites/location';
import { findAddress } from '../../../lib/extract/text/address';
import { foundedYear } from '../../../lib/extract/text/founded';
import { fundingStage } from '../../../lib/extract/text/funding';
import { headcount } from '../../../lib/extract/text/headcount';
import { nameFromTitle } from '../../../lib/extract/title';
import { signalsOf } from './read-page';

// Issue 14, a twenty-seventh set written blind (company sites, LinkedIn pages, news and postings from Japan, Korea,
// China, Taiwan and the Pacific): structures their pages had that no rule read. Invented companies and places.
const NOW = Date.UTC(2026, 0, 15);
const page = (html: string, url: string) => signalsOf(html, url, NOW);

describe('headcounts in Chinese, Japanese and Korean', () => {
  it.each([
    ['公司现有员工412人，其中技术人员60人。', 412],
    ['截至2023年底，公司员工总数2,150人。', 2150],
    ['2008成立年份\n415人员工人数\n30+出口国家和地区', 415],
    ['名称\t税理士法人みどり会計\n職員数\t22名（うち税理士4名）', 22],
    ['현재 86명의 임직원이 본사와 공장에서 함께 일하고 있습니다.', 86],
  ])('reads %j', (text, count) => {
    expect(headcount(text)?.range).toEqual({ min: count, max: count });
  });

  it.each([['集团员工3000人，遍布全国。'], ['全年培训员工1200人次。']])(
    "never a group's staff or a count of attendances: %j",
    (text) => {
      expect(headcount(text)).toBeUndefined();
    },
  );
});

describe('addresses in these countries', () => {
  it('takes the city before a province and its postcode', () => {
    const hit = findAddress('12, Sandan-ro, Hwaseong-si, Gyeonggi-do 18622, Republic of Korea', { lang: 'en' });
    expect(hit).toMatchObject({ city: 'Hwaseong-si', region: 'Gyeonggi-do', postalCode: '18622', country: 'KR' });
  });

  it("knows China's provinces by their pinyin names", () => {
    const hit = findAddress('88 Binhai Road, Wenzhou, Zhejiang 325000, China', { lang: 'en' });
    expect(hit).toMatchObject({ city: 'Wenzhou', region: 'Zhejiang', country: 'CN' });
  });

  it.each([
    ['地址：广东省佛山市顺德区北滘镇工业大道8号', { city: '佛山市', region: '广东省', country: 'CN' }],
    ['地址：上海市浦东新区张江路100号', { city: '上海市', country: 'CN' }],
  ])('reads a Chinese address: %s', (text, expected) => {
    expect(findAddress(text, { lang: 'zh' })).toEqual(expected);
  });

  it('splits a location at the ideographic comma', () => {
    expect(parseLocation('浜松市、静岡県')).toMatchObject({ city: '浜松市', region: '静岡県' });
  });
});

describe("a registered name in a page's title", () => {
  it.each([
    ['公司简介_温州明川阀门有限公司', '温州明川阀门有限公司'],
    ['关于我们 | 佛山顺航电器股份有限公司', '佛山顺航电器股份有限公司'],
    ['事務所概要 - 税理士法人みどり会計｜静岡県浜松市の税理士事務所', '税理士法人みどり会計'],
  ])('%s names %s', (title, name) => {
    expect(nameFromTitle(title, 'mingchuan', undefined)).toBe(name);
  });

  it.each([
    ['Impressum - Druckhaus Pichlmayr GmbH', 'pichlmayrdruck', 'Druckhaus Pichlmayr GmbH'],
    ['Über uns - Brandt & Voss Zerspanungstechnik GmbH', 'bvzerspanung', 'Brandt & Voss Zerspanungstechnik GmbH'],
    ['Le cabinet - SCP Morel-Daudet & Associés - Avocats', 'moreldaudetavocats', 'SCP Morel-Daudet & Associés'],
  ])('%s at %s names the registered name whose word the domain took', (title, label, name) => {
    expect(nameFromTitle(title, label, undefined)).toBe(name);
  });

  it('never a registered name that shares no word with the domain', () => {
    expect(nameFromTitle('Partner - Siemens AG', 'pichlmayrdruck', undefined)).toBeUndefined();
  });

  it('never a segment without a legal form', () => {
    expect(nameFromTitle('关于我们 | 新闻中心', 'mingchuan', undefined)).toBeUndefined();
  });
});

describe('listings and founding years as these pages state them', () => {
  it.each([
    '2020年，公司在深圳证券交易所创业板上市。',
    '股票代號：3521（上櫃）',
    '2019년 코스닥 시장에 상장했습니다.',
    '2018年に東証スタンダード市場に上場しました。',
  ])('reads a listing: %s', (text) => {
    expect(fundingStage(text)).toBe('ipo/public');
  });

  it("never a product's launch", () => {
    expect(fundingStage('首款球囊导管于2016年获批上市。')).toBeUndefined();
  });

  it.each([
    ['明川阀门股份有限公司創立於1992年，專業生產工業閥門。', 1992],
    ['名称\t税理士法人みどり会計\n開業\t2006年4月\n法人設立\t2014年10月', 2006],
    ['創立日期\n1992年6月12日', 1992],
  ])('reads %j', (text, year) => {
    expect(foundedYear(text, NOW)?.year).toBe(year);
  });

  it("never a branch's opening", () => {
    expect(foundedYear('深圳分公司成立於2012年。', NOW)).toBeUndefined();
  });

  it("dates a Korean news site by its masthead's first issue", () => {
    const html = `<html><head><title>공장 증설 | 호남경제일보</title><meta property="og:type" content="article">
      <meta property="og:site_name" content="호남경제일보"></head><body><main><article><h1>공장 증설</h1>
      <p>㈜한빛소재는 1998년 설립된 소재 기업으로, 광주 공장을 증설한다고 밝혔다.</p></article></main>
      <footer><p>법인명 : (주)호남경제미디어 | 제호 : 호남경제일보 | 등록번호 : 광주 아00211 | 창간일 : 2011-03-02</p></footer>
      </body></html>`;
    expect(page(html, 'https://www.honameconomy.kr/news/articleView.html?idxno=5501')?.company?.founded?.value).toBe(
      2011,
    );
  });
});

describe("builders and a career site's ATS from their hosts", () => {
  it.each([
    ['https://studio.design/_nuxt/entry.1a2b3c.js', 'STUDIO'],
    ['https://vendor-cdn.imweb.me/js/site_common.js', 'Imweb'],
    ['https://img.echosting.cafe24.com/js/cafe24_common.js', 'Cafe24'],
    ['https://static.greetinghr.com/career/_next/static/chunks/main.js', 'greeting'],
  ])('%s is %s', (src, name) => {
    const html = `<html><head><title>회사소개</title><script src="${src}"></script></head><body><p>회사소개</p></body></html>`;
    const names = page(html, 'https://www.hanbit-sojae.co.kr/about')?.company?.technologies?.value.map((t) => t.name);
    expect(names).toContain(name);
  });
});

describe('LinkedIn layouts of these pages', () => {
  it("reads the current role under a company's group of roles", () => {
    const html = `<html><head><title>陳冠廷 - Lumaroute 路瑪科技 | LinkedIn</title></head><body><main>
      <section class="top-card-layout"><h1>陳冠廷</h1><h2>Staff Engineer @ Lumaroute</h2></section>
      <section class="core-section-container experience"><h2>經歷</h2><ul class="experience__list">
      <li class="experience-group"><a href="https://tw.linkedin.com/company/lumaroute"><h3 class="experience-group-header__company">Lumaroute 路瑪科技</h3></a>
      <ul class="experience-group__positions"><li class="experience-group-position"><h3>Staff Engineer</h3>
      <span class="date-range"><time>2023 年 1 月</time> - 至今</span></li>
      <li class="experience-group-position"><h3>Software Engineer</h3><span class="date-range"><time>2020 年 3 月</time> - <time>2022 年 12 月</time></span></li></ul></li>
      </ul></section></main></body></html>`;
    const person = page(html, 'https://tw.linkedin.com/in/kuanting-chen')?.person;
    expect(person?.title?.value).toBe('Staff Engineer');
    expect(person?.employer?.value).toBe('Lumaroute 路瑪科技');
  });

  it('counts a jobs section that lists roles without links', () => {
    const html = (jobs: string) => `<html><head><title>株式会社浜名精機 | LinkedIn</title></head><body><main>
      <section class="top-card-layout"><h1>株式会社浜名精機</h1></section>${jobs}</main></body></html>`;
    const url = 'https://jp.linkedin.com/company/hamana-seiki';
    const listed =
      '<section class="jobs"><h2>株式会社浜名精機の求人</h2><ul><li><h3>機械設計エンジニア</h3><p>浜松市、静岡県</p></li></ul></section>';
    expect(page(html(listed), url)?.company?.hiring?.value).toBeTruthy();
    expect(
      page(html('<section class="jobs"><h2>求人</h2><p>現在、求人はありません。</p></section>'), url)?.company?.hiring,
    ).toBeUndefined();
  });
});
