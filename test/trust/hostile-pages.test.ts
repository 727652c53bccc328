import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { extractPage } from '../../lib/extract/index';
import { LIMITS } from '../../lib/signals/limits';
import { normalizePage } from '../../lib/signals/normalize';
import {
  checkAsyncProperty,
  checkProperty,
  countHostile,
  discardInput,
  expectNoPollution,
  expectSafePage,
  nastyString,
} from './properties';

/**
 * Hostile pages against the content script's extractor and the background's normaliser: random and mutated HTML,
 * oversized and poisoned JSON-LD, deep DOM, enormous text, invalid URLs. Whatever the page, extraction returns null
 * or schema-valid, capped signals, and the normaliser (which the background runs on what a content script claims it
 * found) does the same; nothing leaks into prototypes.
 */

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/** Parsed as a browser would; the rare markup happy-dom's own parser throws on is skipped, not blamed on ICP Lens. */
function parseOrDiscard(html: string): Document {
  try {
    return parse(html);
  } catch {
    return discardInput();
  }
}

const PAGE_URLS = [
  'https://hostile.example/',
  'https://www.linkedin.com/company/hostile-example/',
  'https://www.linkedin.com/in/hostile-person/',
  'https://www.crunchbase.com/organization/hostile-example',
  'https://github.com/hostile-example',
  'https://en.wikipedia.org/wiki/Hostile_Example',
  'http://127.0.0.1:8080/hostile/',
  'https://hostile.example/about/team',
];

/** Every synthetic fixture page of the repository, as seeds for mutation. */
const SEEDS = [
  'generic',
  'crunchbase',
  'github',
  'linkedin-company',
  'linkedin-person',
  'wikipedia',
  'text',
  'tech',
  'people',
]
  .flatMap((dir) => {
    const path = join('test/fixtures', dir);
    return readdirSync(path)
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(join(path, f), 'utf8'));
  })
  .filter((html) => html.length > 0);

const extractSafely = (html: string, url: string) => {
  const page = extractPage(parseOrDiscard(html), url, 1_700_000_000_000);
  expectSafePage(page);
  // What the background does with it: the same guarantees after the round trip.
  expectSafePage(normalizePage(page));
  return page;
};

const attr = nastyString.map((s) => s.replace(/"/g, '&quot;'));
const jsonLdBlock = fc
  .oneof(
    fc.jsonValue({ maxDepth: 5 }),
    fc.record(
      {
        '@type': fc.constantFrom('Organization', 'Corporation', 'LocalBusiness', 'Person', 'WebPage'),
        name: fc.oneof(nastyString, fc.jsonValue({ maxDepth: 2 })),
        url: fc.oneof(nastyString, fc.webUrl()),
        description: nastyString,
        sameAs: fc.array(fc.oneof(nastyString, fc.webUrl()), { maxLength: 5 }),
        numberOfEmployees: fc.oneof(fc.integer(), nastyString, fc.jsonValue({ maxDepth: 2 })),
        address: fc.oneof(nastyString, fc.dictionary(nastyString, nastyString, { maxKeys: 4 })),
        __proto__: fc.dictionary(fc.constantFrom('polluted', 'isAdmin', 'name'), fc.jsonValue({ maxDepth: 1 })),
      },
      { requiredKeys: ['@type'] },
    ),
  )
  .map((value) => JSON.stringify(value).replace(/<\//g, '<\\/'));
const fragment = fc.oneof(
  nastyString.map((s) => `<p>${s}</p>`),
  fc.tuple(attr, attr).map(([k, v]) => `<meta property="og:${k.slice(0, 20)}" content="${v}">`),
  attr.map((v) => `<meta name="description" content="${v}">`),
  attr.map((v) => `<link rel="canonical" href="${v}">`),
  attr.map((v) => `<a href="${v}">${v}</a>`),
  nastyString.map((s) => `<footer>© 2024 ${s}</footer>`),
  nastyString.map((s) => `<title>${s}</title>`),
  jsonLdBlock.map((json) => `<script type="application/ld+json">${json}</script>`),
  nastyString.map(
    (s) => `<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">${s}</span></div>`,
  ),
  fc.string({ maxLength: 200 }),
);
const randomHtml = fc.array(fragment, { maxLength: 12 }).map((parts) => `<!doctype html><html><head>${parts.join('')}`);

/** Cuts, duplicates, inserts and truncates, as a broken CMS or an attacker would. */
const mutatedHtml = fc
  .tuple(
    fc.constantFrom(...SEEDS),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 400 }), fc.constantFrom('cut', 'dup', 'insert', 'truncate'), fragment), {
      minLength: 1,
      maxLength: 6,
    }),
  )
  .map(([seed, edits]) =>
    edits.reduce((html, [at, length, kind, text]) => {
      const start = at % (html.length + 1);
      if (kind === 'cut') return html.slice(0, start) + html.slice(start + length);
      if (kind === 'dup') return html.slice(0, start + length) + html.slice(start, start + length) + html.slice(start);
      if (kind === 'insert') return html.slice(0, start) + text + html.slice(start);
      return html.slice(0, start);
    }, seed),
  );

