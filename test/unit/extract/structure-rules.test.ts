import { describe, expect, it } from 'vitest';
import { toAddress } from '../../../lib/extract/organization';
import { parseLocation, regionCode } from '../../../lib/extract/sites/location';
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
