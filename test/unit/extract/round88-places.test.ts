import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../lib/extract/text/address';
import { readImprint, seatPhrase, seatRow } from '../../../lib/extract/text/imprint';

// Invented companies, streets, numbers and snippets only; public place names. The held-out pages are the measurement.

describe('an address held in care of someone else', () => {
  it('loses to the head office the page lists (English footer)', () => {
    const text = [
      'Contact us',
      'Leeds (Head Office)',
      'Floor 2, Mill House',
      'Wharf Street',
      'Leeds',
      'LS2 7EQ',
      'Tel: 0113 496 0000',
      'Useful links',
      '© 2025 Brightwater Systems Ltd. Registered office: c/o Smith & Co Accountants, 3 Market Street, Harrogate HG1 1AA.',
    ].join('\n');
    expect(readImprint(text, 'en', true).hq).toMatchObject({ city: 'Leeds', country: 'GB' });
  });
  it('loses to the seat in a German imprint too', () => {
    const text = [
      'Kontakt',
      'Hauptsitz',
      'Hafenstraße 12',
      '20457 Hamburg',
      'Impressum',
      'Postanschrift: c/o Kanzlei Weber, Lindenallee 4, 24103 Kiel',
    ].join('\n');
    expect(readImprint(text, 'de', true).hq).toMatchObject({ city: 'Hamburg' });
  });
});

describe('a Welsh, Scottish or Northern Irish county before a UK postcode', () => {
  const first = (text: string) => findAddresses(text)[0]?.address;
  it('reads the town before the county, the county as region', () => {
    expect(first('Hillside Press Ltd, 4 Mill Lane, Llandrindod Wells, Powys LD1 5AB')).toMatchObject({
      city: 'Llandrindod Wells',
      region: 'Powys',
      country: 'GB',
    });
    expect(first('Unit 3, Harbour Road, Kirkcaldy, Fife KY1 1AA')).toMatchObject({ city: 'Kirkcaldy', region: 'Fife' });
    expect(first('12 Quay Street, Pwllheli, Gwynedd LL53 5AA')).toMatchObject({ city: 'Pwllheli', region: 'Gwynedd' });
  });
  it('keeps a town that is no county as the city (guard)', () => {
    expect(first('7 High Street, Brecon LD3 7AA')).toMatchObject({ city: 'Brecon', country: 'GB' });
  });
});

describe('a seat phrase placing the head office at a site within a town', () => {
  it('reads the town after a long "at ... on ..." phrase, and its county as the region', () => {
    expect(
      seatPhrase(
        'Kelvin Pumps Ltd is headquartered at our main workshop on the Carsebridge Business Park in Stirling, Stirlingshire.',
      ),
    ).toMatchObject({ city: 'Stirling', region: 'Stirlingshire', country: 'GB' });
  });
  it('does not take a word starting with "In" for the preposition', () => {
    expect(seatPhrase('The firm is headquartered at Innovation Quarter in Dundee, Angus.')).toMatchObject({
      city: 'Dundee',
      region: 'Angus',
      country: 'GB',
    });
  });
  it('keeps a county of another country out (guard)', () => {
    expect(seatPhrase('We are headquartered in Austin, Texas.')).toMatchObject({ city: 'Austin', country: 'US' });
  });
});

describe('a Latvian postal line: the town, then LV and four digits', () => {
  const first = (text: string) => findAddresses(text)[0]?.address;
  it('reads the town and the country', () => {
    expect(first('Juridiskā adrese\tSkolas iela 14, Valmiera, LV-4201')).toMatchObject({
      city: 'Valmiera',
      postalCode: 'LV-4201',
      country: 'LV',
    });
    expect(first('Registered address: Ganību dambis 7, Rīga LV 1045')).toMatchObject({ city: 'Rīga', country: 'LV' });
  });
  it('reads no town out of a municipality or a VAT number (guards)', () => {
    expect(first('"Liepas", Kocēnu pagasts, Valmieras novads, LV-4220')).toBeUndefined();
    expect(first('PVN nr. LV40003012345')).toBeUndefined();
  });
  it('prefers the legal address over a plant and a sales office', () => {
    const text = [
      'Kontakti',
      'SIA Ziemeļu Metāls',
      'Juridiskā adrese: Rīgas iela 3, Cēsis, LV-4101',
      'Ražotne: Dārza iela 9, Valmiera, LV-4201',
      'Tirdzniecības birojs: Krasta iela 1, Rīga, LV-1003',
    ].join('\n');
    expect(readImprint(text, 'lv', true).hq).toMatchObject({ city: 'Cēsis', country: 'LV' });
    const plantFirst = [
      'Kontakti',
      'Ražotne: Dārza iela 9, Valmiera, LV-4201',
      'Juridiskā adrese: Rīgas iela 3, Cēsis, LV-4101',
    ].join('\n');
    expect(readImprint(plantFirst, 'lv', true).hq).toMatchObject({ city: 'Cēsis' });
  });
});

