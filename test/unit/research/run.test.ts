import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSites } from '../../../lib/eval/sites';
import { type FetchLike, fetchPage } from '../../../lib/research/fetch-page';
import { folderFetch } from '../../../lib/research/folder-site';
import { mergeResearched } from '../../../lib/research/merge';
import { domParserReader, signalsOf } from '../../../lib/research/read-page';
import { renderedText } from '../../../lib/research/rendered-text';
import { pageLinksOf, researchSite } from '../../../lib/research/run';
import type { CompanySignals } from '../../../lib/signals/schema';

const SITES = resolve('test/fixtures/research');
const NOW = Date.UTC(2026, 0, 15);
const read = domParserReader(new DOMParser());

async function research(start: string, site: string, fetch: FetchLike, budget = 6) {
  const first = await fetchPage(start, { site, fetch });
  if (!first.ok) throw new Error(first.reason);
  const source = await read(first.html, first.url, NOW);
  return researchSite(
    {
      site,
      start: pageLinksOf(first.url, source),
      company: signalsOf(source)?.company ?? {},
      budget,
    },
    { fetch: (url) => fetchPage(url, { site, fetch }), read, now: () => NOW },
  );
}

describe('research on a synthetic site', { timeout: 60_000 }, () => {
  it('reads the imprint, about and careers pages its navigation names, each with its page as evidence', async () => {
    const served = folderFetch(resolve(SITES, 'sites'));
    const result = await research('https://www.nordlicht-analytics.de/', 'nordlicht-analytics.de', served.fetch);
    const c = result.company;
    expect(c.hq?.value).toMatchObject({ city: 'Berlin', country: 'DE' });
    expect(c.hq?.url).toBe('https://www.nordlicht-analytics.de/impressum');
    expect(c.founded).toMatchObject({ value: 2016, url: 'https://www.nordlicht-analytics.de/ueber-uns/' });
    expect(c.hiring?.value.openRoles).toBe(3);
    expect(c.hiring?.url).toBe('https://www.nordlicht-analytics.de/karriere/');
    expect(result.fetched).toBeLessThanOrEqual(6);
    // Only the company's own domain was asked for: the holding's imprint link is another domain.
    expect(served.requests.every((u) => new URL(u).hostname.endsWith('nordlicht-analytics.de'))).toBe(true);
    expect(new Set(served.requests).size).toBe(served.requests.length);
  });

  it('stops at the pages budget', async () => {
    const served = folderFetch(resolve(SITES, 'sites'));
    const result = await research('https://harborledger.com/', 'harborledger.com', served.fetch, 2);
    expect(result.fetched).toBe(2);
    expect(served.requests).toHaveLength(3);
  });

  it('does not fetch a page read in the last days, and carries on from its remembered links', async () => {
    const served = folderFetch(resolve(SITES, 'sites'));
    const site = 'atelier-lumiere.fr';
    const result = await researchSite(
      { site, company: {}, budget: 6 },
      {
        fetch: (url) => fetchPage(url, { site, fetch: served.fetch }),
        read,
        now: () => NOW,
        recent: (url) =>
          url === 'https://atelier-lumiere.fr/'
            ? { links: { url, hrefs: ['/a-propos/'], labels: [[0, 'À propos']] } }
            : undefined,
      },
    );
    expect(served.requests).not.toContain('https://atelier-lumiere.fr/');
    expect(result.pages[0]).toMatchObject({ kind: 'home', outcome: 'recent' });
    expect(served.requests).toContain('https://atelier-lumiere.fr/a-propos/');
    expect(result.company.founded?.value).toBe(2009);
  });
});

