import { describe, expect, it } from 'vitest';
import { pageIndustry, pageScores } from '../../../../lib/extract/classify/page';
import { foundedYear } from '../../../../lib/extract/text/founded';
import { fundingStage } from '../../../../lib/extract/text/funding';
import { headcount } from '../../../../lib/extract/text/headcount';
import { sampleOf, signalsOf } from '../read-page';

// Company facts as East and Southeast Asian sites state them: staff counts in Chinese, Japanese, Korean, Vietnamese
// and Indonesian, Republic-of-China and Japanese era years, Indonesian rounds and Vietnamese listings, careers links
// in those languages; and the words that made a test house a publisher and a listed processor a bank. Invented
// companies, people and figures.
const NOW = Date.UTC(2026, 0, 15);

describe('staff counts in East and Southeast Asian languages', () => {
  it.each([
    ['今天的禾丰，拥有620 余名员工、48 项专利。', { min: 620 }],
    ['社員52 名のうち約半数がエンジニアです。', { min: 52, max: 52 }],
    ['기업정보\n업종\n전자부품 제조업\n사원수\n215명\n설립일\n2001년', { min: 215, max: 215 }],
    ['Công ty hiện có 1.240 lao động, chuyên sản xuất bao bì.', { min: 1240, max: 1240 }],
    ['Đến nay Lam Phong đã có hơn 300 nhân sự tại hai văn phòng.', { min: 300 }],
    ['Kini ada 180 orang di tim Arunika yang tersebar di tiga kota.', { min: 180, max: 180 }],
    ['PT Sinar Rempah memiliki lebih dari 250 karyawan tetap.', { min: 250 }],
    ['Established 2004 · 64 people · ISO 9001 certified', { min: 64, max: 64 }],
    ['95 people across our three Galway sites', { min: 95, max: 95 }],
  ])('%s', (text, range) => {
    expect(headcount(text)?.range).toEqual(range);
  });

  it.each([
    // Customers served, a consolidated group, a job's openings, a plant's or a department's people, users.
    '每年服务200多名客户。',
    '連結従業員3,200名（グループ全体）',
    '모집부문\n생산관리\n모집인원\n3명',
    'Nhà máy Bình Dương hiện có 300 lao động.',
    'Ada 12 orang di tim penjualan kami di Surabaya.',
    'Trusted by 5,000 people · 4.8 average rating',
  ])('not from %s', (text) => {
    expect(headcount(text)).toBeUndefined();
  });
});

describe('founding years in era calendars and Japanese word order', () => {
  it.each([
    ['本公司成立於民國68年，專營精密沖壓。', 1979],
    ['公司資料\n成立日期\t民國75年6月1日\n資本額\t5000萬元', 1986],
    ['禾豐於民國79年（1990年）創立於新竹。', 1990],
    ['昭和52年に設立された金型メーカーです。', 1977],
    ['会社情報\n設立\n2012年5月に設立\nメンバー', 2012],
    ['1985 年の設立以来、部品をつくり続けてきました。', 1985],
    ['1990年成立的深圳市禾豐電子有限公司專注於電源模組。', 1990],
    ['Why clients choose us\n2014\nEst. in Perth\n40\nengineers', 2014],
  ])('%s', (text, year) => {
    expect(foundedYear(text, NOW)?.year).toBe(year);
  });

  it.each([
    // A subsidiary set up that year, an era year the era never reached.
    '沿革\n2005 成立蘇州禾豐電子有限公司',
    '昭和99年に設立',
  ])('not from %s', (text) => {
    expect(foundedYear(text, NOW)).toBeUndefined();
  });
});

describe('funding rounds and listings in Indonesian and Vietnamese', () => {
  it.each([
    ['Pada 2025 kami menutup putaran pendanaan Seri A senilai USD 12 juta ($12M).', 'series-a'],
    ['Cổ phiếu được niêm yết trên Sở Giao dịch Chứng khoán Hà Nội từ năm 2012.', 'ipo/public'],
    ['Mã chứng khoán HOSE: LPX', 'ipo/public'],
    ['Saham perseroan tercatat di Bursa Efek Indonesia sejak 2018.', 'ipo/public'],
  ])('%s', (text, stage) => {
    expect(fundingStage(text)).toBe(stage);
  });

  it.each([
    // The Italian league, a list price.
    'Jadwal pertandingan Seri A pekan ini dan klasemen sementara.',
    'Giá niêm yết: 250.000 đ một hộp.',
  ])('not from %s', (text) => {
    expect(fundingStage(text)).toBeUndefined();
  });
});

