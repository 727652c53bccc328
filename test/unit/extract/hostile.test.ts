import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract/index';
import { LIMITS } from '../../../lib/signals/limits';
import { pageSignalsSchema } from '../../../lib/signals/schema';

const URL_ = 'https://hostile.example/';

function docWith(jsonLd: string[], body = ''): Document {
  const scripts = jsonLd.map((s) => `<script type="application/ld+json">${s.replace(/<\//g, '<\\/')}</script>`);
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${scripts.join('')}</head><body>${body}</body></html>`,
    'text/html',
  ) as unknown as Document;
}

describe('hostile pages', () => {
  it('survives 5,000-deep nesting and reads the organization next to it', () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const nestedOrg = `${'{"@type":"Thing","x":'.repeat(5000)}{"@type":"Organization","name":"Too Deep"}${'}'.repeat(5000)}`;
    const org = JSON.stringify({ '@type': 'Organization', name: 'Shallow Inc', url: URL_ });
    const page = extractPage(docWith([deep, nestedOrg, org]), URL_, 1);
    expect(page?.company?.name?.value).toBe('Shallow Inc');
  });

  it('ignores __proto__ and constructor keys and pollutes nothing', () => {
    const doc = docWith([
      '{"@type":"Organization","name":"Safe Co","__proto__":{"polluted":1,"numberOfEmployees":9},"constructor":{"prototype":{"polluted":1}}}',
      '{"__proto__":{"@type":"Organization","name":"Hidden"}}',
    ]);
    const page = extractPage(doc, URL_, 1);
    expect(page?.company?.name?.value).toBe('Safe Co');
    expect(page?.company?.employees).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads markup in values as plain text and caps every string', () => {
    const name = `<script>alert(1)</script><img src=x onerror=alert(2)>${'N'.repeat(5000)}`;
    const doc = docWith([JSON.stringify({ '@type': 'Organization', name, description: 'D '.repeat(50_000) })]);
    const page = extractPage(doc, URL_, 1);
    const value = page?.company?.name?.value ?? '';
    expect(value.length).toBeLessThanOrEqual(LIMITS.shortText);
    expect(value).not.toMatch(/[<>]/);
    expect(page?.company?.description?.value.length).toBeLessThanOrEqual(LIMITS.text);
    expect(pageSignalsSchema.safeParse(page).success).toBe(true);
  });

  it('accepts only http(s) URLs', () => {
    const doc = docWith(
      [
        JSON.stringify({
          '@type': 'Organization',
          name: 'Links Co',
          url: 'javascript:alert(1)',
          sameAs: ['data:x', 'file:///etc/passwd'],
        }),
      ],
      '<footer><a href="javascript:alert(1)">x</a><a href="https://www.linkedin.com/company/links-co">in</a></footer>',
    );
    const page = extractPage(doc, URL_, 1);
    expect(page?.company?.domain?.source).toBe('url');
    expect(page?.company?.socials?.linkedin?.value).toBe('https://www.linkedin.com/company/links-co');
    expect(extractPage(doc, 'javascript:alert(1)', 1)).toBeNull();
  });

  it('skips JSON-LD blocks over the size limit', () => {
    const big = JSON.stringify({ '@type': 'Organization', name: 'Big Co', pad: 'x'.repeat(LIMITS.jsonLdChars) });
    const page = extractPage(docWith([big]), URL_, 1);
    expect(page?.company?.name).toBeUndefined();
  });

  it('keeps going with many organizations and huge arrays', () => {
    const orgs = Array.from({ length: 10_000 }, (_, i) => ({ '@type': 'Organization', name: `Org ${i}` }));
    const started = performance.now();
    const page = extractPage(docWith([JSON.stringify({ '@graph': orgs })]), URL_, 1);
    expect(page?.company?.name?.value).toBe('Org 0');
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('never throws and always returns null or valid signals, whatever the JSON-LD', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 6 }), { maxLength: 3 }), fc.string(), (values, text) => {
        const blocks = values.map((v) => JSON.stringify(v)).concat(text);
        const page = extractPage(docWith(blocks, `<footer>${text.replace(/</g, '')}</footer>`), URL_, 1);
        return page === null || pageSignalsSchema.safeParse(page).success;
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on organization-shaped junk', () => {
    const junk = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.constant(null),
      fc.array(fc.string()),
      fc.object(),
    );
    fc.assert(
      fc.property(
        fc.record({ name: junk, url: junk, numberOfEmployees: junk, address: junk, foundingDate: junk, sameAs: junk }),
        (fields) => {
          const page = extractPage(docWith([JSON.stringify({ '@type': 'Corporation', ...fields })]), URL_, 1);
          return page === null || pageSignalsSchema.safeParse(page).success;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('returns null rather than throwing on a broken document', () => {
    expect(extractPage(null as unknown as Document, URL_)).toBeNull();
    expect(extractPage({} as Document, URL_)).toBeNull();
  });
});
