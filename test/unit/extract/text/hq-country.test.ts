import { describe, expect, it } from 'vitest';
import { withHqCountry } from '../../../../lib/extract/text/hq-country';
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
  it("takes the country of an address on the page in the HQ's city", () => {
    const c = company({ city: 'Bucureşti' });
    withHqCountry(c, 'Job location\nStrada Avrig 12, 021231 Bucuresti, Romania\nApply now');
    expect(c.hq?.value).toEqual({ city: 'Bucureşti', country: 'RO' });
    expect(c.hq?.confidence).toBe(0.8);
  });

  it("falls back to the company domain's country code, with a lower confidence", () => {
    const c = company({ city: 'Bengaluru' }, 'quillfeather.in');
    withHqCountry(c, 'We are headquartered in Bengaluru.');
    expect(c.hq?.value.country).toBe('IN');
    expect(c.hq?.confidence).toBe(0.5);
  });

  it("reads no generic code, and an address's country over the domain's", () => {
    const generic = company({ city: 'Tallinn' }, 'quillfeather.io');
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
});
