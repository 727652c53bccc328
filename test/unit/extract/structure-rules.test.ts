import { describe, expect, it } from 'vitest';
import { listedCompany, listingText } from '../../../lib/extract/listing';
import { toAddress } from '../../../lib/extract/organization';
import { parseLocation, regionCode } from '../../../lib/extract/sites/location';
import { foundedYear } from '../../../lib/extract/text/founded';
import { headcount } from '../../../lib/extract/text/headcount';
import { readImprint } from '../../../lib/extract/text/imprint';

// Issue 14: rules by structure for the kinds of failure seen on pages nobody tuned for. Invented places and companies.

describe('a state or province code after a city is the region', () => {
  it.each([
    ['Austin, TX', { city: 'Austin', region: 'TX', country: 'US' }],
    ['Toronto, ON', { city: 'Toronto', region: 'ON', country: 'CA' }],
    ['Boston, MA', { city: 'Boston', region: 'MA', country: 'US' }],
    // Also country codes (Puerto Rico, Saudi Arabia): the region, and no country rather than a wrong one.
    ['Curitiba, PR', { city: 'Curitiba', region: 'PR' }],
    ['Adelaide, SA', { city: 'Adelaide', region: 'SA' }],
    ['Campinas, SP', { city: 'Campinas', region: 'SP', country: 'BR' }],
    ['Newcastle, NSW', { city: 'Newcastle', region: 'NSW', country: 'AU' }],
  ])('%s', (text, address) => expect(parseLocation(text)).toEqual(address));

  it('keeps a country code that is no region code a country', () => {
    expect(parseLocation('Lyon, FR')).toEqual({ city: 'Lyon', country: 'FR' });
    expect(regionCode('FR')).toBeUndefined();
    expect(regionCode('Texas')).toBeUndefined();
  });

  it('reads the code after a seat phrase or on a city line as the region', () => {
    expect(readImprint('We are headquartered in Denver, CO and ship to 40 states.', 'en', false).hq).toEqual({
      city: 'Denver',
      region: 'CO',
      country: 'US',
    });
    expect(readImprint('Contact\nHalifax, NS\nhello@example.org', 'en', false).hq).toEqual({
      city: 'Halifax',
      region: 'NS',
      country: 'CA',
    });
  });

  it('never reads a one-line JSON-LD address ending in a state code as a country', () => {
    expect(toAddress('12 Harbor Road, Portland, ME')).toEqual({ country: 'US' });
    expect(toAddress('Rua XV 10, Curitiba, PR')).toBeUndefined();
  });
});

describe('headcount phrasings', () => {
  it.each([
    ['Une équipe de 35 personnes, un seul numéro.', { min: 35, max: 35 }],
    ['Nous sommes une équipe de sept personnes.', { min: 7, max: 7 }],
    ['Notre équipe compte 22 personnes : dentistes et hygiénistes.', { min: 22, max: 22 }],
    ['Siamo in dodici tra grafici e sviluppatori.', { min: 12, max: 12 }],
    ['Zatrudniamy ponad 250 pracowników.', { min: 250 }],
    ['Wir sind inzwischen 17 Leute.', { min: 17, max: 17 }],
    ['Unsere rund 180 Mitarbeiterinnen und Mitarbeiter', { min: 180, max: 180 }],
    ['Hier arbeiten 14 hauptamtliche Mitarbeiter und rund 90 Ehrenamtliche.', { min: 14, max: 14 }],
    ['I dag har vi 45 medarbetare.', { min: 45, max: 45 }],
    ['Vi er omkring 60 medarbejdere.', { min: 60, max: 60 }],
    ['Since then we have grown to 180 people.', { min: 180, max: 180 }],
    ['We are now a studio of fourteen architects.', { min: 14, max: 14 }],
    ['Une équipe de dix-sept personnes.', { min: 17, max: 17 }],
  ])('%s', (text, range) => expect(headcount(text)?.range).toEqual(range));

  it.each([
    'Plus de 2 000 clients nous font confiance.',
    'Siamo in 3.000 clienti soddisfatti.',
    'Over 5,000 customers and 120 partners.',
    'More than 40,000 people use our app every day.',
  ])('no headcount in "%s"', (text) => expect(headcount(text)).toBeUndefined());
});

describe('"since" after a certificate, label, award or membership is no founding year', () => {
  const NOW = Date.UTC(2025, 0, 15);
  it.each([
    'ISO 9001 certified since 2012.',
    'Certificación ISO 9001 desde 2016.',
    'Zertifiziert nach ISO 14001 seit 2015.',
    'Lauréats du prix régional depuis 2019.',
    'Mitglied der Innung seit 2001.',
    'Gecertificeerd sinds 2018.',
  ])('%s', (text) => expect(foundedYear(text, NOW)).toBeUndefined());

  it('still reads the company\'s own "since" after one', () => {
    expect(foundedYear('ISO 9001 seit 2015. Meisterbetrieb seit 1962.', NOW)?.year).toBe(1962);
    expect(foundedYear('Zimmerei seit 1952', NOW)?.year).toBe(1952);
  });
});

describe("a trade directory's company page", () => {
  const hrefs = ['/', 'https://www.kranwerk-elbtal.example/'];
  const url = 'https://www.firmenregister.example/firma/kranwerk-elbtal/48213';

  it('names the listed company and its linked website', () => {
    expect(listedCompany('Kranwerk Elbtal GmbH\nFirmendaten', url, ['firmenregister'], hrefs)).toEqual({
      name: 'Kranwerk Elbtal GmbH',
      domain: 'kranwerk-elbtal.example',
    });
  });

  it("is not one without a legal-form heading, a linked website, or on the site's own pages", () => {
    expect(listedCompany('Krane und Hebezeuge', url, ['firmenregister'], hrefs)).toBeUndefined();
    expect(listedCompany('Kranwerk Elbtal GmbH', url, ['firmenregister'], ['/'])).toBeUndefined();
    expect(
      listedCompany(
        'Kranwerk Elbtal GmbH',
        'https://www.kranwerk-elbtal.example/ueber-uns',
        ['kranwerk-elbtal'],
        hrefs,
      ),
    ).toBeUndefined();
    expect(listedCompany('Firmenregister GmbH', url, ['firmenregister'], hrefs)).toBeUndefined();
  });

  it("reads the text from the listed name on, not the directory's footer", () => {
    const text = `Cookies\nKranwerk Elbtal GmbH\nZschoner Ring 12\n${'x'.repeat(4000)}\n© Firmenregister GmbH`;
    expect(listingText(text, 'Kranwerk Elbtal GmbH').startsWith('Kranwerk Elbtal GmbH')).toBe(true);
    expect(listingText(text, 'Kranwerk Elbtal GmbH')).not.toContain('Firmenregister');
  });
});
