import { describe, expect, it } from 'vitest';
import { cityOrNone, isAreaLabel } from '../../../lib/extract/area';
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

  it('reads first-level regions of other continents after the city, with their country', () => {
    expect(parseLocation('Durban, KwaZulu-Natal')).toEqual({ city: 'Durban', region: 'KwaZulu-Natal', country: 'ZA' });
    expect(parseLocation('Barranquilla, Atlántico')?.country).toBe('CO');
    expect(parseLocation('Concepción, Región del Biobío')?.country).toBe('CL');
    expect(parseLocation('Seongnam-si, Gyeonggi-do')?.country).toBe('KR');
    expect(parseLocation('Kochi, Kerala')?.country).toBe('IN');
    expect(parseLocation('Graz, Steiermark')?.country).toBe('AT');
    expect(parseLocation('Kraków, Małopolskie')?.country).toBe('PL');
    expect(parseLocation('Göteborg, Västra Götalands län')?.country).toBe('SE');
  });

  it('reads a region that shares its name with a city as the region only after a city', () => {
    expect(parseLocation('Braga, Braga')).toEqual({ city: 'Braga', region: 'Braga', country: 'PT' });
    expect(parseLocation('Wellington, Wellington')?.country).toBe('NZ');
    expect(parseLocation('Christchurch, Canterbury')?.country).toBe('NZ');
    // Alone, such a name is the city it also is: Canterbury in Kent is no region of New Zealand.
    expect(parseLocation('Canterbury')).toEqual({ city: 'Canterbury' });
    expect(parseLocation('Porto')).toEqual({ city: 'Porto' });
  });

  it('drops an area from structured addresses and text addresses', () => {
    expect(toAddress({ addressLocality: 'San Francisco Bay Area', addressCountry: 'US' })).toEqual({ country: 'US' });
    expect(toAddress({ addressLocality: 'Paris', addressCountry: 'FR' })).toEqual({ city: 'Paris', country: 'FR' });
    // A locality holding a district and its city: the city is the last place named.
    expect(toAddress({ addressLocality: 'Rosebank, Johannesburg', addressCountry: 'ZA' })?.city).toBe('Johannesburg');
    expect(toAddress({ addressLocality: 'Kreuzberg, Berlin, Germany' })?.city).toBe('Berlin');
    expect(toAddress({ addressLocality: 'Austin, TX' })?.city).toBe('Austin');
    expect(findAddress('Kontakt\nHauptstraße 4\n12345 Großraum Stuttgart\n', 'de')?.city).toBeUndefined();
  });
});

describe("a fact row's label is no part of the city", () => {
  it.each([
    ['Headquarters\tTartu', 'Tartu'],
    ['Sitz: Graz', 'Graz'],
    ['Siège social Lyon', 'Lyon'],
    ['Hauptsitz München', 'München'],
  ])('%s', (raw, city) => expect(cityOrNone(raw)).toBe(city));

  it('keeps a city whose name only starts like a label', () => {
    expect(cityOrNone('Sedella')).toBe('Sedella');
    expect(cityOrNone('Location')).toBe('Location');
  });
});
