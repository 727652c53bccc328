import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../../lib/extract/text/address';
import { auMetroCity } from '../../../../lib/extract/text/au-metro';
import { withHqCountry } from '../../../../lib/extract/text/hq-country';
import { readImprint, seatPhrase } from '../../../../lib/extract/text/imprint';
import { lineAddresses } from '../../../../lib/extract/text/line-address';
import type { Address, CompanySignals } from '../../../../lib/signals/schema';

// Suburbs written where the city stands (Australia, Lagos, Nairobi, Johannesburg), Irish counties, regions of New
// Zealand and Metro Manila, and addresses in Korean, Chinese (Taiwan), Japanese, Vietnamese and Thai forms. Invented
// companies, streets and numbers; public place names only.
const fact = (value: Address, confidence = 0.9) => ({
  value,
  source: 'jsonld',
  layer: 'structured' as const,
  url: 'https://www.example.com/contact',
  confidence,
  observedAt: 0,
});

function seatOf(hq: Address, text = ''): Address | undefined {
  const company: CompanySignals = { hq: fact(hq) };
  withHqCountry(company, text);
  return company.hq?.value;
}

describe("an Australian suburb in a capital's postcode block", () => {
  it('files the suburb under the capital', () => {
    expect(seatOf({ city: 'Osborne Park', region: 'WA', postalCode: '6017', country: 'AU' })?.city).toBe('Perth');
    expect(seatOf({ city: 'Newstead', region: 'QLD', postalCode: '4006', country: 'AU' })?.city).toBe('Brisbane');
    expect(seatOf({ city: 'Richmond', region: 'Victoria', postalCode: '3121', country: 'AU' })?.city).toBe('Melbourne');
    expect(auMetroCity('Ultimo', '2007', 'AU')).toBe('Sydney');
  });

  it('keeps a regional town, a city of its own, a state that disagrees and other countries', () => {
    // Wendouree is Ballarat's, outside Melbourne's block.
    expect(seatOf({ city: 'Wendouree', region: 'VIC', postalCode: '3355', country: 'AU' })?.city).toBe('Wendouree');
    expect(seatOf({ city: 'Fremantle', region: 'WA', postalCode: '6160', country: 'AU' })?.city).toBe('Fremantle');
    expect(auMetroCity('Parramatta', '2150', 'AU', 'NSW')).toBeUndefined();
    // A postcode of Perth's block with a Queensland state is a typo or another reading: no answer.
    expect(auMetroCity('Somewhere', '6106', 'AU', 'QLD')).toBeUndefined();
    // Four digits of another country (Christchurch 8024, a Swiss 6000 Luzern) say nothing.
    expect(auMetroCity('Luzern', '6000', 'CH')).toBeUndefined();
    expect(auMetroCity('Perth', '6000', 'AU', 'WA')).toBeUndefined();
  });
});

describe('an Irish county named after the city', () => {
  it('takes the county as the region', () => {
    const text = 'Our office is at Unit 9, Canal Business Park, Dublin Road, Carlow, County Carlow.';
    expect(seatOf({ city: 'Carlow', country: 'IE' }, text)?.region).toBe('County Carlow');
    expect(seatOf({ city: 'Ennis', country: 'IE' }, 'Ennis, Co. Clare V95 X1Y2')?.region).toBe('Co. Clare');
  });

  it('reads no county named after another town', () => {
    const text = 'Head office in Carlow. A depot opened in Mitchelstown, Co. Cork in 2021.';
    expect(seatOf({ city: 'Carlow', country: 'IE' }, text)?.region).toBeUndefined();
  });
});

describe("a city's region from the table", () => {
  it('adds the region of New Zealand and South African cities', () => {
    expect(seatOf({ city: 'Christchurch', country: 'NZ' })?.region).toBe('Canterbury');
    expect(seatOf({ city: 'Cape Town', country: 'ZA' })?.region).toBe('Western Cape');
  });

  it('adds none for a city of the same name in another country', () => {
    expect(seatOf({ city: 'Christchurch', country: 'GB' })?.region).toBeUndefined();
  });
});

