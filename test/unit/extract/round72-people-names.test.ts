import { describe, expect, it } from 'vitest';
import { classifyTitle } from '../../../lib/extract/classify/title';
import { isJobPage } from '../../../lib/extract/job-hosts';
import { leaderMessage } from '../../../lib/extract/leader-message';
import { nameFromTitle } from '../../../lib/extract/title';
import { signalsOf } from './read-page';

/**
 * Shapes read since the blind sets of 7 December (holdout71, holdout72): a head's letter to the reader signed with
 * their title and name, a title's segments joined by a hyphen between East Asian characters, a rank beside a role in
 * Latin letters, the boards of East and Southeast Asia, a company box's website row. Invented people and companies.
 */
const NOW = Date.UTC(2026, 11, 7);
const ctx = { url: 'https://www.example.cn/about/chairman.html', observedAt: NOW };
const signer = (heading: string, title: string, text: string) => {
  const p = leaderMessage(heading, title, text, 'Example Co', ctx);
  return p ? [p.name?.value, p.title?.value, p.employer?.value] : undefined;
};

describe("a head's letter to the reader: the signature names them", () => {
  it('reads a Chinese, a Japanese and a Korean signature: the title, then the name', () => {
    expect(signer('董事长致辞', '', '各位朋友：\n感谢您的关注。\n董事长 郑海波\n')).toEqual([
      '郑海波',
      '董事长',
      'Example Co',
    ]);
    expect(signer('', '代表挨拶｜株式会社サンプル', '皆様へ\n代表取締役社長\u3000森本 健太\n')).toEqual([
      '森本 健太',
      '代表取締役社長',
      'Example Co',
    ]);
    expect(signer('CEO 인사말', '', '감사합니다.\n(주)샘플 대표이사 박서준 Park Seo-jun, CEO\n')).toEqual([
      '박서준',
      '대표이사',
      'Example Co',
    ]);
  });

  it('reads an English signature written "Name, Title"', () => {
    expect(
      signer('Message from our CEO', '', 'Dear customers,\nThank you.\nMarta Kowalczyk, Chief Executive Officer'),
    ).toEqual(['Marta Kowalczyk', 'Chief Executive Officer', 'Example Co']);
  });

  it('reads no one where the page is no letter, or the words after the title are no name', () => {
    expect(signer('公司简介', '', '董事长 郑海波')).toBeUndefined();
    // "약력" (career history) under the title is a heading; "表示" (said) is a verb; neither opens on a surname.
    expect(signer('CEO 인사말', '', '대표이사 약력\n2019 ~ 현재')).toBeUndefined();
    expect(signer('董事长致辞', '', '总经理 表示')).toBeUndefined();
    expect(signer('Message from our CEO', '', 'Our team, our customers')).toBeUndefined();
  });
});

describe("a title's segments joined by a hyphen between East Asian characters", () => {
  it('splits them, so the registered name is read alone', () => {
    expect(nameFromTitle('关于我们-宁波海澄机电有限公司|电机|水泵', 'haicheng', undefined)).toBe(
      '宁波海澄机电有限公司',
    );
  });

  it('keeps a hyphen between Latin letters inside a segment', () => {
    expect(nameFromTitle('About - Rhein-Neckar Logistik GmbH', 'rhein-neckar-logistik', undefined)).toBe(
      'Rhein-Neckar Logistik GmbH',
    );
  });
});

describe('a rank in one script beside a role in Latin letters', () => {
  it('gives the higher of the two', () => {
    expect(classifyTitle('전무 / CTO').seniority).toBe('c-level');
    expect(classifyTitle('常務取締役 CFO').seniority).toBe('c-level');
  });

  it('keeps the rank where the Latin words name a lower level', () => {
    expect(classifyTitle('전무 / Manager').seniority).toBe('vp');
  });

  it('files a practice manager under operations', () => {
    expect(classifyTitle('Practice Manager')).toEqual({ seniority: 'manager', department: 'operations' });
  });
});

