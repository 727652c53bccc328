import { describe, expect, it } from 'vitest';
import { ukNation, withHqCountry } from '../../../../lib/extract/text/hq-country';
import type { Address, CompanySignals } from '../../../../lib/signals/schema';

// Invented companies; public place names only.
const fact = <T>(value: T, confidence = 0.8) => ({
  value,
  source: 'text',
  layer: 'heuristic' as const,
  url: 'https://jobs.example.com/quillfeather/1',
  confidence,
  observedAt: 0,
});

function company(hq: Address, domain?: string): CompanySignals {
  return { hq: fact(hq), ...(domain ? { domain: fact(domain) } : {}) };
}

describe('withHqCountry', () => {
  it("names a city-state's seat by the state, not the district its address line gives", () => {
    const central = company({ city: 'Central', street: '18 Connaught Road Central', country: 'HK' });
    withHqCountry(central, '');
    expect(central.hq?.value.city).toBe('Hong Kong');
    const written = company({ city: '香港', country: 'HK' });
    withHqCountry(written, '');
    expect(written.hq?.value.city).toBe('香港');
    const jurong = company({ city: 'Jurong East', postalCode: '609434', country: 'SG' });
    withHqCountry(jurong, '');
    expect(jurong.hq?.value.city).toBe('Singapore');
  });

  it("names a UK address's nation from its postcode, and the county the table knows first", () => {
    const reading = company({ city: 'Reading', postalCode: 'RG1 3BD', country: 'GB' });
    withHqCountry(reading, '');
    expect(reading.hq?.value.region).toBe('England');
    expect(ukNation('EH3 9QG')).toBe('Scotland');
    expect(ukNation('CF10 1AA')).toBe('Wales');
    expect(ukNation('BT1 5GS')).toBe('Northern Ireland');
    // Areas across a border name no nation.
    expect(ukNation('TD15 1AA')).toBeUndefined();
    const stated = company({ city: 'Reading', postalCode: 'RG1 3BD', country: 'GB', region: 'Berkshire' });
    withHqCountry(stated, '');
    expect(stated.hq?.value.region).toBe('Berkshire');
  });

  it("takes the country of an address on the page in the HQ's city", () => {
    const c = company({ city: 'Bucureşti' });
    withHqCountry(c, 'Job location\nStrada Avrig 12, 021231 Bucuresti, Romania\nApply now');
    expect(c.hq?.value).toEqual({ city: 'Bucureşti', country: 'RO' });
    expect(c.hq?.confidence).toBe(0.8);
  });

  it("falls back to the company domain's country code, with a lower confidence", () => {
    const c = company({ city: 'Ranchi' }, 'quillfeather.in');
    withHqCountry(c, 'We are headquartered in Ranchi.');
    expect(c.hq?.value.country).toBe('IN');
    expect(c.hq?.confidence).toBe(0.5);
  });

  it("reads no generic code, and an address's country over the domain's", () => {
    const generic = company({ city: 'Pärnu' }, 'quillfeather.io');
    withHqCountry(generic, undefined);
    expect(generic.hq?.value.country).toBeUndefined();
    const abroad = company({ city: 'Wien' }, 'quillfeather.de');
    withHqCountry(
      abroad,
      'Büro Wien\nPraterstraße 1, 1020 Wien, Österreich\nBüro Bratislava\nMlynské nivy 5, 821 09 Bratislava',
    );
    expect(abroad.hq?.value.country).toBe('AT');
  });

  it('leaves an HQ with a country, or without a city, as it is', () => {
    const stated = company({ city: 'Porto', country: 'PT' }, 'quillfeather.es');
    withHqCountry(stated, undefined);
    expect(stated.hq?.value.country).toBe('PT');
    const region = company({ region: 'Bavaria' }, 'quillfeather.de');
    withHqCountry(region, undefined);
    expect(region.hq?.value.country).toBeUndefined();
  });

  it("takes a major city's country and region from the gazetteer, below an address's confidence", () => {
    const c = company({ city: 'Pittsburgh' }, 'quillfeather.com');
    withHqCountry(c, 'Quillfeather is headquartered in Pittsburgh.');
    expect(c.hq?.value).toEqual({ city: 'Pittsburgh', country: 'US', region: 'Pennsylvania' });
    expect(c.hq?.confidence).toBe(0.6);
    const agreeing = company({ city: 'Bengaluru' }, 'quillfeather.in');
    withHqCountry(agreeing, undefined);
    expect(agreeing.hq?.value).toEqual({ city: 'Bengaluru', country: 'IN', region: 'Karnataka' });
  });

  it('prefers an address on the page to the gazetteer, and adds the region only when they agree', () => {
    const abroad = company({ city: 'Bremen' }, 'quillfeather.com');
    withHqCountry(abroad, 'Head office\n100 Harbor Street, Bremen, GA 30110, United States');
    expect(abroad.hq?.value).toEqual({ city: 'Bremen', country: 'US' });
    const home = company({ city: 'Köln' }, 'quillfeather.com');
    withHqCountry(home, 'Zentrale\nErfundene Straße 9, 50667 Köln, Deutschland');
    expect(home.hq?.value).toEqual({ city: 'Köln', country: 'DE', region: 'North Rhine-Westphalia' });
  });

  it("infers nothing when the domain's country code and the gazetteer disagree", () => {
    const c = company({ city: 'London' }, 'quillfeather.ca');
    withHqCountry(c, 'Our head office is in London.');
    expect(c.hq?.value).toEqual({ city: 'London' });
    expect(c.hq?.confidence).toBe(0.8);
  });

  it("adds the region of a stated country's city, never another country's or over a stated region", () => {
    const munich = company({ city: 'München', country: 'DE' });
    withHqCountry(munich, undefined);
    expect(munich.hq?.value.region).toBe('Bavaria');
    const elsewhere = company({ city: 'Melbourne', country: 'US' });
    withHqCountry(elsewhere, undefined);
    expect(elsewhere.hq?.value.region).toBeUndefined();
    const stated = company({ city: 'Wien', country: 'AT', region: 'Wien' });
    withHqCountry(stated, undefined);
    expect(stated.hq?.value.region).toBe('Wien');
    const weak: CompanySignals = { hq: fact<Address>({ city: 'Stuttgart', country: 'DE' }, 0.4) };
    withHqCountry(weak, undefined);
    expect(weak.hq?.value.region).toBeUndefined();
  });

  it('leaves a city the gazetteer leaves out, as two places bear its name', () => {
    for (const city of ['Portland', 'Cambridge', 'Valencia', 'Córdoba', 'Perth', 'Santiago']) {
      const c = company({ city }, 'quillfeather.com');
      withHqCountry(c, undefined);
      expect(c.hq?.value.country, city).toBeUndefined();
    }
  });
});
