import { describe, expect, it } from 'vitest';
import { companyFacts } from '../../../lib/panel/company-facts';
import type { CompanySignals } from '../../../lib/signals/schema';

const ev = (url = 'https://acme.example/') => ({
  source: 'jsonld',
  layer: 'structured' as const,
  url,
  confidence: 0.9,
  observedAt: 1,
});
const byId = (s: CompanySignals) => new Map(companyFacts(s).map((f) => [f.id, f]));

describe('the facts card', () => {
  it('lists profiles once, as links named in words, and drops links that are not web pages', () => {
    const facts = byId({
      socials: {
        linkedin: { ...ev(), value: 'https://www.linkedin.com/company/acme' },
        github: { ...ev(), value: 'javascript:alert(1)' },
      },
    } as CompanySignals);
    expect(facts.get('profiles')).toMatchObject({
      value: '',
      links: [{ label: 'LinkedIn', url: 'https://www.linkedin.com/company/acme' }],
    });
  });

  it('says what a careers link without a count means, and counts roles by department when read', () => {
    const careers = { ...ev(), value: { careersUrl: 'https://acme.example/careers' } };
    expect(byId({ hiring: careers } as CompanySignals).get('hiring')).toMatchObject({
      value: 'Has a careers page; open roles not counted',
      links: [{ label: 'Careers page', url: 'https://acme.example/careers' }],
    });
    const counted = {
      hiring: { ...ev(), value: { openRoles: 5, byDepartment: { sales: 2, engineering: 3 } } },
    } as CompanySignals;
    expect(byId(counted).get('hiring')?.value).toBe('5 open roles: 3 in engineering, 2 in sales');
  });

  it('names countries in words and leaves out what the pages did not state', () => {
    const facts = byId({ hq: { ...ev(), value: { city: 'Soltau', country: 'DE' } } } as CompanySignals);
    expect(facts.get('hq')?.value).toBe('Soltau, Germany');
    expect([...facts.keys()]).toEqual(['hq']);
    // A region is named between city and country, once: a city that is its own region is not repeated.
    const leipzig = byId({
      hq: { ...ev(), value: { city: 'Leipzig', region: 'Saxony', country: 'DE' } },
    } as CompanySignals);
    expect(leipzig.get('hq')?.value).toBe('Leipzig, Saxony, Germany');
    const berlin = byId({
      hq: { ...ev(), value: { city: 'Berlin', region: 'Berlin', country: 'DE' } },
    } as CompanySignals);
    expect(berlin.get('hq')?.value).toBe('Berlin, Germany');
  });
});
