import { describe, expect, it } from 'vitest';
import { readImprint } from '../../../lib/extract/text/imprint';

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