describe('careers links labelled in Korean, Chinese and Indonesian', () => {
  const page = (link: string, domain: string) =>
    `<html><head><title>Home</title></head><body><header><nav><a href="/">Home</a><a href="/about">About</a>${link}</nav></header><main><h1>Welcome</h1><p>Precision parts since 1994.</p></main><footer><a href="/contact">Contact</a></footer></body></html>`.replace(
      'DOMAIN',
      domain,
    );

  it.each([
    ['<a href="/sub05/sub05_02.php">인재채용</a>', 'https://www.hanbit-parts.co.kr/'],
    ['<a href="/job/">人才招聘</a>', 'https://www.hefeng-emc.cn/'],
    ['<a href="/job/">加入我们</a>', 'https://www.hefeng-seal.cn/'],
    ['<a href="/karier">Karier</a>', 'https://www.arunika.co.id/'],
  ])('%s', (link, url) => {
    expect(signalsOf(page(link, url), url, NOW)?.company?.hiring?.value.careersUrl).toBeDefined();
  });

  it('not from a franchise or a closed notice', () => {
    const url = 'https://www.hefeng-tea.cn/';
    const html = page('<a href="/franchise/">加盟合作</a><a href="/notice/7">채용마감 안내</a>', url);
    expect(signalsOf(html, url, NOW)?.company?.hiring).toBeUndefined();
  });
});

describe("the words that took a sector's pages to another group", () => {
  const score = (s: ReturnType<typeof sampleOf>, group: string) => pageScores(s).find(([g]) => g === group)?.[1] ?? 0;
  const sample = (body: string) =>
    sampleOf(
      `<html><head><title>About</title></head><body><main>${body}</main></body></html>`,
      'https://x.example/',
      NOW,
    );

  it('a test house and its failure analysis are testing, not publishing', () => {
    const s = sample(
      '<h1>Semiconductor test services</h1><p>Kestrel Test Labs is an independent semiconductor test house. Wafer sort, final test, burn-in and failure analysis for fabless clients.</p><h2>Failure Analysis</h2><p>Root-cause analysis with X-ray and SEM. Our laboratory is accredited to ISO/IEC 17025.</p>',
    );
    expect(pageIndustry(s)?.group).not.toBe('media-publishing');
    expect(score(s, 'media-publishing')).toBe(0);
    expect(score(s, 'professional-services')).toBeGreaterThan(0);
  });

  it('a maker of laboratory testing equipment is no testing laboratory', () => {
    const s = sample(
      '<h1>Laboratory testing equipment</h1><p>We design and manufacture laboratory testing equipment: tensile testers, hardness testers and climate chambers, built in our own factory.</p>',
    );
    expect(pageIndustry(s)?.group).not.toBe('professional-services');
    expect(score(s, 'professional-services')).toBe(0);
  });

  it("a listed processor's exchange and ticker are not a securities firm's trade", () => {
    const s = sample(
      '<h1>Giới thiệu</h1><p>Công ty Cổ phần Chế biến Lam Phong niêm yết cổ phiếu trên Sở Giao dịch Chứng khoán TP. Hồ Chí Minh với mã chứng khoán LPX. Công ty chuyên chế biến và xuất khẩu cá ngừ tại nhà máy Phú Yên.</p>',
    );
    expect(pageIndustry(s)?.group).not.toBe('financial-services');
    expect(score(s, 'financial-services')).toBe(0);
  });

  it('a securities firm still is one', () => {
    const s = sample(
      '<h1>Giới thiệu</h1><p>Công ty chứng khoán Lam Phong cung cấp dịch vụ môi giới chứng khoán, tư vấn đầu tư và quản lý quỹ cho nhà đầu tư cá nhân. Mở tài khoản chứng khoán trực tuyến.</p>',
    );
    expect(score(s, 'financial-services')).toBeGreaterThan(0);
  });
});
