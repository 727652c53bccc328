import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../lib/extract/text/address';
import { frenchPostcodeRegion, italianProvinceRegion, swissCanton } from '../../../lib/extract/text/coded-regions';
import { withHqCountry } from '../../../lib/extract/text/hq-country';
import { regionBesideCity } from '../../../lib/extract/text/region-beside-city';
import { regionOfCode } from '../../../lib/extract/text/region-of-code';
import type { Address, CompanySignals } from '../../../lib/signals/schema';

// Invented companies, streets, numbers and snippets only; public place names. The held-out pages are the measurement.

const fact = <T>(value: T) => ({
  value,
  source: 'jsonld',
  layer: 'structured' as const,
  url: 'https://www.example.com/kontakt',
  confidence: 0.9,
  observedAt: 0,
});
const company = (hq: Address): CompanySignals => ({ hq: fact(hq) });
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

describe('the region a province, canton or département code lies in, where the page names it', () => {
  it("gives an Italian province's region ('VI' -> Veneto) named in the address line", () => {
    const seat = { city: 'Marano Vicentino', postalCode: '36035', region: 'VI', country: 'IT' };
    expect(regionOfCode(seat, 'Sede: Via dei Tigli 4 – 36035 Marano Vicentino (VI) – Veneto, Italia')).toBe('Veneto');
    expect(regionOfCode({ ...seat, region: 'PO', city: 'Vaiano' }, 'Lanificio dal 1950 in Toscana')).toBe('Toscana');
  });

  it("gives a Swiss canton's name for its code, in German and French", () => {
    expect(regionOfCode({ city: 'Wohlen', region: 'AG', country: 'CH' }, 'Ihr Partner im Kanton Aargau')).toBe(
      'Aargau',
    );
    expect(
      regionOfCode(
        { city: 'Yverdon-les-Bains', region: 'VD', country: 'CH' },
        'Entreprise familiale du canton de Vaud',
      ),
    ).toBe('Vaud');
  });

  it("gives a French postcode's region named beside the town", () => {
    const seat = { city: 'Olivet', postalCode: '45160', country: 'FR' };
    expect(regionOfCode(seat, 'Siège : 12 rue des Tanneurs, 45160 Olivet (Centre-Val de Loire)')).toBe(
      'Centre-Val de Loire',
    );
    expect(regionOfCode({ city: 'Vitré', postalCode: '35500', country: 'FR' }, 'Née en Bretagne en 1988')).toBe(
      'Bretagne',
    );
  });

  it('replaces the code on a structured seat (through the seat pass)', () => {
    const page = company({ city: 'Wohlen', postalCode: '5610', region: 'AG', country: 'CH' });
    withHqCountry(page, 'Metallbau seit 1990 aus dem Kanton Aargau');
    expect(page.hq?.value.region).toBe('Aargau');
  });

  it('keeps the code where the page names no region, or another one (guards)', () => {
    const seat = { city: 'Marano Vicentino', postalCode: '36035', region: 'VI', country: 'IT' };
    expect(regionOfCode(seat, 'Via dei Tigli 4 – 36035 Marano Vicentino (VI)')).toBeUndefined();
    expect(regionOfCode(seat, 'Filiale commerciale in Lombardia')).toBeUndefined();
    expect(regionOfCode({ city: 'Olivet', postalCode: '45160', country: 'FR' }, 'Agence en Bretagne')).toBeUndefined();
  });

  it('reads no region out of a longer name, nor a canton named for the seat city itself (guards)', () => {
    const rennes = { city: 'Rennes', postalCode: '35000', country: 'FR' };
    expect(regionOfCode(rennes, 'Export vers la Grande-Bretagne')).toBeUndefined();
    expect(regionOfCode({ city: 'Genève', region: 'GE', country: 'CH' }, 'Rue du Lac 3, 1207 Genève')).toBeUndefined();
  });
});

describe('the code tables', () => {
  it('hold every Italian province, Swiss canton and metropolitan département', () => {
    const italian =
      'TO VC NO CN AT AL BI VB AO VA CO SO MI BG BS PV CR MN LC LO MB BZ TN VR VI BL TV VE PD RO UD GO TS PN IM SV GE SP ' +
      'PC PR RE MO BO FE RA FC RN MS LU PT FI LI PI AR SI GR PO PG TR PU AN MC AP FM VT RI RM LT FR AQ TE PE CH CB IS ' +
      'CE BN NA AV SA FG BA TA BR LE BT PZ MT CS CZ RC KR VV TP PA ME AG CL EN CT RG SR SS NU CA OR SU';
    expect(italian.split(' ').filter((code) => !italianProvinceRegion(code))).toEqual([]);
    expect(italian.split(' ')).toHaveLength(107);
    const cantons = 'ZH BE LU UR SZ OW NW GL ZG FR SO BS BL SH AR AI SG GR AG TG TI VD VS NE GE JU'.split(' ');
    expect(cantons.filter((code) => !swissCanton(code))).toEqual([]);
    const departments = Array.from({ length: 95 }, (_, i) => `${String(i + 1).padStart(2, '0')}100`);
    expect(departments.filter((code) => !frenchPostcodeRegion(code))).toEqual([]);
    expect(frenchPostcodeRegion('97400')?.[0]).toBe('La Réunion');
  });
});

describe('a Spanish province whose name is no town, beside the town', () => {
  it('is read in brackets or after a comma', () => {
    expect(regionBesideCity('Sede\nAmorebieta (Bizkaia)', 'Amorebieta', 'ES')).toBe('Bizkaia');
    expect(regionBesideCity('Polígono Industrial 3\nLlanes, Asturias', 'Llanes', 'ES')).toBe('Asturias');
  });

  it('is not read where the next name is a province named for its capital (guard)', () => {
    expect(regionBesideCity('Getafe, Madrid', 'Getafe', 'ES')).toBeUndefined();
  });
});
