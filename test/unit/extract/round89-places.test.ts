import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../lib/extract/text/address';

// Invented companies, streets, numbers and snippets only; public place names. The held-out pages are the measurement.

const addresses = (text: string, tldCountry?: string) => findAddresses(text, { tldCountry }).map((h) => h.address);

describe('a region alone on the line under the postcode and town', () => {
  it('is the address region, the town above it the city (Austrian and German impressums)', () => {
    expect(addresses('Kirchenbichl 7\n6330 Kufstein\nTirol, Österreich', 'AT')).toEqual([
      { city: 'Kufstein', postalCode: '6330', region: 'Tirol', country: 'AT' },
    ]);
    expect(addresses('Hinterm Bach 3\n83646 Bad Tölz\nBayern, Deutschland', 'DE')).toEqual([
      { city: 'Bad Tölz', postalCode: '83646', region: 'Bayern', country: 'DE' },
    ]);
  });

  it('leaves a city line that is no region under its street as it was (guard)', () => {
    expect(addresses('Unit 4, 210 Example Avenue\nPortland, United States')[0]).toMatchObject({ city: 'Portland' });
  });
});

describe("Austria's own street words", () => {
  it('reads "-zeile", "Lände" and "-gürtel" streets as the street line before the postcode', () => {
    expect(addresses('Hafnerzeile 12\n4020 Linz', 'AT')[0]).toMatchObject({ street: 'Hafnerzeile 12', city: 'Linz' });
    expect(addresses('Obere Donaulände 9, 4020 Linz', 'AT')[0]).toMatchObject({ street: 'Obere Donaulände 9' });
    expect(addresses('Lerchengürtel 31\n8020 Graz', 'AT')[0]).toMatchObject({ city: 'Graz', postalCode: '8020' });
  });
});
