import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../../lib/extract/text/address';
import { stateAfterCity } from '../../../../lib/extract/text/city-region';
import { ownScore, seatPhrase } from '../../../../lib/extract/text/imprint';
import { markedSeat } from '../../../../lib/extract/text/marked-seat';
import { regionBesideCity } from '../../../../lib/extract/text/region-beside-city';

// Seats and regions as German, Austrian, Liechtenstein, Dutch, Icelandic and US pages write them. Invented companies
// and streets; public place names only.

describe('a plant named by its town', () => {
  const score = (text: string) => {
    const [hit] = findAddresses(text, { lang: 'de' });
    return hit ? ownScore(text, hit) : undefined;
  };

  it('reads the line as no seat of the company', () => {
    expect(score('Impressum\nSitz Altenfelden\nWerk Rohrbach, Industriestraße 4, 4150 Rohrbach')).toBeLessThan(0);
  });

  it('keeps a company whose name holds the word', () => {
    expect(score('Impressum\nSitz Rohrbach\nHolzwerk Brunner GmbH, Industriestraße 4, 4150 Rohrbach')).toBeGreaterThan(
      0,
    );
  });
});

describe('Liechtenstein postcodes', () => {
  it('reads the FL- prefix as Liechtenstein', () => {
    const [hit] = findAddresses('Fohrenweg 9\nFL-9493 Mauren', { lang: 'de' });
    expect(hit?.address).toMatchObject({ city: 'Mauren', country: 'LI', postalCode: '9493' });
  });

  it('reads no register number as a postcode', () => {
    expect(findAddresses('Registernummer: FL-0001.234.567-8', { lang: 'de' })).toEqual([]);
  });
});

describe('Georgia, the US state', () => {
  it('is read when the page writes a Georgia ZIP code', () => {
    const text = 'We are headquartered in Dalton, Georgia.\nPlant: 12 Mill Rd, Calhoun, GA 30701';
    expect(stateAfterCity(text, 'Dalton')).toEqual({ region: 'Georgia', country: 'US' });
  });

  it('is not read without one: Georgia is also a country', () => {
    expect(stateAfterCity('Our office in Batumi, Georgia opened in 2019. Batumi 6010', 'Batumi')).toBeUndefined();
    expect(stateAfterCity('Offices in Gori, Georgia and Yerevan, Armenia. Gori 1400', 'Gori')).toBeUndefined();
  });
});

describe('a site list that marks the seat', () => {
  it('reads the marked town and its address', () => {
    const text =
      'Lindner Haustechnik GmbH · Hauptplatz 2 · 8330 Feldbach\nStandorte\nFeldbach (Hauptsitz), Fehring, Graz';
    expect(markedSeat(text, 'de')).toMatchObject({ city: 'Feldbach', postalCode: '8330' });
  });

  it('names none when two towns are marked, or none is', () => {
    expect(markedSeat('Standorte\nFeldbach (Hauptsitz), Graz (Zentrale)', 'de')).toBeUndefined();
    expect(markedSeat('Standorte\nFeldbach, Fehring (Lager), Graz', 'de')).toBeUndefined();
  });
});

describe('the Land written after the town and its district', () => {
  it('passes over the district, in brackets too', () => {
    expect(regionBesideCity('Firmensitz: Altenfelden, Bezirk Rohrbach, Oberösterreich', 'Altenfelden', 'AT')).toBe(
      'Oberösterreich',
    );
    expect(
      regionBesideCity('mit Sitz in Vilshofen (Landkreis Passau, Bayern) fertigt seit 1990', 'Vilshofen', 'DE'),
    ).toBe('Bayern');
  });

  it('reads no town of a list, nor a Land after another town', () => {
    expect(regionBesideCity('Standorte: Altenfelden, Salzburg, Wien', 'Altenfelden', 'AT')).toBeUndefined();
    expect(regionBesideCity('Altenfelden, Linz, Oberösterreich', 'Altenfelden', 'AT')).toBeUndefined();
  });
});

describe('the Dutch "hoofdzetel"', () => {
  it('names the seat', () => {
    expect(seatPhrase('Vanuit onze hoofdzetel in Mechelen en vestigingen in Gent en Hasselt')?.city).toBe('Mechelen');
  });

  it('is not read from a branch sentence', () => {
    expect(seatPhrase('Onze vestigingen in Gent en Hasselt bedienen de regio.')).toBeUndefined();
  });
});

describe('Icelandic postcodes', () => {
  it('reads three digits after a house number and before the country', () => {
    const [hit] = findAddresses('Síðumúli 17, 108 Reykjavík, Iceland', { lang: 'en' });
    expect(hit?.address).toMatchObject({ city: 'Reykjavík', postalCode: '108', country: 'IS' });
  });

  it('reads no count before the country', () => {
    expect(findAddresses('Staff: 120 Engineers\nIceland', { lang: 'en' })).toEqual([]);
    // Since round 88 an Icelandic street word before the number reads the line without the country's name
    // (./round88-places.test.ts); a line whose street is no Icelandic one still needs it.
    expect(findAddresses('Block 17, 108 Engineers', { lang: 'en' })).toEqual([]);
  });
});
