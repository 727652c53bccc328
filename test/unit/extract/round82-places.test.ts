import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../lib/extract/text/address';
import { readImprint } from '../../../lib/extract/text/imprint';
import { lineAddresses } from '../../../lib/extract/text/line-address';

// Seats as Latin American and anglophone African pages write them. Invented companies, streets and buildings; public
// place names only.

describe('a sentence after the country', () => {
  it('is no city, and its year no postcode', () => {
    const hits = lineAddresses(
      'Published by Kudu Press (Private) Limited, 4th Floor, Baobab House, Harare, Zimbabwe. Founded 2009.',
      'ZW',
    );
    expect(hits.map((h) => h.address.city)).not.toContain('Zimbabwe. Founded');
    expect(hits[0]?.address).toMatchObject({ city: 'Harare', country: 'ZW' });
  });
});

describe('a known city after a road, building or area, before its named country', () => {
  it('reads the city, not the building', () => {
    const [hit] = lineAddresses('3rd Floor, Ironwood House, Harare, Zimbabwe');
    expect(hit?.address).toMatchObject({ city: 'Harare', country: 'ZW' });
  });

  it('reads a numbered plot as the street, not a postcode and a city', () => {
    const [hit] = lineAddresses('Plot 7731, Kestrel Road, Light Industrial Area, Lusaka, Zambia');
    expect(hit?.address).toMatchObject({ city: 'Lusaka', country: 'ZM' });
  });

  it('leaves a line labelled with its town, one office of several', () => {
    expect(lineAddresses('Kampala: 14 Acacia Rise, Kampala, Uganda')).toEqual([]);
  });
});

describe('regions beside the city in Latin American lines', () => {
  it('reads a postcode in a labelled part after the state', () => {
    const [hit] = lineAddresses(
      'Av. Cormorán 118, Parque Industrial Norte\nMexicali, Baja California, C.P. 21210, México',
    );
    expect(hit?.address).toMatchObject({
      city: 'Mexicali',
      region: 'Baja California',
      postalCode: '21210',
      country: 'MX',
    });
  });

  it('reads a dash before the country as a comma, and a Peruvian region', () => {
    const [hit] = lineAddresses('Av. Las Gaviotas Mz. C Lote 4, Zona Industrial Sur\nChimbote, Áncash – Perú');
    expect(hit?.address).toMatchObject({ city: 'Chimbote', region: 'Áncash', country: 'PE' });
  });

  it("reads a Uruguayan department whose name is also Argentina's province", () => {
    const [hit] = lineAddresses('Ruta 24 km 12 · Young, Río Negro, Uruguay');
    expect(hit?.address).toMatchObject({ city: 'Young', region: 'Río Negro', country: 'UY' });
  });

  it('reads a Peruvian region with no country named', () => {
    const [hit] = lineAddresses('Jr. Los Nogales 212, of. 5, Huancayo, Junín');
    expect(hit?.address).toMatchObject({ city: 'Huancayo', region: 'Junín', country: 'PE' });
  });
});

describe('a numbered plant, a depot and an agent are not the seat', () => {
  it('prefers the corporate offices over the second plant', () => {
    const page = [
      'Planta 1 y oficinas corporativas',
      'Calzada Los Pinos 880, Parque Industrial Oriente',
      'Mexicali, Baja California, C.P. 21210, México',
      'Planta 2',
      'Av. Kino y Calle 12 No. 340',
      'San Luis Río Colorado, Sonora, C.P. 83400',
      'Aviso de privacidad',
    ].join('\n');
    expect(readImprint(page, 'es', false, { tldCountry: 'MX' }).hq).toMatchObject({ city: 'Mexicali' });
  });

  it("leaves a sales agent's address abroad for the seat's", () => {
    const page = [
      'Makers of fruit crates since 1980.',
      'Gulf Agent',
      'Unit 4, Jebel Ali Industrial Area 2, Dubai, UAE',
      'We ship crates and trays to growers, packers and wineries across the valley and to buyers in nine countries.',
      'Workshop',
      '22 Cedar Street, Zahle, Lebanon',
      '© Cedrus Boxes S.A.L.',
    ].join('\n');
    expect(findAddresses(page).map((h) => h.address.city)).toContain('Dubai');
    expect(readImprint(page, 'en', false, { tldCountry: 'LB' }).hq?.city).toBe('Zahle');
  });
});

describe("a seat phrase's city completed by its line", () => {
  it('takes the region and country from the line naming the same city', () => {
    const page = [
      'We are a cashew processor based in Tamale, in the north of the country.',
      'Visit us',
      'Savanna Kernel Works Ltd',
      'Tamale, Northern Region, Ghana',
    ].join('\n');
    expect(readImprint(page, 'en', false).hq).toMatchObject({
      city: 'Tamale',
      region: 'Northern Region',
      country: 'GH',
    });
  });
});