afterAll(() => expectNoPollution());

describe('hostile pages: generated', { timeout: 300_000 }, () => {
  it('random HTML: never throws, output schema-valid and capped', () => {
    checkProperty(
      'random HTML',
      fc.property(randomHtml, fc.constantFrom(...PAGE_URLS), (html, url) => {
        extractSafely(html, url);
      }),
      // One synchronous fast-check run blocks its Vitest worker: 150 pages took over 60 s on a loaded machine and
      // Vitest's worker messages timed out. TRUST_RUNS=n multiplies the runs for a longer hunt.
      60,
    );
  });

  it('mutated fixture pages: never throws, output schema-valid and capped', async () => {
    await checkAsyncProperty(
      'mutated fixture HTML',
      fc.asyncProperty(mutatedHtml, fc.constantFrom(...PAGE_URLS), async (html, url) => {
        // Each page yields to the event loop first: a run of synchronous pages held the Vitest worker past its
        // message timeout on a loaded machine (150 pages took over 60 s). TRUST_RUNS=n multiplies the runs.
        await new Promise((resolve) => setTimeout(resolve, 0));
        extractSafely(html, url);
      }),
      60,
    );
  });

  it('invalid and odd page URLs: null or a page whose URL is a valid http(s) URL', () => {
    const seed = SEEDS[0] ?? '';
    checkProperty(
      'invalid URLs',
      fc.property(fc.oneof(nastyString, fc.webUrl(), fc.string({ unit: 'binary' })), (url) => {
        const page = extractSafely(seed, url);
        if (page) expect(new URL(page.url).protocol).toMatch(/^https?:$/);
      }),
      200,
    );
    expectNoPollution();
  });
});

