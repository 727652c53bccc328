import { describe, expect, it } from 'vitest';
import { regionCountry } from '../../../../lib/extract/sites/location';
import { cityKey, gazetteerPlace } from '../../../../lib/extract/text/gazetteer';

describe('gazetteerPlace', () => {
  it('reads local and English spellings, accents and case folded', () => {
    for (const name of ['München', 'Munich', 'MUENCHEN'.replace('UE', 'Ü'), 'munchen']) {
      expect(gazetteerPlace(name), name).toEqual({ country: 'DE', region: 'Bavaria' });
    }
    expect(gazetteerPlace('Bangalore')).toEqual({ country: 'IN', region: 'Karnataka' });
    expect(gazetteerPlace('Wien')).toEqual({ country: 'AT', region: 'Vienna' });
    expect(gazetteerPlace('Cologne')).toEqual({ country: 'DE', region: 'North Rhine-Westphalia' });
    expect(gazetteerPlace('St. Pölten')).toEqual({ country: 'AT', region: 'Lower Austria' });
    expect(gazetteerPlace('Lehi')).toEqual({ country: 'US', region: 'Utah' });
    expect(gazetteerPlace('Tallinn')).toEqual({ country: 'EE' });
  });

  it('reads a city with an English "City", a Danish postal district or a German-speaking district', () => {
    expect(gazetteerPlace('New York City')).toEqual({ country: 'US', region: 'New York' });
    expect(gazetteerPlace('Makati City')).toEqual({ country: 'PH' });
    expect(gazetteerPlace('Aarhus C')).toEqual({ country: 'DK' });
    expect(gazetteerPlace('Berlin-Mitte')).toEqual({ country: 'DE', region: 'Berlin' });
  });

  it('reads no district suffix where it would name another place', () => {
    expect(gazetteerPlace('London ON')).toBeUndefined();
    expect(gazetteerPlace('Porto-Novo')).toBeUndefined();
    expect(gazetteerPlace('Kansas City')).toBeUndefined();
    expect(gazetteerPlace('Frankfurt (Oder)')).toBeUndefined();
    expect(gazetteerPlace('Springfield')).toBeUndefined();
  });

  it("writes each region as the region tables know it, in the city's own country", () => {
    // Regions the location tables read only after a city, or as a city-state's own name.
    const cityStates = new Set(['Berlin', 'Hamburg', 'Bremen', 'Delhi', 'Chandigarh', 'Vienna', 'Salzburg']);
    const names = ['Pittsburgh', 'Austin', 'Toronto', 'Montréal', 'Pune', 'Sydney', 'Curitiba', 'Monterrey', 'Graz'];
    for (const name of [...names, 'Milano', 'Barcelona', 'Bilbao', 'Stuttgart', 'Lausanne', 'Sapporo', 'Berlin']) {
      const place = gazetteerPlace(name);
      expect(place?.region, name).toBeDefined();
      if (place?.region && !cityStates.has(place.region)) {
        expect(regionCountry(place.region, true), `${name}: ${place.region}`).toBe(place.country);
      }
    }
    expect(cityKey('  Freiburg im  Breisgau ')).toBe('freiburg im breisgau');
  });
});
