import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../../lib/extract/text/address';
import { gazetteerPlace } from '../../../../lib/extract/text/gazetteer';
import { seatPhrase } from '../../../../lib/extract/text/imprint';
import { seatValueCity } from '../../../../lib/extract/text/seat-value';

// Seats as French-speaking Africa and the Maghreb write them: a quarter between the street and the postal line, a
// post-office box before the city, a seat label's value opening on a building, a seat sentence with two subjects.
// Invented companies, streets, numbers and boxes; public place names only.

describe('a quarter between the street and the postal line', () => {
  it('reads the street over the quarter when a country closes the postal line', () => {
    const [hit] = findAddresses('Atlas Emballage SA\n18, Boulevard Ibnou Sina, Maarif\n20330 Casablanca – Maroc\n', {
      lang: 'fr',
    });
    expect(hit?.address).toMatchObject({ city: 'Casablanca', postalCode: '20330', country: 'MA' });
    const [rabat] = findAddresses('Siège : 9, rue Oued Fès, Agdal, 10080 Rabat, Maroc', { lang: 'fr' });
    expect(rabat?.address).toMatchObject({ city: 'Rabat', country: 'MA' });
  });

  it('reads nothing when no country closes the line: the shape alone would say France', () => {
    expect(findAddresses('18, Boulevard Ibnou Sina, Maarif\n20330 Casablanca\n', { lang: 'fr' })).toEqual([]);
  });
});

describe("the city that closes a seat label's value", () => {
  it('takes the city after a post-office box, a postcode, or a known city closing the value', () => {
    expect(seatValueCity('Immeuble Kora, 3e étage, Avenue Lamblin, Plateau, 04 BP 1187 Abidjan 04')).toBe('Abidjan');
    expect(seatValueCity('Route de Ngor, Almadies, BP 2210 Thiès. Site web : www.example.sn')).toBe('Thiès');
    expect(seatValueCity('Zone industrielle Route de Gabès, 3003 Sfax · Site : www.example.tn')).toBe('Sfax');
    expect(seatValueCity('Immeuble Kivu, Avenue du Port n° 12, Commune de la Gombe, Kinshasa')).toBe('Kinshasa');
  });

  it('reads no quarter, no Cedex and no unknown last word as the city', () => {
    expect(seatValueCity('Immeuble Kora, Avenue Lamblin, Cocody Riviera')).toBeUndefined();
    expect(seatValueCity('Immeuble Kora, BP 12 Cedex')).toBeUndefined();
    expect(seatValueCity('Avenue Lamblin')).toBeUndefined();
  });

  it("answers a seat label whose value opens on a street or a building, not with the street's word", () => {
    expect(seatPhrase('Siège social : Route de Khombole, BP 77 Thiès.')?.city).toBe('Thiès');
    expect(seatPhrase('Siège social — Immeuble Kora, Avenue Lamblin, 04 BP 1187 Abidjan 04\nUsine')?.city).toBe(
      'Abidjan',
    );
    expect(seatPhrase('Siège social : Route de Khombole, Keur Massar.')?.city).toBeUndefined();
  });
});

describe('a French seat sentence with a second subject', () => {
  it('reads the city after "son siège social et sa direction ... sont installés à"', () => {
    const text =
      'Créée en 2001, la société emploie 90 personnes. Son siège social et sa direction commerciale sont installés à Tunis (Les Berges du Lac).';
    expect(seatPhrase(text)?.city).toBe('Tunis');
  });

  it('does not read a plant or an office sentence without the seat word', () => {
    expect(seatPhrase('Son usine et sa direction technique sont installées à Sousse.')).toBeUndefined();
  });
});

describe('the gazetteer in French-speaking Africa', () => {
  it('knows the business cities of the Maghreb and of West and Central Africa', () => {
    expect(gazetteerPlace('Sétif')?.country).toBe('DZ');
    expect(gazetteerPlace('Monastir')?.country).toBe('TN');
    expect(gazetteerPlace('Curepipe')?.country).toBe('MU');
    expect(gazetteerPlace('Kinshasa')?.country).toBe('CD');
  });

  it("does not read a hyphenated saint's town as the US city of the same saint", () => {
    expect(gazetteerPlace('Saint-Louis')).toBeUndefined();
    expect(gazetteerPlace('St. Louis')?.country).toBe('US');
  });
});

describe("another address's province code after a seat's postal line", () => {
  it('names no country from the next line\'s "(BS)", and keeps a country written after the city', () => {
    const text =
      'Sede legale: Via Olmeda 14 – 25128 Brescia\nStabilimento: Via Garibaldi 90 – 25065 Lumezzane (BS)\nP.IVA 0123';
    expect(findAddresses(text)[0]?.address.country).toBe('IT');
    expect(findAddresses('Rue du Lac 12, 1003 Lausanne\nSuisse')[0]?.address.country).toBe('CH');
  });
});