describe('hostile sites', () => {
  const page = (body: string) =>
    new Response(`<html lang="en"><head><title>Hostile Co</title></head><body>${body}</body></html>`, {
      headers: { 'content-type': 'text/html' },
    });

  it('a home page with 10,000 links, javascript: and file: links, a redirect loop and a non-HTML about page', async () => {
    const asked: string[] = [];
    const many = Array.from({ length: 10_000 }, (_, i) => `<a href="/p/${i}">Page ${i}</a>`).join('');
    const fetch: FetchLike = async (url) => {
      asked.push(url);
      const path = new URL(url).pathname;
      if (path === '/') {
        return page(
          `<nav><a href="javascript:alert(1)">About</a><a href="file:///etc/passwd">Imprint</a><a href="/about">About us</a><a href="/careers">Careers</a><a href="/contact">Contact</a></nav>${many}<footer>Hostile Co</footer>`,
        );
      }
      if (path.startsWith('/careers')) return new Response(null, { status: 302, headers: { location: '/careers' } });
      if (path === '/about') return new Response('%PDF-1.4', { headers: { 'content-type': 'application/pdf' } });
      return new Response('missing', { status: 404 });
    };
    const result = await research('https://hostile.example/', 'hostile.example', fetch);
    const outcomes = Object.fromEntries(result.pages.map((p) => [new URL(p.url).pathname, p.outcome]));
    expect(outcomes).toMatchObject({ '/about': 'not-html', '/careers': 'too-many-redirects', '/contact': 'not-found' });
    expect(asked.every((u) => u.startsWith('https://hostile.example/'))).toBe(true);
    expect(result.fetched).toBeLessThanOrEqual(6);
    expect(result.company.name?.value).toMatch(/^Hostile/);
  }, 60_000);
});

describe('merging a researched page', () => {
  const fact = <T>(value: T, url: string, confidence = 0.5, layer: 'heuristic' | 'structured' = 'heuristic') => ({
    value,
    source: 'text',
    layer,
    url,
    confidence,
    observedAt: NOW,
  });

  it('fills gaps; overrides within a layer only where the page kind is the authority, and not with a weaker reading', () => {
    const current: CompanySignals = {
      name: fact('Acme', 'https://acme.de/'),
      hq: fact({ country: 'DE' }, 'https://acme.de/', 0.2),
    };
    const imprint = mergeResearched(
      current,
      {
        name: fact('Acme Impressum', 'https://acme.de/impressum'),
        hq: fact({ city: 'Berlin', country: 'DE' }, 'https://acme.de/impressum', 0.55),
      },
      'imprint',
      'acme.de',
    );
    expect(imprint.name?.value).toBe('Acme');
    expect(imprint.hq?.value.city).toBe('Berlin');
    const contact = mergeResearched(
      imprint,
      { hq: fact({ country: 'DE' }, 'https://acme.de/kontakt', 0.2) },
      'contact',
      'acme.de',
    );
    expect(contact.hq?.value.city).toBe('Berlin');
    // A domain other than the account's never comes in.
    const other = mergeResearched(
      current,
      { domain: fact('holding.example', 'https://acme.de/about', 0.9, 'structured') },
      'about',
      'acme.de',
    );
    expect(other.domain).toBeUndefined();
  });
});

describe('rendered text of a parsed page', () => {
  it('skips scripts, styles and hidden parts, and breaks lines between blocks', () => {
    const doc = new DOMParser().parseFromString(
      '<body><script>var x = "secret"</script><style>p{}</style><p>Acme GmbH<br>Musterweg 1</p><div hidden>no</div><div style="display:none">no</div><ul><li>10115 Berlin</li></ul></body>',
      'text/html',
    );
    expect(renderedText(doc.body)).toBe('Acme GmbH\nMusterweg 1\n10115 Berlin');
  });
});

describe('eval:sites core on the synthetic sites', { timeout: 60_000 }, () => {
  it('measures the start page and research per field, pages fetched and confidence', async () => {
    const report = await evaluateSites(SITES, NOW);
    expect(report.sites).toBe(4);
    expect(report.errors).toEqual([]);
    expect(report.pagesFetched.max).toBeLessThanOrEqual(6);
    const after = report.after.fields;
    expect(after['company.hq.city']?.recall).toBeGreaterThan(report.before.fields['company.hq.city']?.recall ?? 0);
    expect(after['company.founded']?.recall).toBeGreaterThanOrEqual(0.75);
    for (const [field, stats] of Object.entries(after))
      if (stats.precision !== null) expect(stats.precision, field).toBe(1);
    expect(report.confidence.after).toBeGreaterThanOrEqual(report.confidence.before + 0.2);
  });
});
