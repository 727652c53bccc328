import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderLikeBrowser } from '../../../../lib/eval/run';
import { extractPage, SOURCE_IDS } from '../../../../lib/extract/index';
import { SITE_ADAPTER_IDS } from '../../../../lib/extract/sites/registry';
import { normalizePage } from '../../../../lib/signals/normalize';
import { pageSignalsSchema } from '../../../../lib/signals/schema';

/**
 * Zotero-style fixtures per site adapter: `test/fixtures/<adapter id>/<case>.html` and `<case>.expected.json`.
 * Only the fields an expectation lists are compared. Every page is synthetic, with invented people and companies.
 */
interface Expected {
  url: string;
  result?: null;
  company?: Record<string, unknown>;
  person?: Record<string, unknown>;
  /** Evidence source expected for a company or person field. */
  sources?: Record<string, string>;
  /** A person page must not carry a company block. */
  absentCompany?: boolean;
}

const ROOT = join(__dirname, '../../../fixtures/');
const NOW = Date.UTC(2025, 0, 15);

function siteCases(id: string): string[] {
  try {
    return readdirSync(`${ROOT}${id}`)
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.slice(0, -'.html'.length))
      .sort();
  } catch {
    return [];
  }
}

const cases = SITE_ADAPTER_IDS.flatMap((id) => siteCases(id).map((name) => [id, name] as const));

function values(block: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, fact] of Object.entries(block ?? {})) {
    if (field === 'socials') {
      out.socials = Object.fromEntries(
        Object.entries(fact as Record<string, { value: unknown }>).map(([n, f]) => [n, f.value]),
      );
    } else out[field] = (fact as { value: unknown }).value;
  }
  return out;
}

describe('site adapter fixtures', () => {
  it.each(cases)('%s/%s', (id, name) => {
    const html = readFileSync(`${ROOT}${id}/${name}.html`, 'utf8');
    const expected = JSON.parse(readFileSync(`${ROOT}${id}/${name}.expected.json`, 'utf8')) as Expected;
    const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    renderLikeBrowser(doc);
    // As in the extension: the content script's extraction, then the background's validation and derivations.
    const raw = extractPage(doc, expected.url, NOW);
    const page = raw ? normalizePage(JSON.parse(JSON.stringify(raw))) : null;
    if (expected.result === null) {
      expect(page?.person).toBeUndefined();
      expect(page?.company?.name).toBeUndefined();
      return;
    }
    expect(page).not.toBeNull();
    if (!page) return;
    // What the content script sends must already be valid: the background refuses the whole message otherwise.
    expect(pageSignalsSchema.safeParse(raw).error?.issues ?? []).toEqual([]);
    expect(pageSignalsSchema.safeParse(page).success).toBe(true);
    const company = values(page.company as Record<string, unknown>);
    const person = values(page.person as Record<string, unknown>);
    // null in an expectation: the field must be absent.
    for (const [field, want] of Object.entries(expected.company ?? {}))
      expect(company[field] ?? null, field).toEqual(want);
    for (const [field, want] of Object.entries(expected.person ?? {}))
      expect(person[field] ?? null, field).toEqual(want);
    if (expected.absentCompany) expect(page.company).toBeUndefined();
    const facts = { ...(page.company ?? {}), ...(page.person ?? {}) } as Record<string, { source: string }>;
    for (const [field, source] of Object.entries(expected.sources ?? {})) expect(facts[field]?.source).toBe(source);
    for (const fact of Object.values(facts)) {
      if ('source' in fact) expect(SOURCE_IDS).toContain(fact.source);
    }
  });
});
