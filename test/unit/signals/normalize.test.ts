import { describe, expect, it } from 'vitest';
import { siteKey } from '../../../lib/extract/site-key';
import { normalizePage } from '../../../lib/signals/normalize';

const ev = { source: 'jsonld', layer: 'structured', url: 'https://shop.acme.co.uk/', confidence: 0.9, observedAt: 1 };

describe('normalizePage', () => {
  it('makes the domain registrable with the public suffix list', () => {
    const page = normalizePage({
      url: 'https://shop.acme.co.uk/',
      extractedAt: 1,
      company: { domain: { ...ev, value: 'shop.acme.co.uk' } },
    });
    expect(page?.company?.domain?.value).toBe('acme.co.uk');
  });

  it('drops a domain that is not one', () => {
    const page = normalizePage({
      url: 'http://127.0.0.1/',
      extractedAt: 1,
      company: { domain: { ...ev, value: '127.0.0.1' }, name: { ...ev, value: 'Acme' } },
    });
    expect(page?.company).toEqual({ name: { ...ev, value: 'Acme' } });
  });

  it('drops invalid fields one by one, including one social network', () => {
    const page = normalizePage({
      url: 'https://acme.example/',
      extractedAt: 1,
      company: {
        name: { ...ev, value: 'Acme' },
        founded: { ...ev, value: 'long ago' },
        socials: { x: { ...ev, value: 'https://x.com/acme' }, linkedin: { value: 'no evidence' } },
      },
      person: 'not an object',
    });
    expect(page).toEqual({
      url: 'https://acme.example/',
      extractedAt: 1,
      company: { name: { ...ev, value: 'Acme' }, socials: { x: { ...ev, value: 'https://x.com/acme' } } },
    });
  });

  it('refuses what is not a page', () => {
    expect(normalizePage(null)).toBeNull();
    expect(normalizePage('page')).toBeNull();
    expect(normalizePage({ extractedAt: 1 })).toBeNull();
  });
});

describe('siteKey', () => {
  it.each([
    ['https://www.acme.com/about', 'acme.com'],
    ['https://shop.acme.co.uk/x', 'acme.co.uk'],
    ['blog.acme.com.au', 'acme.com.au'],
    ['https://acme.de', 'acme.de'],
    ['https://foo.github.io/', 'github.io'],
    ['http://127.0.0.1:8080/', undefined],
    ['http://localhost/', undefined],
    ['not a url/', undefined],
  ])('%s -> %s', (input, expected) => {
    expect(siteKey(input)).toBe(expected);
  });
});
