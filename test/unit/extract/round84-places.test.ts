import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../lib/eval/run';
import { findAddresses } from '../../../lib/extract/text/address';
import { phoneCountry } from '../../../lib/extract/text/country';
import { deriveTextFacts } from '../../../lib/extract/text/derive';
import { gazetteerPlace } from '../../../lib/extract/text/gazetteer';
import { seatPhrase } from '../../../lib/extract/text/imprint';
import { postSovietSeat } from '../../../lib/extract/text/seat-post-soviet';
import { provinceSeat } from '../../../lib/extract/text/seat-province';
import { postingSeat } from '../../../lib/extract/text/sections';

// Invented companies, streets, numbers and snippets only; public place names. The held-out pages are the measurement.

const sample = (text: string, extra: { lang?: string; siteName?: string; posting?: boolean } = {}) => ({
  text,
  about: '',
  headings: '',
  types: [],
  tels: [],
  ...extra,
});
const derive = (text: string, url: string, extra: { lang?: string; siteName?: string; posting?: boolean } = {}) =>
  deriveTextFacts(sample(text, extra), { url, observedAt: Date.UTC(2026, 0, 1) }).hq?.value;

describe("a known board's own legal line under a posting", () => {
  it("is not the employer's seat", () => {
    const text = [
      'Fitter and Turner',
      'Kowree Pumps',
      'Our workshop is busy all year round.',
      'Apply now',
      'Boardly Pty Ltd, 14 Lantern Street, Richmond VIC 3121',
    ].join('\n');
    expect(derive(text, 'https://www.seek.com.au/job/123456', { siteName: 'Boardly' })?.city).toBeUndefined();
  });
});

describe('a Kazakh phone number', () => {
  it('dials Kazakhstan, not Russia, though both use +7', () => {
    expect(phoneCountry('Тел.: +7 (7212) 41-22-33', [])?.country).toBe('KZ');
    expect(phoneCountry('Call +7 727 300 11 22', [])?.country).toBe('KZ');
    expect(phoneCountry('', ['tel:+77015550011'])?.country).toBe('KZ');
  });

  it('leaves a Russian number Russian', () => {
    expect(phoneCountry('Тел.: +7 (495) 123-45-67', [])?.country).toBe('RU');
    expect(phoneCountry('+7 812 555 01 02', [])?.country).toBe('RU');
  });
});

describe('a copyright line after an address', () => {
  it('gives no postcode and city from its year', () => {
    const hits = findAddresses(
      'Nistru Lact SA · or. Soroca, str. Livezilor 4\n© 2025 Nistru Lact. Toate drepturile rezervate.',
      {
        lang: 'ro',
      },
    );
    expect(hits.map((h) => h.address.city)).not.toContain('Nistru Lact. Toate');
    expect(hits.some((h) => h.address.postalCode === '2025')).toBe(false);
  });

  it('still reads a four-digit postcode after a street', () => {
    expect(findAddresses('Gartenweg 12\n4051 Basel', { lang: 'de' })[0]?.address.city).toBe('Basel');
  });
});

describe('a head office in the address forms of the former Soviet states', () => {
  it('reads the city after "г." under a Russian label, the country the line names', () => {
    expect(postSovietSeat('Головной офис: Республика Казахстан, 100000, г. Караганда, ул. Степная, 7, 3 этаж')).toEqual(
      { city: 'Караганда', country: 'KZ' },
    );
  });

  it('reads the address on the line under a label that goes on', () => {
    expect(
      postSovietSeat('Головной офис и склад\nг. Павлодар, ул. Заводская, 12\nФилиал: г. Астана, ул. Новая, 1'),
    ).toEqual({ city: 'Павлодар' });
  });

  it('reads a Ukrainian "м." as Ukraine', () => {
    expect(postSovietSeat('Головний офіс — м. Вінниця, вул. Садова, 40.')).toEqual({ city: 'Вінниця', country: 'UA' });
  });

  it('reads a Moldovan town after its street, by its MD- postcode', () => {
    expect(postSovietSeat('Sediul central: str. Morilor 3, or. Orhei, MD-3505')).toEqual({
      city: 'Orhei',
      country: 'MD',
    });
  });

  it('reads a Mongolian soum as the town and its aimag as the region', () => {
    expect(postSovietSeat('Head office / Төв оффис\nBlock 4, Sükhbaatar soum, Selenge aimag, Mongolia')).toEqual({
      city: 'Sükhbaatar',
      region: 'Selenge',
      country: 'MN',
    });
  });

  it("reads no branch's, warehouse's or actual address without the label", () => {
    expect(postSovietSeat('Филиал: г. Атырау, ул. Морская, 9\nСклад: г. Уральск, ул. Речная, 2')).toBeUndefined();
    expect(postSovietSeat('Фактический адрес: г. Шымкент, ул. Южная, 5')).toBeUndefined();
  });

  it("reads the legal address as the seat, and a posting's head office", () => {
    expect(postSovietSeat('Юридична адреса: 18000, м. Черкаси, вул. Тиха, 3')?.city).toBe('Черкаси');
    const posting = [
      'Бухгалтер',
      'ТОО «Степной Хлеб»',
      'г. Кокшетау, ул. Вокзальная, 5',
      'О компании. ТОО «Степной Хлеб» работает с 2004 года. Головной офис — г. Петропавловск, ул. Мира, 21.',
      'Обязанности:',
      'ведение учёта;',
    ].join('\n');
    expect(postingSeat(posting, 'ru')?.city).toBe('Петропавловск');
  });
});

