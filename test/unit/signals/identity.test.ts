import { describe, expect, it } from 'vitest';
import { accountKeys, normalizeProfileUrl, registrableDomain } from '../../../lib/signals/identity';
import type { PageSignals } from '../../../lib/signals/schema';

const ev = {
  source: 'jsonld',
  layer: 'structured' as const,
  url: 'https://x.example/',
  confidence: 0.9,
  observedAt: 1,
};

describe('normalizeProfileUrl', () => {
  it.each([
    ['https://www.linkedin.com/company/acme/about/?trk=x', 'linkedin.com/company/acme'],
    ['https://de.linkedin.com/company/acme', 'linkedin.com/company/acme'],
    ['https://www.linkedin.com/in/jane-doe-123/', 'linkedin.com/in/jane-doe-123'],
    ['https://www.crunchbase.com/organization/acme-inc', 'crunchbase.com/organization/acme-inc'],
    ['https://github.com/acme/repo', 'github.com/acme'],
    ['https://twitter.com/Acme', 'twitter.com/acme'],
    ['https://at.linkedin.com/company/acme/jobs?trk=public', 'linkedin.com/company/acme'],
    ['https://es-la.linkedin.com/in/Jane-Doe/de', 'linkedin.com/in/jane-doe'],
    ['https://de.linkedin.com/pub/jane-doe/12/345/678', 'linkedin.com/pub/jane-doe/12/345/678'],
    ['https://www.linkedin.com/company/caf%C3%A9-m%C3%BCller/', 'linkedin.com/company/café-müller'],
    ['https://crunchbase.com/company/acme-inc', 'crunchbase.com/organization/acme-inc'],
    ['https://www.github.com/orgs/Acme/people', 'github.com/acme'],
    ['https://www.linkedin.com/company-beta/1035/', 'linkedin.com/company/1035'],
    ['https://www.linkedin.com/organization-guest/company/acme?challengeId=x', 'linkedin.com/company/acme'],
    ['http://www.linkedin.com/companies/acme-corp', 'linkedin.com/company/acme-corp'],
    ['https://www.linkedin.com/pub/dir/jane/doe', undefined],
    ['https://www.crunchbase.com/organization/acme-inc/company_financials', 'crunchbase.com/organization/acme-inc'],
    ['https://uk.linkedin.com/in/jane-doe-123?originalSubdomain=uk', 'linkedin.com/in/jane-doe-123'],
    ['https://gist.github.com/acme/1', undefined],
    ['https://acme.example/about', undefined],
    ['javascript:alert(1)', undefined],
    ['not a url', undefined],
  ])('%s -> %s', (raw, expected) => {
    expect(normalizeProfileUrl(raw)).toBe(expected);
  });
});

describe('registrableDomain', () => {
  it('keeps public suffixes and drops subdomains', () => {
    expect(registrableDomain('https://shop.bbc.co.uk/x')).toBe('bbc.co.uk');
    expect(registrableDomain('www.Acme.com')).toBe('acme.com');
    expect(registrableDomain('http://127.0.0.1:8080/')).toBeUndefined();
  });
});

describe('accountKeys', () => {
  it('keys by domain and lists profile aliases', () => {
    const page: PageSignals = {
      url: 'https://acme.example/',
      extractedAt: 1,
      company: {
        domain: { ...ev, value: 'acme.example' },
        socials: { linkedin: { ...ev, value: 'https://www.linkedin.com/company/acme/' } },
      },
    };
    expect(accountKeys(page)).toEqual({
      id: 'acme.example',
      domain: 'acme.example',
      aliases: ['linkedin.com/company/acme'],
    });
  });

  it('keys a profile page without a website by its profile URL', () => {
    const page: PageSignals = {
      url: 'https://www.linkedin.com/company/acme/people/',
      extractedAt: 1,
      company: { name: { ...ev, value: 'Acme' } },
    };
    expect(accountKeys(page)).toEqual({
      id: 'profile:linkedin.com/company/acme',
      aliases: ['linkedin.com/company/acme'],
    });
  });

  it('gives no key when nothing identifies the company', () => {
    const page: PageSignals = { url: 'http://127.0.0.1/', extractedAt: 1, company: { name: { ...ev, value: 'Acme' } } };
    expect(accountKeys(page).id).toBeUndefined();
  });
});
