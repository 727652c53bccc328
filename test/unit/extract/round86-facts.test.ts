import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../lib/eval/run';
import { linkedDomainOf } from '../../../lib/extract/listing';
import { withoutShopSuffix } from '../../../lib/extract/shop-suffix';
import { foundedYear } from '../../../lib/extract/text/founded';
import { fundingStage } from '../../../lib/extract/text/funding';
import { headcount } from '../../../lib/extract/text/headcount';

// Invented companies and snippets only: the held-out pages are the measurement, never copied here.
const NOW = Date.UTC(2026, 0, 1);
const year = (text: string) => foundedYear(text, NOW)?.year;
const staff = (text: string) => headcount(text)?.range;

describe('founding years in Asian calendars and phrasings', () => {
  it('reads a Japanese history row that ends on 創業, not the anniversary row', () => {
    const text =
      '沿革\n昭和31年\t初代 山田 一郎が水戸市にて製材業を創業\n昭和44年\t株式会社を設立\n令和3年\t創業65周年';
    expect(year(text)).toBe(1956);
  });

  it('does not read an anniversary as a founding', () => {
    expect(year('令和3年\t創業65周年記念式典を開催')).toBeUndefined();
  });

  it('reads a founding topic with the Gregorian year in brackets', () => {
    expect(year('当社の創業は天保五年（1834年）。初代が城下で味噌蔵を開きました。')).toBe(1834);
  });

  it('reads a founding row with a full-width colon', () => {
    expect(year('設立：平成9年（1997年）6月／資本金 3,000万円')).toBe(1997);
  });

  it('reads a founding fact inside a footer run', () => {
    expect(year('株式会社みなと通信社 ／ 設立 昭和58年（1983年）／ 支局：函館市')).toBe(1983);
    expect(year('한빛설비 주식회사 | 대표이사 박민수 | 설립 1994년 3월')).toBe(1994);
  });

  it('reads a Korean founding-year row spelled 설립년도', () => {
    expect(year('설립년도\n2008년 (18년차)')).toBe(2008);
  });

  it('reads Thai Buddhist-era years', () => {
    expect(year('บริษัท ตัวอย่าง จำกัด ก่อตั้งเมื่อปี พ.ศ. 2536 เป็นผู้ผลิตชิ้นส่วน')).toBe(1993);
    expect(year('ก่อตั้งเมื่อปี 2551 (ค.ศ. 2008) เป็นตัวแทนจำหน่าย')).toBe(2008);
  });

  it('reads a registry named between the verb and the year', () => {
    expect(year('The company was incorporated with the Securities and Exchange Commission in 2002 and grew.')).toBe(
      2002,
    );
  });

  it("keeps a business's own beginning before its later incorporation", () => {
    const text =
      'The business began in 2011 as a family mill run by our founder. It was incorporated with the Corporate Affairs Commission in 2015 and moved.';
    expect(year(text)).toBe(2011);
  });

  it('skips the founding of a predecessor for the company its next sentence founds', () => {
    const text =
      'Tiền thân của công ty là Xí nghiệp Chế biến Bình Minh, được thành lập năm 1988 tại thị trấn. Công ty Cổ phần Bình Minh được thành lập năm 2003 theo giấy phép.';
    expect(year(text)).toBe(2003);
  });
});

describe('headcounts in East and Southeast Asian rows and phrasings', () => {
  it('reads a total-employees row over its breakdown', () => {
    expect(staff('Total employees\t2,315 (2,240 workers and 75 staff), March 2025')).toEqual({ min: 2315, max: 2315 });
  });

  it('reads Vietnamese and Indonesian rows', () => {
    expect(staff('Tổng số lao động\t2.410 người')).toEqual({ min: 2410, max: 2410 });
    expect(staff('Jumlah karyawan\n3.105 orang (31 Desember 2024)')).toEqual({ min: 3105, max: 3105 });
  });

  it('reads an Indonesian figure over its caption and a team that numbers its people', () => {
    expect(staff('Kapasitas 40 ton\n275\nKaryawan tetap\n900\nPetani binaan')).toEqual({ min: 275, max: 275 });
    expect(staff('Tim kami kini berjumlah 145 orang yang bekerja dari Medan.')).toEqual({ min: 145, max: 145 });
  });

  it('reads a Vietnamese board size and cán bộ công nhân viên', () => {
    expect(staff('Quy mô: 500+ nhân viên')).toEqual({ min: 500 });
    expect(staff('Công ty có hơn 1.300 cán bộ công nhân viên.')).toEqual({ min: 1300 });
  });

  it('reads Japanese and Korean counts with a colon or a particle', () => {
    expect(staff('社員数：37名（パート含む）')).toEqual({ min: 37, max: 37 });
    expect(staff('현재 함께 일하는 직원은 19명입니다.')).toEqual({ min: 19, max: 19 });
    expect(staff('임직원 수 64명(2024년 말 기준)')).toEqual({ min: 64, max: 64 });
  });

  it("reads a board's industry and size band line over a site's workers", () => {
    expect(staff('Supervise about 30 workers on site.\nFacilities Management 201-500 employees\nMore jobs')).toEqual({
      min: 201,
      max: 500,
    });
  });
});

describe('listing, domain and shop name', () => {
  it('reads an Indonesian share-listing row as public', () => {
    expect(fundingStage('Pencatatan saham\nBursa Efek Indonesia, 3 Maret 2010 (kode: ABCD)')).toBe('ipo/public');
  });

  it('spells the domain of an Indonesian PT from the words after the form', () => {
    expect(linkedDomainOf(['Kunjungi www.sinarlaut.co.id'], 'PT Sinar Laut Abadi')).toBe('sinarlaut.co.id');
  });

  it("cuts a shop's title after the maker's name", () => {
    expect(withoutShopSuffix('山川製麺 オンラインショップ')).toBe('山川製麺');
    expect(withoutShopSuffix('한울식품 공식 온라인 스토어')).toBe('한울식품');
    expect(withoutShopSuffix('オンラインショップ')).toBe('オンラインショップ');
  });
});

describe('Asian CMS and builders by their generator', () => {
  const page = (generator: string, extra = '') =>
    `<html><head><title>会社概要</title><meta name="generator" content="${generator}">${extra}</head><body><p>会社概要</p></body></html>`;
  const techs = async (html: string) =>
    ((await extractFile(html, 'https://www.example-kaisha.jp/company/', NOW))?.company?.technologies?.value ?? []).map(
      (t) => t.name,
    );

  it('knows Movable Type, BiNDup and Rhymix', async () => {
    expect(await techs(page('Movable Type Pro 8.0.2'))).toContain('Movable Type');
    expect(await techs(page('BiNDup'))).toContain('BiNDup');
    expect(await techs(page('Rhymix'))).toContain('Rhymix');
  });

  it("knows HubSpot's Asia-Pacific loader", async () => {
    expect(await techs(page('x', '<script src="//js-ap1.hs-scripts.com/1234.js"></script>'))).toContain('HubSpot');
  });
});
