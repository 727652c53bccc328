import { describe, expect, it } from 'vitest';
import { collectPage } from '../../../lib/extract/collect/index';
import { LIMITS } from '../../../lib/signals/limits';
import { SOURCE_LIMITS } from '../../../lib/signals/source';
import { parseSource } from '../../../lib/signals/source-schema';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

describe('what the content script reads', () => {
  const page = doc(
    `<html lang="de"><head><title>Acme GmbH</title>
      <meta property="og:site_name" content="Acme"><meta name="viewport" content="width=device-width">
      <link rel="canonical" href="https://acme.example/">
      <script type="application/ld+json">{"@type":"Organization","name":"Acme GmbH"}</script>
      <script src="https://js.hs-scripts.com/1.js?x=1"></script></head>
      <body><nav><a href="/careers">Karriere</a></nav><h1>Werkzeuge</h1><p>Hello\u0007 world</p>
      <button>Demo anfordern</button><footer>ISO 27001 zertifiziert</footer></body></html>`,
  );
  const source = collectPage(page, 'https://acme.example/', 5);

  it('reads material, not conclusions', () => {
    expect(source).toMatchObject({
      url: 'https://acme.example/',
      extractedAt: 5,
      title: 'Acme GmbH',
      lang: 'de',
      canonical: 'https://acme.example/',
      jsonLd: ['{"@type":"Organization","name":"Acme GmbH"}'],
      metas: [{ attr: 'property', key: 'og:site_name', content: 'Acme' }],
    });
    expect(source?.body).toMatchObject({
      hrefs: ['/careers'],
      labels: [[0, 'Karriere']],
      controls: ['Demo anfordern'],
      headings: 'Werkzeuge\n',
      // Up to the query; every `link` is a resource, the canonical one too.
      resources: [
        { url: 'https://js.hs-scripts.com/1.js', strong: true },
        { url: 'https://acme.example/', strong: true },
      ],
    });
    expect(source?.body?.footer).toContain('ISO 27001');
    // A control character would cost six characters in the message, and means nothing.
    expect(source?.body?.text).not.toContain('\u0007');
  });

  it('crosses the message as JSON and its schema unchanged', () => {
    expect(parseSource(JSON.parse(JSON.stringify(source)))).toEqual(source);
  });

  it('reads only the adapter, structured data and meta tags on a platform page', () => {
    const linkedin = collectPage(page, 'https://www.linkedin.com/company/acme/', 5);
    expect(linkedin?.body).toBeUndefined();
    expect(linkedin?.jsonLd).toHaveLength(1);
  });

  it('reads nothing from a page without an http(s) URL', () => {
    expect(collectPage(page, 'javascript:alert(1)', 5)).toBeNull();
  });

  it('cuts an oversized JSON-LD block to what the background reads, or leaves it out', () => {
    const big = JSON.stringify({ '@type': 'Organization', name: 'Big', description: 'd'.repeat(60_000) });
    const broken = `{${'x'.repeat(60_000)}`;
    const read = collectPage(
      doc(`<script type="application/ld+json">${big}</script><script type="application/ld+json">${broken}</script>`),
      'https://big.example/',
      5,
    );
    const [first, second] = read?.jsonLd ?? [];
    expect(JSON.parse(first ?? '{}')).toMatchObject({ name: 'Big' });
    expect((first ?? '').length).toBeLessThan(SOURCE_LIMITS.jsonLdChars);
    expect(second).toBeNull();
  });

  it('fits a page that fills every part under the message cap', () => {
    const quotes = '"\\'.repeat(2_000);
    const blocks = Array.from(
      { length: 10 },
      (_, i) => `<script type="application/ld+json">{"@type":"Thing","n":${i},"q":${JSON.stringify(quotes)}}</script>`,
    );
    const links = Array.from(
      { length: 3_000 },
      (_, i) => `<a href="/${i}/${'"'.repeat(60)}">${quotes.slice(0, 150)}</a>`,
    );
    const scripts = Array.from(
      { length: 400 },
      (_, i) => `<script src="https://h${i}.example/${'q'.repeat(300)}"></script>`,
    );
    const html = `<head>${blocks.join('')}${scripts.join('')}</head><body><p>${quotes.repeat(20)}</p>${links.join('')}
      <footer>${quotes.repeat(10)} GDPR</footer><article>${quotes.repeat(10)}</article></body>`;
    const read = collectPage(doc(html), 'https://full.example/', 5);
    expect(read).not.toBeNull();
    expect(
      JSON.stringify({ type: 'cs-bg/page-source', payload: { url: read?.url, source: read } }).length,
    ).toBeLessThan(LIMITS.messageBytes);
  });
});
