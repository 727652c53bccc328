import { describe, expect, it } from 'vitest';
import { signalsOf } from './read-page';

// Issue 14: a job board no list knows serves postings of other companies. Its tag manager and framework are the
// board's, not the employer's; the employer's own careers page keeps its own. Invented board, employers and ids.
const NOW = Date.UTC(2026, 11, 8);

const posting = (employer: string) =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: 'Kvaliteedijuht',
    datePosted: '2026-11-28',
    hiringOrganization: { '@type': 'Organization', name: employer },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Rakvere' } },
  });

const page = (site: string, employer: string) => `<html lang="et"><head>
  <title>Kvaliteedijuht - ${employer} | ${site}</title>
  <meta property="og:site_name" content="${site}">
  <script async src="https://www.googletagmanager.com/gtm.js?id=GTM-K7Q2ZP"></script>
  <script type="application/ld+json">${posting(employer)}</script></head>
  <body><header><a href="/">${site}</a><a href="/toopakkumised">Tööpakkumised</a></header>
  <main><h1>Kvaliteedijuht</h1><div>${employer}</div><p>Rakvere, Lääne-Virumaa</p>
  <p>Otsime kvaliteedijuhti meie tootmisesse. Asutatud 1999, 140 töötajat.</p></main>
  <footer>© 2026 ${site} · Kontakt · Privaatsus</footer></body></html>`;

const names = (html: string, url: string) =>
  (signalsOf(html, url, NOW)?.company?.technologies?.value ?? []).map((t) => t.name);

describe("a board's scripts are the board's", () => {
  it('reports no technology for the employer of a posting on a board no list knows', () => {
    const html = page('Tööportaal', 'Virumaa Keemia AS');
    expect(signalsOf(html, 'https://www.tooportaal.example/pakkumine/88213', NOW)?.company?.name?.value).toBe(
      'Virumaa Keemia AS',
    );
    expect(names(html, 'https://www.tooportaal.example/pakkumine/88213')).toEqual([]);
  });

  it("keeps the employer's own careers page's technologies", () => {
    const html = page('Virumaa Keemia', 'Virumaa Keemia AS');
    expect(names(html, 'https://www.virumaakeemia.example/karjaar/kvaliteedijuht')).toContain('Google Tag Manager');
  });

  it("keeps an agency's own site's technologies where it posts a client's job", () => {
    // A WordPress SEO plugin's graph: the site's Organization, publisher of the WebSite.
    const org = 'https://www.harjupersonal.example/#organization';
    const agency = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': org, name: 'Harju Personal', url: 'https://www.harjupersonal.example/' },
        {
          '@type': 'WebSite',
          url: 'https://www.harjupersonal.example/',
          name: 'Harju Personal',
          publisher: { '@id': org },
        },
      ],
    });
    const html = page('Harju Personal', 'Virumaa Keemia AS').replace(
      '<script type="application/ld+json">',
      `<script type="application/ld+json">${agency}</script><script type="application/ld+json">`,
    );
    const url = 'https://www.harjupersonal.example/tood/kvaliteedijuht';
    expect(signalsOf(html, url, NOW)?.company?.domain?.value).toBe('harjupersonal.example');
    expect(names(html, url)).toContain('Google Tag Manager');
  });
});