describe('an Icelandic postal line: street and number, three digits, the town', () => {
  const first = (text: string, tld?: string) => findAddresses(text, { tldCountry: tld })[0]?.address;
  it('reads the town by its street word, or under .is', () => {
    expect(first('Hrísmýri 3, 800 Selfoss')).toBeUndefined();
    expect(first('Hrísmýri 3, 800 Selfoss', 'IS')).toMatchObject({ city: 'Selfoss', postalCode: '800', country: 'IS' });
    expect(first('Strandgata 12, 600 Akureyri')).toMatchObject({ city: 'Akureyri', street: 'Strandgata 12' });
    expect(first('Office: Hafnarbraut 4, 780 Höfn')).toMatchObject({ city: 'Höfn', country: 'IS' });
  });
  it('reads no count of things as a postcode (guard)', () => {
    expect(first('Suite 5, 100 Park Avenue')).toBeUndefined();
    expect(first('Founded 1994, 120 Engineers')).toBeUndefined();
  });
  it('prefers the seat over a processing plant and a sales office', () => {
    const text = [
      'Hafa samband',
      'Norðurfiskur ehf.',
      'Strandgata 12, 600 Akureyri',
      'Fiskvinnsla: Hafnarbraut 4, 780 Höfn',
      'Söluskrifstofa: Borgartún 20, 105 Reykjavík',
    ].join('\n');
    const hq = readImprint(text, 'is', true, { tldCountry: 'IS' }).hq;
    expect(hq).toMatchObject({ city: 'Akureyri', country: 'IS' });
    const plantFirst = ['Fiskvinnsla: Hafnarbraut 4, 780 Höfn', 'Strandgata 12, 600 Akureyri'].join('\n');
    expect(readImprint(plantFirst, 'is', true, { tldCountry: 'IS' }).hq).toMatchObject({ city: 'Akureyri' });
  });
});

describe('seat and site labels of the other northern languages', () => {
  it('reads a Lithuanian seat over its plant, a Finnish one over its factory', () => {
    const lt = ['Kontaktai', 'Gamykla: Pramonės g. 5, LT-87101 Telšiai', 'Buveinė: Vilniaus g. 10, LT-44280 Kaunas'];
    expect(readImprint(lt.join('\n'), 'lt', true).hq).toMatchObject({ city: 'Kaunas', country: 'LT' });
    const fi = ['Yhteystiedot', 'Tehdas: Teollisuustie 8, 74120 Iisalmi', 'Pääkonttori: Kauppakatu 3, 70100 Kuopio'];
    expect(readImprint(fi.join('\n'), 'fi', true, { tldCountry: 'FI' }).hq).toMatchObject({ city: 'Kuopio' });
  });
});

describe("a board's company box labelling the employer's seat in a northern language", () => {
  it('reads a Lithuanian head office row, a Latvian legal address row, a Welsh one', () => {
    expect(seatRow('Apie darbdavį\nĮmonė\tUAB „Šiaurės Vėjas“\nBūstinė\tPanevėžys\nĮkurta\t2011')).toMatchObject({
      city: 'Panevėžys',
    });
    expect(seatRow('Darba devējs\nJuridiskā adrese\nSkolas iela 14, Valmiera, LV-4201\nMājaslapa')).toMatchObject({
      city: 'Valmiera',
      country: 'LV',
    });
    expect(seatRow('Am y cwmni\nPencadlys: Caernarfon\nSefydlwyd: 2004')).toMatchObject({ city: 'Caernarfon' });
  });
  it("reads no job's place row as the seat (guard)", () => {
    expect(seatRow('Darbo vieta: Mažeikiai\nAtlyginimas: 2300 EUR')).toBeUndefined();
  });
});