describe('hostile pages: crafted', { timeout: 60_000 }, () => {
  it('a 10 MB JSON-LD block is skipped, and the organization beside it is still read', () => {
    const huge = JSON.stringify({ '@type': 'Organization', name: 'Huge', pad: 'x'.repeat(10 * 1024 * 1024) });
    const org = JSON.stringify({ '@type': 'Organization', name: 'Beside Huge Inc' });
    const html = `<script type="application/ld+json">${huge}</script><script type="application/ld+json">${org}</script>`;
    const page = extractSafely(html, PAGE_URLS[0] as string);
    expect(page?.company?.name?.value).toBe('Beside Huge Inc');
    countHostile('10 MB JSON-LD');
  });

  it('many blocks just under the size limit do not exhaust it', () => {
    const block = JSON.stringify({ '@graph': Array.from({ length: 12_000 }, (_, i) => ({ '@type': 'Thing', i })) });
    expect(block.length).toBeLessThan(LIMITS.jsonLdChars);
    const blocks = Array.from({ length: 60 }, () => `<script type="application/ld+json">${block}</script>`).join('');
    const org = '<script type="application/ld+json">{"@type":"Organization","name":"Last Block Co"}</script>';
    extractSafely(`${blocks}${org}`, PAGE_URLS[0] as string);
    countHostile('60 large JSON-LD blocks');
  });

  // Runs that give a pattern many ways to cut them: one hyphenated run of capitals took minutes in the address
  // patterns, one long word seconds in the legal-name pattern. Each page must come back within the test's timeout.
  it.each([
    ['a hyphenated, dotted run of capitals', 'A.b-C'.repeat(4_000)],
    ['one 20 KB word of capitals', 'Ab'.repeat(10_000)],
    ['capitals parted by hyphens and spaces', 'Ab-Cd '.repeat(3_000)],
    ['apostrophes and capitals', "A'b’C ".repeat(3_000)],
    ['dotted numbers', '1.2.3,4 '.repeat(3_000)],
    ['a legal form repeated', 'Acme GmbH Street 12 '.repeat(1_000)],
  ])('a legal notice of %s', (_, run) => {
    const html = `<html lang="de"><title>Impressum</title><h1>Impressum</h1><p>${run}</p><footer>Impressum</footer></html>`;
    extractSafely(html, 'https://hostile.example/impressum');
    countHostile('runs of one shape');
  });

  it('__proto__, constructor and prototype keys reach neither the output nor Object.prototype', () => {
    const poisoned = [
      '{"@type":"Organization","name":"Proto Co","__proto__":{"polluted":"yes","name":"Evil"}}',
      '{"@type":"Organization","constructor":{"prototype":{"polluted":"yes"}},"name":"Ctor Co"}',
      '{"@graph":[{"__proto__":{"@type":"Organization","name":"Hidden"}},{"@type":"Organization","prototype":{"polluted":1}}]}',
      '{"@type":"Organization","name":"Addr Co","address":{"__proto__":{"addressCountry":"US","polluted":1}}}',
    ];
    const html = poisoned.map((json) => `<script type="application/ld+json">${json}</script>`).join('');
    const page = extractSafely(html, PAGE_URLS[0] as string);
    expect(page?.company?.name?.value).toBe('Proto Co');
    expect(page?.company?.hq).toBeUndefined();
    // Straight into the normaliser, as a content script could claim: JSON.parse makes `__proto__` an own key.
    const claimed = JSON.parse(
      '{"url":"https://hostile.example/","extractedAt":1,"__proto__":{"polluted":1},' +
        '"company":{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},' +
        '"name":{"__proto__":{"polluted":1},"value":"Claimed","source":"jsonld","layer":"structured",' +
        '"url":"https://hostile.example/","confidence":0.9,"observedAt":1}}}',
    );
    const normalized = normalizePage(claimed);
    expectSafePage(normalized);
    expect(normalized?.company?.name?.value).toBe('Claimed');
    expectNoPollution();
    countHostile('prototype keys', poisoned.length + 1);
  });

  // happy-dom overflows its own stack near 5,000 levels and its `innerText` (which the text reader uses) computes
  // styles in time quadratic in depth: the 5,000-level page is in the e2e test in real Chromium
  // (test/fixtures/sites/hostile). Here 400 levels, built by script as a page would (HTML parsing flattens past 512).
  it('a DOM nested 400 levels deep', () => {
    const org = '<script type="application/ld+json">{"@type":"Organization","name":"Deep Nest Ltd"}</script>';
    const doc = parse(`<html><head>${org}</head><body></body></html>`);
    let at: Element = doc.body;
    for (let i = 0; i < 400; i++) at = at.appendChild(doc.createElement(i % 2 ? 'div' : 'section'));
    at.innerHTML = '<footer>© 2024 Deep Nest Ltd</footer><a href="https://www.linkedin.com/company/deep-nest">in</a>';
    const page = extractPage(doc, PAGE_URLS[0] as string, 1);
    expectSafePage(page);
    expect(page?.company?.name?.value).toBe('Deep Nest Ltd');
    expect(page?.company?.socials?.linkedin?.value).toBe('https://www.linkedin.com/company/deep-nest');
    countHostile('400-level DOM');
  });

  it('enormous text: a 5 MB body, a 1 MB title and a 1 MB attribute', () => {
    const words = 'revenue platform employees founded SOC 2 pricing careers '.repeat(90_000);
    const html =
      `<html><head><title>${'T'.repeat(1_000_000)}</title>` +
      `<meta name="description" content="${'D'.repeat(1_000_000)}"></head><body><p>${words}</p>` +
      `<footer>© 2024 ${'Z'.repeat(100_000)}</footer></body></html>`;
    const page = extractSafely(html, PAGE_URLS[0] as string);
    expect(page?.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.shortText);
    countHostile('enormous text');
  });

  it('thousands of links, socials and microdata items', () => {
    const links = Array.from(
      { length: 10_000 },
      (_, i) => `<a href="https://www.linkedin.com/company/c${i}">c${i}</a>`,
    );
    const items = Array.from(
      { length: 500 },
      (_, i) => `<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Org ${i}</span></div>`,
    );
    extractSafely(`<body>${links.join('')}${items.join('')}</body>`, PAGE_URLS[0] as string);
    countHostile('10,000 links');
  });
});
