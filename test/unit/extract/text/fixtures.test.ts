import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderLikeBrowser } from '../../../../lib/eval/run';
import { jsonLdTypes, readJsonLd } from '../../../../lib/extract/jsonld';
import { extractMeta } from '../../../../lib/extract/meta';
import { collectSample } from '../../../../lib/extract/sample';
import { siteKey } from '../../../../lib/extract/site-key';
import { deriveTextFacts } from '../../../../lib/extract/text/derive';
import { withHqCountry } from '../../../../lib/extract/text/hq-country';
import { extractTextSignals } from '../../../../lib/extract/text/index';
import { viewOf } from '../../../../lib/extract/text/read';
import { sourceOf } from '../read-page';

/** `test/fixtures/text/<case>.html` + `<case>.expected.json`: only the listed fields are compared. */
interface Expected {
  url: string;
  company?: Record<string, unknown>;
  hiring?: { careersUrl?: string; openRoles?: number; departments?: Record<string, number> };
  absent?: string[];
  maxConfidence?: Record<string, number>;
}

// happy-dom replaces the global URL, so the folder is found from this file's directory.
const DIR = join(__dirname, '../../../fixtures/text/');
const NOW = Date.UTC(2025, 0, 15);
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .sort();

describe('text heuristics fixtures', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(4));

  it.each(cases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(`${DIR}${name}.expected.json`, 'utf8')) as Expected;
    const doc = new DOMParser().parseFromString(readFileSync(`${DIR}${name}.html`, 'utf8'), 'text/html');
    renderLikeBrowser(doc as unknown as Document);
    const ctx = { url: expected.url, observedAt: NOW };
    // Reads in the content script, rules in the background, as in the extension.
    const source = sourceOf(doc as unknown as Document, ctx.url);
    if (!source.body) throw new Error('no body');
    const view = viewOf(source.body, ctx.url, siteKey(expected.url));
    const jsonLd = readJsonLd(source.jsonLd);
    const meta = extractMeta(source, ctx, false, undefined, jsonLdTypes(jsonLd));
    const sample = collectSample(source, view, jsonLdTypes(jsonLd), meta);
    const company = { ...deriveTextFacts(sample, ctx), ...extractTextSignals(view, ctx, jsonLd.blocks) } as Record<
      string,
      { value: unknown; source: string; layer: string; confidence: number }
    >;
    // The background completes an HQ's country and region from what it knows of the city (lib/signals/normalize.ts).
    withHqCountry(company as Parameters<typeof withHqCountry>[0], sample.text);
    for (const [field, want] of Object.entries(expected.company ?? {})) {
      if (field === 'hiring') expect(company.hiring?.value, field).toMatchObject(want as object);
      else expect(company[field]?.value, field).toEqual(want);
    }
    if (expected.hiring) {
      const hiring = company.hiring?.value as { careersUrl?: string; openRoles?: number; byDepartment?: object };
      if (expected.hiring.careersUrl) expect(hiring?.careersUrl).toBe(expected.hiring.careersUrl);
      if (expected.hiring.openRoles) expect(hiring?.openRoles).toBe(expected.hiring.openRoles);
      if (expected.hiring.departments) expect(hiring?.byDepartment).toMatchObject(expected.hiring.departments);
    }
    for (const field of expected.absent ?? []) expect(company[field], `${field} must be absent`).toBeUndefined();
    for (const [field, max] of Object.entries(expected.maxConfidence ?? {})) {
      expect(company[field]?.confidence).toBeLessThanOrEqual(max);
    }
    for (const fact of Object.values(company)) {
      // The copyright owner is read from the same text sample.
      expect(['text', 'copyright']).toContain(fact.source);
      expect(fact.layer).toBe('heuristic');
    }
  });
});