describe('a business district before the city', () => {
  it('reads the city after a district named like a building', () => {
    expect(seatPhrase('From our head office in Ortigas Center, Pasig City, we ship to 40 brands.')).toMatchObject({
      city: 'Pasig City',
      country: 'PH',
    });
  });

  it('reads no city after a building the table does not know', () => {
    expect(seatPhrase('Our head office in Harbour Center, Portside, opened in 2019.')).toBeUndefined();
  });

  it('files a district of Lagos, Nairobi or Johannesburg under its city, whatever comes before it', () => {
    const [nairobi] = lineAddresses('Acme Media Ltd, 4th Floor, Mara Court, Ring Road, Kilimani, Nairobi, Kenya');
    expect(nairobi?.address).toMatchObject({ city: 'Nairobi', country: 'KE' });
    const [lagos] = lineAddresses('Plot 9, Adeola Odeku Street, Victoria Island, Lagos, Nigeria');
    expect(lagos?.address).toMatchObject({ city: 'Lagos', country: 'NG' });
    expect(seatOf({ city: 'Sandton', region: 'Gauteng', country: 'ZA' })?.city).toBe('Johannesburg');
  });

  it('leaves unknown parts before a city and country unanswered', () => {
    expect(lineAddresses('Suite 4, Mango Court, Riverside Drive, Kisumu, Kenya')).toEqual([]);
  });
});

describe('East and Southeast Asian address forms', () => {
  it("reads a Korean metropolitan city's short name before its district", () => {
    const [hit] = findAddresses('기업주소\n부산 해운대구 센텀중앙로 97, 8층');
    expect(hit?.address).toMatchObject({ city: '부산', country: 'KR' });
  });

  it("reads no short name without a district and road, as a sentence's word", () => {
    expect(findAddresses('서울 본사와 경기 평택공장을 운영합니다.')).toEqual([]);
  });

  it('reads a Taiwanese municipality with its district, road and number', () => {
    const [hit] = findAddresses('公司地址\n臺中市西屯區工業區一路88號');
    expect(hit?.address).toMatchObject({ city: '臺中市', country: 'TW' });
  });

  it("reads no Taiwanese city of a job list's line without a number", () => {
    expect(findAddresses('CNC工程師｜某某精機股份有限公司｜台中市大里區')).toEqual([]);
  });

  it('reads a Japanese address without its postcode', () => {
    const [hit] = findAddresses('本社所在地\n宮城県仙台市青葉区中央2-9-10 仙台ビル5F');
    expect(hit?.address).toMatchObject({ city: '仙台市', region: '宮城県', country: 'JP' });
  });

  it('reads no Japanese place of a sentence without a block number', () => {
    expect(findAddresses('創業の地である宮城県仙台市で事業を始めました。')).toEqual([]);
  });

  it("prefers the company box's address over a job's place of work", () => {
    const text =
      '勤務地\n東京都港区芝公園4-2-8 東京オフィス\n会社情報\n本社所在地\n宮城県仙台市青葉区中央2-9-10 仙台ビル5F\n';
    expect(readImprint(text, 'ja', false).hq).toMatchObject({ city: '仙台市', country: 'JP' });
  });

  it("reads a Vietnamese city and province after a street's number", () => {
    const [hit] = findAddresses('Trụ sở chính: 45 Trần Phú, Phường Lộc Thọ, TP. Quy Nhơn, Tỉnh Bình Định');
    expect(hit?.address).toMatchObject({ city: 'Quy Nhơn', region: 'Bình Định', country: 'VN' });
  });

  it('reads no Vietnamese place of a sentence without a street number', () => {
    expect(findAddresses('Ông sinh ra tại TP. Quy Nhơn, Tỉnh Bình Định và học tại Huế.')).toEqual([]);
  });

  it("reads a Thai province's capital district as the province's city, another district as its own town", () => {
    const [capital] = findAddresses('เลขที่ 88/1 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000');
    expect(capital?.address).toMatchObject({ city: 'ขอนแก่น', region: 'ขอนแก่น', postalCode: '40000', country: 'TH' });
    const [town] = findAddresses('เลขที่ 5 ถนนเพชรเกษม อำเภอหาดใหญ่ จังหวัดสงขลา 90110');
    expect(town?.address).toMatchObject({ city: 'หาดใหญ่', region: 'สงขลา', country: 'TH' });
  });

  it('reads no Thai province named in a sentence without its postcode', () => {
    expect(findAddresses('ย้ายไปดูแลโครงการโรงงานแห่งใหม่ในอำเภอเมืองระยอง จังหวัดระยอง')).toEqual([]);
  });
});

describe('a Japanese address outside a head-office row', () => {
  it("is not read: a press release's issuer box, another entity's line", () => {
    expect(findAddresses('会社概要\n所在地\n福岡県福岡市博多区博多駅前1-2-3 ビル5F')).toEqual([]);
    expect(findAddresses('Văn phòng Nhật Bản\nAcme Japan 株式会社 — 東京都千代田区神田1-2-3')).toEqual([]);
  });
});
