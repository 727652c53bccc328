import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../lib/extract/text/address';
import { readImprint, seatPhrase } from '../../../lib/extract/text/imprint';

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
      seatPhrase('Kelvin Pumps Ltd is headquartered at our main workshop on the Carsebridge Business Park in Stirling, Stirlingshire.'),
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