describe('a New Zealand region on the line under the postcode', () => {
  it('is the address region', () => {
    const [hit] = findAddresses('Head Office\n41 Kowhai Street West\nTaupō 3330\nWaikato\nPostal: PO Box 12', {
      tldCountry: 'NZ',
    });
    expect(hit?.address).toMatchObject({ city: 'Taupō', region: 'Waikato', country: 'NZ' });
  });
});

describe('a seat sentence in the regions', () => {
  it('reads the town after the road the office is on', () => {
    expect(
      seatPhrase('Our head office and yard are on the Princes Highway in Bairnsdale, with a depot in Sale.')?.city,
    ).toBe('Bairnsdale');
  });

  it('reads the state after the town, up to the sentence end', () => {
    expect(seatPhrase('Our head office is in Esperance, Western Australia. We are a team of 30.')).toEqual({
      city: 'Esperance',
      region: 'Western Australia',
      country: 'AU',
    });
  });

  it('reads a province by its word, and a bracketed region', () => {
    expect(seatPhrase('Our head office is in Kundiawa, Chimbu Province, and we run a depot in Lae.')).toMatchObject({
      city: 'Kundiawa',
      region: 'Chimbu Province',
    });
    expect(seatPhrase('Our head office is in Gori (Shida Kartli region), 4 Stalin Avenue.')).toMatchObject({
      city: 'Gori',
      region: 'Shida Kartli',
    });
  });
});

describe('a head office closing on its town, province and country', () => {
  it('reads them on one line or over a post box', () => {
    expect(
      provinceSeat('Head Office: Section 3, Lot 7, Banis Road, Wabag, Enga Province, Papua New Guinea · Depot: Lae'),
    ).toEqual({ city: 'Wabag', region: 'Enga Province', country: 'PG' });
    expect(
      provinceSeat(
        'Head Office\nLot 18, Garu Street\nPO Box 90, Kimbe 621\nWest New Britain Province, Papua New Guinea',
      ),
    ).toEqual({ city: 'Kimbe', region: 'West New Britain Province', country: 'PG' });
  });

  it("reads no depot's address without the label", () => {
    expect(
      provinceSeat('Depot: Lot 2, Wara Road, Kainantu, Eastern Highlands Province, Papua New Guinea'),
    ).toBeUndefined();
  });
});

describe('the capitals of the Caucasus, Central Asia, Moldova and Mongolia', () => {
  it('name their countries', () => {
    expect(gazetteerPlace('Yerevan')?.country).toBe('AM');
    expect(gazetteerPlace('Tbilisi')?.country).toBe('GE');
    expect(gazetteerPlace('Chisinau')?.country).toBe('MD');
    expect(gazetteerPlace('Ulaanbaatar')?.country).toBe('MN');
  });
});

describe("a structured address without the region its page's text gives", () => {
  it('takes the region of the same city', () => {
    const html = [
      '<html><head><script type="application/ld+json">',
      JSON.stringify({
        '@context': 'http://schema.org',
        '@type': 'Organization',
        name: 'Kereru Surveyors',
        address: '18 Tui Lane\nWhakatāne 3120\nNew Zealand',
      }),
      '</script></head><body><h1>Contact</h1><p>Head Office</p><p>18 Tui Lane</p><p>Whakatāne 3120</p>',
      '<p>Bay of Plenty</p><p>Phone: 07 555 0101</p></body></html>',
    ].join('');
    return extractFile(html, 'https://www.kererusurveyors.co.nz/contact', Date.UTC(2026, 0, 1)).then((page) => {
      expect(page?.company?.hq?.value).toMatchObject({ city: 'Whakatāne', region: 'Bay of Plenty', country: 'NZ' });
    });
  });
});
