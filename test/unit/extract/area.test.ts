import { describe, expect, it } from 'vitest';
import { isAreaLabel } from '../../../lib/extract/area';
import { toAddress } from '../../../lib/extract/organization';
import { parseLocation } from '../../../lib/extract/sites/location';
import { findAddress } from '../../../lib/extract/text/address';

describe('area labels are never cities', () => {
  it.each([
    'Greater Austin Area',
    'San Francisco Bay Area',
    'Greater Stockholm Metropolitan Area',
    'European Union (EU)',
    'EMEA',
    'Remote',
    'Metropolregion Rhein-Neckar',
    'Hamburg und Umgebung',
    'Großraum München',
    'Région de Bordeaux',
    'Île-de-France Région',
    'Comunidad de Madrid',
    'Área metropolitana de Barcelona',
    'Germany',
    'East Coast',
    'New England',
    'Pacific Northwest',
    'Costa del Sol',
    "Côte d'Azur",
  ])('%s is an area', (label) => {
    expect(isAreaLabel(label)).toBe(true);
  });

  it.each([
    'Austin',
    'San Francisco',
    'Frankfurt am Main',
    'Saint-Denis',
    'Luxembourg',
    'Singapore',
    'Mountain View',
    'Costa Mesa',
    'Newcastle',
  ])('%s is a city', (city) => {
    expect(isAreaLabel(city)).toBe(false);
  });

  it('keeps what else a location line says', () => {
    expect(parseLocation('Greater Austin Area')).toBeUndefined();
    expect(parseLocation('Hamburg und Umgebung, Deutschland')).toEqual({ country: 'DE' });
    expect(parseLocation('Austin, Texas, United States')).toEqual({ city: 'Austin', region: 'Texas', country: 'US' });
    expect(parseLocation('Cambridge, Massachusetts, United States, North America')).toEqual({
      city: 'Cambridge',
      region: 'Massachusetts',
      country: 'US',
    });
  });

  it('reads European first-level regions after the city, with their country', () => {
    expect(parseLocation('Málaga, Andalucía')).toEqual({ city: 'Málaga', region: 'Andalucía', country: 'ES' });
    expect(parseLocation('Ingolstadt, Bayern')).toEqual({ city: 'Ingolstadt', region: 'Bayern', country: 'DE' });
    expect(parseLocation('Lille, Hauts-de-France')).toEqual({
      city: 'Lille',
      region: 'Hauts-de-France',
      country: 'FR',
    });
    expect(parseLocation('Utrecht, Nederland')).toEqual({ city: 'Utrecht', country: 'NL' });
  });

  it('drops an area from structured addresses and text addresses', () => {
    expect(toAddress({ addressLocality: 'San Francisco Bay Area', addressCountry: 'US' })).toEqual({ country: 'US' });
    expect(toAddress({ addressLocality: 'Paris', addressCountry: 'FR' })).toEqual({ city: 'Paris', country: 'FR' });
    expect(findAddress('Kontakt\nHauptstraße 4\n12345 Großraum Stuttgart\n', 'de')?.city).toBeUndefined();
  });
});