describe("the boards of East and Southeast Asia, and a board's company box", () => {
  it('knows their postings', () => {
    expect(isJobPage('https://www.104.com.tw/job/7abcd')).toBe(true);
    expect(isJobPage('https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=1')).toBe(true);
    expect(isJobPage('https://my.jobstreet.com/job/123')).toBe(true);
    expect(isJobPage('https://www.wantedly.com/projects/123')).toBe(true);
    expect(isJobPage('https://www.wantedly.com/companies/sample')).toBe(false);
  });

  const posting = (
    box: string,
  ) => `<html lang="zh-Hant"><head><title>CNC工程師｜宏澄精密工業股份有限公司｜104人力銀行</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"CNC工程師",
    "hiringOrganization":{"@type":"Organization","name":"宏澄精密工業股份有限公司","sameAs":"https://www.104.com.tw/company/9zz"}}</script>
    </head><body><h1>CNC工程師</h1><p>宏澄精密工業股份有限公司</p><dl><dt>產業類別</dt><dd>金屬加工</dd>${box}</dl>
    <footer>104人力銀行 © 2026</footer></body></html>`;

  it("takes the employer's site from the box's website row, never the board's profile link", () => {
    const html = posting(
      '<dt>公司網址</dt><dd><a href="http://www.hongcheng-cnc.com.tw">http://www.hongcheng-cnc.com.tw</a></dd>',
    );
    const page = signalsOf(html, 'https://www.104.com.tw/job/7abcd', NOW);
    expect(page?.company?.domain?.value).toBe('hongcheng-cnc.com.tw');
  });

  it('gives no site where the box has none', () => {
    const page = signalsOf(posting(''), 'https://www.104.com.tw/job/7abcd', NOW);
    expect(page?.company?.name?.value).toBe('宏澄精密工業股份有限公司');
    expect(page?.company?.domain).toBeUndefined();
  });

  it("takes a domain the posting's text writes that spells the employer's first two words", () => {
    const html = `<html lang="en"><head><title>Fitter | SEEK</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Fitter",
      "hiringOrganization":{"@type":"Organization","name":"Wallaby Crane Hire"}}</script></head>
      <body><h1>Fitter</h1><p>Wallaby Crane Hire</p><p>Learn more about us at wallabycrane.com.au or apply now.</p>
      <p>Also advertised by Outback Staffing at outbackstaff.com.au</p></body></html>`;
    const page = signalsOf(html, 'https://www.seek.com.au/job/555', NOW);
    expect(page?.company?.domain?.value).toBe('wallabycrane.com.au');
  });

  it("reads a board's posting filed under /projects/ as a posting, not a customer story: its company box's founding", () => {
    const html = `<html lang="ja"><head><title>バックエンドエンジニア募集 - 株式会社ミナトデータ</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"バックエンドエンジニア",
      "hiringOrganization":{"@type":"Organization","name":"株式会社ミナトデータ"}}</script></head>
      <body><h1>バックエンドエンジニア募集</h1><p>私たちは物流データの会社です。</p>
      <h2>会社情報</h2><dl><dt>設立</dt><dd>2014年7月に設立</dd><dt>メンバー</dt><dd>35人のメンバー</dd></dl></body></html>`;
    const page = signalsOf(html, 'https://www.wantedly.com/projects/4242', NOW);
    expect(page?.company?.founded?.value).toBe(2014);
  });

  it("reads the employer's seat from a board's company box: a Korean or a Japanese head-office row", () => {
    const korean = `<html lang="ko"><head><title>생산관리 채용 - 사람인</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"생산관리",
      "hiringOrganization":{"@type":"Organization","name":"(주)한빛오토텍"}}</script></head>
      <body><h1>생산관리 담당자</h1><h2>근무지</h2><p>경기 평택시 포승읍 평택항로 12</p>
      <h2>기업정보</h2><dl><dt>기업명</dt><dd>(주)한빛오토텍</dd><dt>기업주소</dt><dd>서울 금천구 가산디지털1로 145</dd></dl></body></html>`;
    const kr = signalsOf(korean, 'https://www.saramin.co.kr/zf_user/jobs/relay/view?rec_idx=9', NOW);
    expect(kr?.company?.hq?.value.city).toMatch(/^(?:서울|서울특별시|Seoul)$/);
    const japanese = `<html lang="ja"><head><title>営業募集 - 株式会社ミナトデータ</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"営業",
      "hiringOrganization":{"@type":"Organization","name":"株式会社ミナトデータ"}}</script></head>
      <body><h1>法人営業募集</h1><h2>会社情報</h2><dl><dt>設立</dt><dd>2014年7月に設立</dd>
      <dt>本社所在地</dt><dd>福岡県福岡市博多区博多駅前3-2-1 サンプルビル5F</dd></dl></body></html>`;
    const jp = signalsOf(japanese, 'https://www.wantedly.com/projects/4243', NOW);
    expect(jp?.company?.hq?.value.city).toMatch(/^(?:福岡市|Fukuoka)$/);
    expect(jp?.company?.hq?.value.country).toBe('JP');
  });
});
