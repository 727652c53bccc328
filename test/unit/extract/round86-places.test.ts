import { describe, expect, it } from 'vitest';
import { toAddress } from '../../../lib/extract/organization';
import { findAddresses } from '../../../lib/extract/text/address';
import { seatRow } from '../../../lib/extract/text/imprint';
import { markedHeadOffice } from '../../../lib/extract/text/marked-seat';
import { indonesianSeat, vietnameseSeat } from '../../../lib/extract/text/seat-southeast-asia';

// Invented companies, streets, numbers and snippets only; public place names. The held-out pages are the measurement.

const cities = (text: string) => findAddresses(text).map((h) => h.address);

describe('a Japanese city whose own name ends in 市', () => {
  it('keeps its second 市 after a postcode and under a head-office row', () => {
    expect(cities('〒738-0012 広島県廿日市市宮内2-14-3')[0]).toMatchObject({ city: '廿日市市', region: '広島県' });
    expect(cities('本社所在地\n三重県四日市市松本町3-7-1')[0]).toMatchObject({ city: '四日市市' });
  });
  it('does not swallow a town opening with 市 after another city', () => {
    expect(cities('〒771-1700 徳島県阿波市市場町大俣50')[0]?.city).toBe('阿波市');
  });
});

describe('a Taiwanese county and its city', () => {
  it('reads the county-administered city, the county its region', () => {
    expect(cities('總公司 545 南投縣埔里市中山路二段57號')[0]).toMatchObject({
      city: '埔里市',
      region: '南投縣',
      country: 'TW',
    });
  });
  it('reads no township as a city', () => {
    expect(cities('製茶廠 558 南投縣鹿谷鄉興農路18號')).toEqual([]);
  });
});

describe('a Korean address with a two-syllable province', () => {
  it('reads the province and the city', () => {
    expect(cities('기업주소 충북 청주시 흥덕구 오송생명로 77')[0]).toMatchObject({
      city: '청주시',
      region: '충북',
      country: 'KR',
    });
  });
  it('reads no address from prose naming a move "to" a place', () => {
    expect(cities('2019년 본사를 경기 안양시 평촌으로 옮겼고 직원은 58명이다')).toEqual([]);
    expect(cities('2019년 본사를 경기 수원시 광교로 옮겼다. 직원은 58명이다')).toEqual([]);
  });
});

describe("a Seoul line without the building's number", () => {
  it('is a neighbourhood, not an address', () => {
    expect(cities('2023 — 서울 마포구 연남동 팝업 행사')).toEqual([]);
    expect(cities('서울 마포구 월드컵로 214')[0]).toMatchObject({ city: '서울' });
  });
});

describe('an Indonesian address closing on its province', () => {
  it('reads the regency or city, not the province, as the city', () => {
    expect(cities('Jl. Raya Sukamaju No. 7, Kabupaten Garut, Jawa Barat 44151, Indonesia')[0]).toMatchObject({
      city: 'Garut',
      region: 'Jawa Barat',
      postalCode: '44151',
      country: 'ID',
    });
    expect(cities('Jl. Melati No. 3, Jambi, Jambi 36122')[0]).toMatchObject({ city: 'Jambi', region: 'Jambi' });
  });
  it('reads no city when a district runs into it', () => {
    expect(cities('Jl. Kenanga No. 9, Kec. Tampan Baru Pekanbaru, Riau 28291')).toEqual([]);
  });
});

describe('a Philippine city with its postcode before the province', () => {
  it('reads the city, province and postcode', () => {
    expect(cities('Purok 3, Brgy. Lagao, Koronadal City 9506, South Cotabato')[0]).toMatchObject({
      city: 'Koronadal City',
      region: 'South Cotabato',
      postalCode: '9506',
      country: 'PH',
    });
  });
  it('keeps the particle of a two-part name and of the province', () => {
    expect(cities('Pier 4, Ozamiz de Misamis City 7200, Misamis Occidental')[0]).toMatchObject({
      city: 'Ozamiz de Misamis City',
      region: 'Misamis Occidental',
    });
  });
  it("reads a seat row's province and so its country", () => {
    expect(seatRow('Headquarters\tLegazpi City, Albay\nSize\t51-200')).toMatchObject({
      city: 'Legazpi City',
      region: 'Albay',
      country: 'PH',
    });
  });
});

describe("a Thai province's capital district in structured data", () => {
  it("is the province's city", () => {
    const address = toAddress({
      '@type': 'PostalAddress',
      addressLocality: 'อำเภอเมืองลำปาง',
      addressRegion: 'ลำปาง',
      addressCountry: 'TH',
    });
    expect(address?.city).toBe('ลำปาง');
  });
  it('leaves another district as its own town', () => {
    expect(toAddress({ '@type': 'PostalAddress', addressLocality: 'อำเภอหางดง' })?.city).toBe('อำเภอหางดง');
  });
});

describe('a company box marking its head office in brackets', () => {
  it('gives the marked address, not the factory row', () => {
    const box = [
      '所在地　〒370-0501 群馬県邑楽郡町1-1（工場）',
      '事業所　〒376-0011 群馬県桐生市相生町2-44-5（本社）',
    ].join('\n');
    expect(markedHeadOffice(box)).toMatchObject({ city: '桐生市', region: '群馬県', country: 'JP' });
  });
  it('gives nothing when two lines mark two cities', () => {
    const box = ['〒376-0011 群馬県桐生市相生町2-44-5（本社）', '〒370-0001 群馬県高崎市中尾町5-1（本社）'].join('\n');
    expect(markedHeadOffice(box)).toBeUndefined();
  });
});

describe("a Thai company box's location row", () => {
  it("gives the employer's seat", () => {
    const box = 'ที่ตั้งบริษัท\t45/7 หมู่ 3 ต.บ้านเลน อ.บางปะอิน จ.พระนครศรีอยุธยา 13160';
    expect(seatRow(box)).toMatchObject({ city: 'บางปะอิน', region: 'พระนครศรีอยุธยา', country: 'TH' });
  });
});

describe('Southeast Asian head-office sentences', () => {
  it("read a Vietnamese head office's city", () => {
    expect(vietnameseSeat('Trụ sở chính của công ty đặt tại KCN Mỹ Trung, TP. Nam Định. Nhà máy ở Hà Nam.')).toEqual({
      city: 'Nam Định',
      country: 'VN',
    });
  });
  it("read an Indonesian head office's city and province", () => {
    expect(indonesianSeat('Kantor pusat kami berada di Jl. Kenari No. 5, Mataram, Nusa Tenggara Barat.')).toEqual({
      city: 'Mataram',
      region: 'Nusa Tenggara Barat',
      country: 'ID',
    });
  });
  it('read nothing from a branch sentence', () => {
    expect(vietnameseSeat('Chi nhánh đặt tại TP. Vinh.')).toBeUndefined();
    expect(
      indonesianSeat('Kantor cabang kami berada di Jl. Kenari No. 5, Mataram, Nusa Tenggara Barat.'),
    ).toBeUndefined();
  });
});
