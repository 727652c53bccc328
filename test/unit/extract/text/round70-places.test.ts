import { describe, expect, it } from 'vitest';
import { findAddresses } from '../../../../lib/extract/text/address';
import { districtCity } from '../../../../lib/extract/text/city-districts';
import { withHqCountry } from '../../../../lib/extract/text/hq-country';
import { lineAddresses } from '../../../../lib/extract/text/line-address';
import type { Address, CompanySignals } from '../../../../lib/signals/schema';

// Districts written before their city, Mexican state abbreviations, Argentine postcodes and Galician towns, as
// addresses in Turkey, Egypt, Chile, Peru, Mexico, Argentina and Spain write them. Invented companies, streets and
// numbers; public place names only.
const fact = (value: Address) => ({
  value,
  source: 'jsonld',
  layer: 'structured' as const,
  url: 'https://www.example.com.tr/iletisim',
  confidence: 0.9,
  observedAt: 0,
});

function seatOf(hq: Address): Address | undefined {
  const company: CompanySignals = { hq: fact(hq) };
  withHqCountry(company, '');
  return company.hq?.value;
}

describe('a district of one of the largest cities', () => {
  it('files a structured address whose locality is a district under its city', () => {
    expect(seatOf({ city: 'Ataşehir', region: 'İstanbul', country: 'TR', postalCode: '34750' })?.city).toBe('İstanbul');
    expect(seatOf({ city: 'Karşıyaka', region: 'İzmir', country: 'TR' })?.city).toBe('İzmir');
    expect(seatOf({ city: 'Las Condes', country: 'CL' })?.city).toBe('Santiago');
    expect(seatOf({ city: 'San Isidro', region: 'Lima', country: 'PE' })?.city).toBe('Lima');
    expect(seatOf({ city: 'Coyoacán', region: 'CDMX', country: 'MX' })?.city).toBe('Ciudad de México');
  });

  it('keeps a town of its own, a district of another country and a region that names another city', () => {
    // Çorlu is a town of Tekirdağ, no district of a listed city.
    expect(seatOf({ city: 'Çorlu', region: 'Tekirdağ', country: 'TR' })?.city).toBe('Çorlu');
    // "Maltepe" is also a quarter of Ankara: the region says which.
    expect(seatOf({ city: 'Maltepe', region: 'Ankara', country: 'TR' })?.city).toBe('Maltepe');
    // Palermo is a barrio of Buenos Aires and a city of Italy.
    expect(seatOf({ city: 'Palermo', country: 'IT' })?.city).toBe('Palermo');
    // San Isidro of Buenos Aires province is a partido of its own, not a barrio of the city.
    expect(seatOf({ city: 'San Isidro', region: 'Buenos Aires', country: 'AR' })?.city).toBe('San Isidro');
    expect(districtCity('Bağcılar', undefined)).toBeUndefined();
  });

  it('reads the city after a district in an address line', () => {
    const [cairo] = lineAddresses('27 Abbas El Akkad St., 7th District, Heliopolis, Cairo, Egypt');
    expect(cairo?.address).toMatchObject({ city: 'Cairo', country: 'EG' });
    const [santiago] = lineAddresses('Av. Apoquindo 4100, Of. 1201, Las Condes, Santiago, Chile');
    expect(santiago?.address).toMatchObject({ city: 'Santiago', country: 'CL' });
    expect(santiago?.address.region).toBeUndefined();
    const [lima] = lineAddresses('Jr. Las Begonias 450, of. 301, San Isidro, Lima, Perú');
    expect(lima?.address).toMatchObject({ city: 'Lima', country: 'PE' });
  });

  it('leaves two unknown parts before a country unanswered', () => {
    // "Getafe, Madrid": a town and its province; neither is a listed district.
    expect(lineAddresses('Calle de la Industria 14, Polígono Los Olivos, Getafe, Madrid, España')).toEqual([]);
  });
});

describe('a Mexican state abbreviation closing an address line', () => {
  it('names the state and the country', () => {
    const [hit] = lineAddresses('Oficinas: Av. Hidalgo 1290, Col. Centro, Zapopan, Jal.');
    expect(hit?.address).toEqual({ city: 'Zapopan', region: 'Jalisco', country: 'MX' });
    const [queretaro] = lineAddresses('Calle Ezequiel Montes 45, Col. Niños Héroes, Santiago de Querétaro, Qro.');
    expect(queretaro?.address).toMatchObject({ city: 'Santiago de Querétaro', region: 'Querétaro', country: 'MX' });
  });

  it('takes no colonia or word for a state, and no house number for a postcode', () => {
    // "Col." is a colonia's abbreviation, not Colima.
    expect(lineAddresses('Calle Morelos 88, Centro, Tecomán, Col.')).toEqual([]);
    // A sentence's figure is no street, and the state's abbreviation after it no city.
    expect(lineAddresses('Nave de 12,500 m² para un cliente en Apodaca, N.L.')).toEqual([]);
  });
});

describe("Argentina's full postcode (CPA)", () => {
  it('reads the Ciudad Autónoma by its letter, with the closing letters apart or not', () => {
    const [hit] = findAddresses(
      'Av. Córdoba 1850, piso 4\nC1120 AAN Ciudad Autónoma de Buenos Aires\n+54 11 5555-0101',
    );
    expect(hit?.address).toMatchObject({ city: 'Buenos Aires', postalCode: 'C1120AAN', country: 'AR' });
    const [mendoza] = findAddresses('Calle San Martín 1020\nM5500 GHT Mendoza, Mendoza');
    expect(mendoza?.address).toMatchObject({ city: 'Mendoza', region: 'Mendoza', postalCode: 'M5500GHT' });
  });

  it('needs a street line before a CPA alone', () => {
    expect(findAddresses('Modelo C1120 AAN Ciudad nueva en stock')).toEqual([]);
  });
});

describe('a Galician town after its postcode', () => {
  it('reads the article and an industrial estate as the street', () => {
    const [hit] = findAddresses('Polígono Industrial A Granxa, rúa B, parcela 9\n36475 O Porriño (Pontevedra)');
    expect(hit?.address).toMatchObject({ city: 'O Porriño', region: 'Pontevedra', postalCode: '36475', country: 'ES' });
  });

  it('needs a street line: a bare number and a capital letter are no address', () => {
    expect(findAddresses('Desde 1979 A Estrada celebra a feira.')).toEqual([]);
  });
});
