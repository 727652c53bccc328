import { describe, expect, it } from 'vitest';
import { toAddress } from '../../../lib/extract/organization';
import { findAddresses } from '../../../lib/extract/text/address';
import { districtCity } from '../../../lib/extract/text/city-districts';
import { withHqCountry } from '../../../lib/extract/text/hq-country';
import { regionBesideCity } from '../../../lib/extract/text/region-beside-city';
import type { Address, CompanySignals } from '../../../lib/signals/schema';

// Seats as South Asian pages write them. Invented companies, streets and buildings; public place names only.
const fact = <T>(value: T) => ({
  value,
  source: 'text',
  layer: 'heuristic' as const,
  url: 'https://jobs.example.com/tarakeet/1',
  confidence: 0.4,
  observedAt: 0,
});
const company = (hq: Address): CompanySignals => ({ hq: fact(hq) });

describe('a postcode joined to the city by a hyphen', () => {
  it('reads the city, not the province after it', () => {
    const [hit] = findAddresses(
      'Office 9, 3rd Floor, Lantern Plaza, Shahrah-e-Quaideen, Karachi-74800, Sindh, Pakistan',
    );
    expect(hit?.address).toMatchObject({ city: 'Karachi', postalCode: '74800', region: 'Sindh', country: 'PK' });
  });

  it('reads a Bangladeshi four-digit code the same way', () => {
    const [hit] = findAddresses('Plot 14, Road 3, Block C, Mirpur Link Road, Dhaka-1216, Bangladesh');
    expect(hit?.address).toMatchObject({ city: 'Dhaka', country: 'BD' });
  });
});

describe('an Indian address closing on its state and PIN', () => {
  it('reads the state, the PIN and India, and files the district under its city', () => {
    const [hit] = findAddresses('Unit 5, Sapphire Arcade, Gachibowli, Hyderabad, Telangana 500032');
    expect(hit?.address).toMatchObject({
      city: 'Hyderabad',
      region: 'Telangana',
      postalCode: '500032',
      country: 'IN',
    });
  });

  it('reads no country from a city and PIN alone, without the state', () => {
    expect(findAddresses('Unit 5, Lotus Court, Andheri East, Mumbai 400069')).toEqual([]);
  });
});

describe('a postal district number after a structured locality', () => {
  it('files "Colombo 05" under Colombo', () => {
    const address = { '@type': 'PostalAddress', addressLocality: 'Colombo 05', addressCountry: 'LK' };
    expect(toAddress(address)?.city).toBe('Colombo');
  });

  it('keeps a locality without one', () => {
    expect(toAddress({ '@type': 'PostalAddress', addressLocality: 'Kandy' })?.city).toBe('Kandy');
  });
});

describe('South Asian districts written where the city stands', () => {
  it('names their cities', () => {
    expect(districtCity('Thamel', 'NP')).toBe('Kathmandu');
    expect(districtCity('Banjara Hills', 'IN', 'Telangana')).toBe('Hyderabad');
    expect(districtCity('Gulshan', 'BD')).toBe('Dhaka');
    expect(districtCity('Thamel', 'IN')).toBeUndefined();
  });

  it("files a seat in a district under its city once the page's address names the country", () => {
    const seat = company({ city: 'Lazimpat' });
    withHqCountry(seat, 'Our head office is in Lazimpat, Kathmandu.\nAddress: Lazimpat-2, Kathmandu, Nepal');
    expect(seat.hq?.value).toMatchObject({ city: 'Kathmandu', country: 'NP' });
  });

  it("takes the country and state from the city's address when the prose named the district", () => {
    const seat = company({ city: 'Kondapur' });
    withHqCountry(
      seat,
      'Our headquarters in Kondapur, Hyderabad.\nFlat 3, Lotus Enclave, Kondapur, Hyderabad, Telangana 500084',
    );
    expect(seat.hq?.value).toMatchObject({ city: 'Hyderabad', country: 'IN', region: 'Telangana' });
  });
});

describe('the state after an Indian city and its PIN', () => {
  it('is read beside the city', () => {
    expect(regionBesideCity('Plot 8, Mill Road, Rohtak – 124 001, Haryana', 'Rohtak', 'IN')).toBe('Haryana');
    expect(regionBesideCity('Unit 2, Sector 5, Hyderabad-74000, Sindh', 'Hyderabad', 'PK')).toBe('Sindh');
  });

  it('is not read for a territory named for its own city', () => {
    expect(regionBesideCity('Plot 8, Phase 2, Mohali – 160 055, Chandigarh', 'Mohali', 'IN')).toBeUndefined();
  });
});

describe("a Spanish register sheet's code", () => {
  it('is no city and postcode', () => {
    const hits = findAddresses('Registro Mercantil de Soria, Tomo 310, Folio 22, Hoja SO-45120');
    expect(hits.map((h) => h.address.city)).not.toContain('Hoja');
  });
});
