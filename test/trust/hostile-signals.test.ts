import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { collectPage } from '../../lib/extract/collect/index';
import { protocol } from '../../lib/messaging/protocol';
import { normalizePage } from '../../lib/signals/normalize';
import type { PageSource } from '../../lib/signals/source';
import { checkProperty, expectNoPollution, expectSafePage, nastyString } from './properties';

/**
 * What a compromised or buggy content script could claim it read, against the background (through the
 * `cs-bg/page-source` schema, its interpretation and normaliser, as a real message goes): any JSON value, and real
 * page sources (with a site adapter's and microdata's facts) with any field replaced by junk. Whatever arrives, the
 * stored page is null or schema-valid and capped, and no prototype is touched.
 */

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const VALID: PageSource[] = [
  ['test/fixtures/sites/northwind/index.html', 'https://www.northwind-analytics.example/'],
  ['test/fixtures/sites/acme/index.html', 'https://acme-example.com/'],
  ['test/fixtures/linkedin-company/logged-out-about.html', 'https://www.linkedin.com/company/example/about/'],
  ['test/fixtures/linkedin-person/logged-in-experience.html', 'https://www.linkedin.com/in/example-person/'],
]
  .map(([file, url]) => {
    try {
      const source = collectPage(parse(readFileSync(file as string, 'utf8')), url as string, 1_700_000_000_000);
      return source && (JSON.parse(JSON.stringify(source)) as PageSource);
    } catch {
      return null;
    }
  })
  .filter((source): source is PageSource => source !== null);

const junk = fc.oneof(
  nastyString,
  fc.double(),
  fc.integer(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 1e300, null, true, [], {}, 'user'),
  fc.array(nastyString, { maxLength: 300 }),
  fc.nat({ max: 20 }).map((n) => Array.from({ length: n * 1_000 }, (_, i) => `item ${i}`)),
  fc.jsonValue({ maxDepth: 4 }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}')),
);

/** Every path to a value inside a page, so a mutation can hit any of them. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (!value || typeof value !== 'object') return [prefix];
  const keys = Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string, unknown>)[k], [...prefix, k]))];
}

function replaceAt(page: unknown, path: string[], replacement: unknown): unknown {
  if (!path.length) return replacement;
  const copy = structuredClone(page) as Record<string, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path.at(-1) as string] = replacement;
  return copy;
}

const refusedOrSafe = (url: unknown, source: unknown) => {
  const result = protocol['cs-bg/page-source'].payload.safeParse({ url, source });
  if (result.success) expectSafePage(result.data.page);
  // The facts a site adapter and microdata made in the page reach the normaliser as they are.
  const facts = (source as PageSource | null)?.site?.company ?? (source as PageSource | null)?.microdata;
  if (facts) expectSafePage(normalizePage({ url: 'https://acme.example/', extractedAt: 1, company: facts }));
};

afterAll(() => expectNoPollution());

describe('hostile signals claimed by a content script', { timeout: 120_000 }, () => {
  it('has real extractions to mutate', () => {
    expect(VALID.map((source) => Boolean(source.body ?? source.site))).toEqual([true, true, true, true]);
  });

  it('any JSON value as the source', () => {
    checkProperty(
      'page source (any JSON)',
      fc.property(fc.oneof(nastyString, fc.webUrl()), fc.jsonValue({ maxDepth: 6 }), (url, page) => {
        refusedOrSafe(url, page);
      }),
      300,
    );
  });

  it('a real source with up to five fields replaced by junk', () => {
    checkProperty(
      'page source (mutated)',
      fc.property(
        fc.constantFrom(...VALID),
        fc.array(fc.tuple(fc.nat(), junk), { minLength: 1, maxLength: 5 }),
        (page, edits) => {
          let mutated: unknown = page;
          for (const [pick, value] of edits) {
            const all = paths(mutated);
            mutated = replaceAt(mutated, all[pick % all.length] ?? [], value);
          }
          refusedOrSafe(page.url, mutated);
        },
      ),
      200,
    );
  });

  it('a real source with extra keys everywhere, prototype keys among them', () => {
    checkProperty(
      'page source (extra keys)',
      fc.property(
        fc.constantFrom(...VALID),
        fc.nat(),
        fc.constantFrom('__proto__', 'constructor', 'prototype', 'polluted', 'then', 'toString'),
        junk,
        (page, pick, key, value) => {
          const all = paths(page).filter((p) => {
            let at: unknown = page;
            for (const k of p) at = (at as Record<string, unknown>)[k];
            return at !== null && typeof at === 'object' && !Array.isArray(at);
          });
          const path = all[pick % all.length] ?? [];
          const copy = JSON.parse(JSON.stringify(page));
          let at = copy;
          for (const k of path) at = at[k];
          // defineProperty makes `__proto__` an own key, as JSON.parse of a message does.
          Object.defineProperty(at, key, { value, enumerable: true, configurable: true, writable: true });
          refusedOrSafe(page.url, copy);
        },
      ),
      300,
    );
  });
});
