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

  it("takes the page's registered name where the content script sent a registry's second-level label", () => {
    const page = normalizePage({
      url: 'https://www.moraesfilho.adv.br/equipe',
      extractedAt: 1,
      company: { domain: { ...ev, value: 'adv.br' } },
    });
    expect(page?.company?.domain?.value).toBe('moraesfilho.adv.br');
    const other = normalizePage({
      url: 'https://www.moraesfilho.example/equipe',
      extractedAt: 1,
      company: { domain: { ...ev, value: 'av.tr' }, name: { ...ev, value: 'Moraes' } },
    });
    expect(other?.company?.domain).toBeUndefined();
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

  describe('technology traces', () => {
    const none = { resources: [], inlineUrls: [], anchors: [], generators: [], dom: [], inline: [] };
    const stripe = { ...none, resources: [{ host: 'js.stripe.com', path: '/v3/', strong: true }] };
    const urlDomain = { ...ev, source: 'url', layer: 'heuristic', value: 'acme.example' };

    it('matches them against the fingerprints, then drops them', () => {
      const page = normalizePage({
        url: 'https://acme.example/',
        extractedAt: 1,
        company: { name: { ...ev, value: 'Acme' } },
        traces: stripe,
      });
      expect(page?.traces).toBeUndefined();
      expect(page?.company?.technologies).toMatchObject({
        value: [{ name: 'Stripe', category: 'Payments' }],
        source: 'tech',
        layer: 'heuristic',
        url: 'https://acme.example/',
        observedAt: 1,
      });
      expect(page?.company?.name?.value).toBe('Acme');
    });

    it('makes a company of technologies alone, but not of the page domain alone', () => {
      const found = normalizePage({
        url: 'https://acme.example/',
        extractedAt: 1,
        company: { domain: urlDomain },
        traces: stripe,
      });
      expect(found?.company?.domain?.value).toBe('acme.example');
      expect(found?.company?.technologies?.value).toHaveLength(1);
      const nothing = normalizePage({
        url: 'https://acme.example/',
        extractedAt: 1,
        company: { domain: urlDomain },
        traces: { ...none, anchors: [{ host: 'twitter.com', path: '/acme' }] },
      });
      expect(nothing).toEqual({ url: 'https://acme.example/', extractedAt: 1 });
    });

    it('gives nothing on a platform page', () => {
      const page = normalizePage({ url: 'https://www.linkedin.com/company/acme', extractedAt: 1, traces: stripe });
      expect(page).toEqual({ url: 'https://www.linkedin.com/company/acme', extractedAt: 1 });
    });

    it('drops invalid or oversized traces and keeps the page', () => {
      const resources = Array.from({ length: 1_000 }, () => stripe.resources[0]);
      for (const traces of [{ ...stripe, resources }, { ...stripe, dom: 'x' }, 'traces']) {
        const page = normalizePage({
          url: 'https://acme.example/',
          extractedAt: 1,
          company: { name: { ...ev, value: 'Acme' } },
          traces,
        });
        expect(page).toEqual({
          url: 'https://acme.example/',
          extractedAt: 1,
          company: { name: { ...ev, value: 'Acme' } },
        });
      }
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

describe('normalizePage with a text sample', () => {
  const sample = {
    text: 'Impressum\nKesselgrund Analytik GmbH\nMühlenweg 3\n01067 Dresden\nDeutschland\nGegründet 2011.',
    about: 'Kesselgrund Analytik | Laboranalysen',
    headings: 'Laboranalysen',
    types: [],
    tels: [],
    lang: 'de',
  };

  it('derives text facts below what the page had, classifies, and drops the sample', () => {
    const page = normalizePage({
      url: 'https://kesselgrund.example/impressum',
      extractedAt: Date.UTC(2025, 0, 1),
      company: { name: { ...ev, value: 'Kesselgrund Analytik' }, founded: { ...ev, value: 2012 } },
      sample,
    });
    expect(page?.company?.legalName?.value).toBe('Kesselgrund Analytik GmbH');
    expect(page?.company?.hq?.value).toMatchObject({ city: 'Dresden', country: 'DE' });
    expect(page?.company?.founded?.value).toBe(2012);
    expect(page && 'sample' in page).toBe(false);
  });

  it('keeps a page whose only values come from the sample, and drops an invalid sample whole', () => {
    const page = normalizePage({ url: 'https://kesselgrund.example/impressum', extractedAt: 1, sample });
    expect(page?.company?.hq?.value.country).toBe('DE');
    const bad = normalizePage({
      url: 'https://kesselgrund.example/',
      extractedAt: 1,
      company: { name: { ...ev, value: 'Kesselgrund' } },
      sample: { ...sample, types: 'not a list' },
    });
    expect(bad?.company?.name?.value).toBe('Kesselgrund');
    expect(bad?.company?.hq).toBeUndefined();
  });

  it('classifies a person from the title in the background', () => {
    const page = normalizePage({
      url: 'https://www.linkedin.com/in/someone/',
      extractedAt: 1,
      person: { name: { ...ev, value: 'Someone' }, title: { ...ev, value: 'VP of Sales' } },
    });
    expect(page?.person?.seniority?.value).toBe('vp');
    expect(page?.person?.department?.value).toBe('sales');
  });
});
