import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderLikeBrowser } from '../../../lib/eval/run';
import { EXTRACTOR_IDS, extractPage, SOURCE_IDS } from '../../../lib/extract/index';
import { normalizePage } from '../../../lib/signals/normalize';
import { hasSignals } from '../../../lib/signals/presence';
import { type Evidence, type PageSignals, pageSignalsSchema } from '../../../lib/signals/schema';

/**
 * Zotero-style fixture tests: `test/fixtures/generic/<case>.html` and `<case>.expected.json` side by side. Only the
 * fields an expectation lists are compared, so a fixture pins what it is about and nothing else.
 */
interface Expected {
  url: string;
  /** `null` when the page must yield nothing. */
  result?: null;
  title?: string;
  canonicalUrl?: string;
  company?: Record<string, unknown>;
  /** Extractor id expected as the evidence source of a field. */
  sources?: Record<string, string>;
  /** JSON path or CSS selector expected in the evidence of a field. */
  selectors?: Record<string, string>;
  /** Technologies that must be reported (test/fixtures/tech); `absent` then lists technologies. */
  present?: string[];
  shadowHost?: string;
  /** Fields (or social networks) that must not be present. */
  absent?: string[];
}

// happy-dom replaces the global URL, so the fixture folder is found from this file's directory instead.
// The generic layers' fixtures: structured data and links (generic), page text (text), technologies (tech), the
// industry group and founding year by structure and vocabulary in several languages (industry); issue 14's kinds of
// failure on pages nobody tuned for, one folder each (region codes after a city, headcount phrasings...).
const KINDS = [
  'generic',
  'text',
  'tech',
  'jobs',
  'industry',
  'region-code',
  'headcount',
  'since-award',
  'directory-listing',
  'india',
  'agency-credit',
  'seat-blocks',
  'postcode-after-city',
  'job-company',
  'press-release',
  'startup-profile',
  'national-orders',
];
const DIRS = KINDS.map((d) => join(__dirname, `../../fixtures/${d}/`));
const NOW = Date.UTC(2025, 0, 15);
const cases = DIRS.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${dir}${f.slice(0, -'.html'.length)}`),
).sort();

function run(path: string): { expected: Expected; page: PageSignals | null } {
  const html = readFileSync(`${path}.html`, 'utf8');
  const expected = JSON.parse(readFileSync(`${path}.expected.json`, 'utf8')) as Expected;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  renderLikeBrowser(doc as unknown as Document);
  // As in the extension: the content script's extraction, then the background's validation and derivations.
  const raw = extractPage(doc as unknown as Document, expected.url, NOW);
  return { expected, page: raw ? normalizePage(JSON.parse(JSON.stringify(raw))) : null };
}

function evidenceOf(page: PageSignals): Array<[string, Evidence]> {
  const out: Array<[string, Evidence]> = [];
  for (const [field, value] of Object.entries(page.company ?? {})) {
    if (field === 'socials') {
      for (const [network, fact] of Object.entries(value as Record<string, Evidence>)) out.push([network, fact]);
    } else out.push([field, value as Evidence]);
  }
  return out;
}

const sourcesSeen = new Set<string>();

describe('generic extractor fixtures', () => {
  it('has at least 10 fixtures, each with an expectation', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)('%s', (name) => {
    const { expected, page } = run(name);
    // A fixture that needs a shadow root attached by script is run by test/unit/extract/tech alone.
    if (expected.shadowHost) return;
    if (expected.present) {
      // Technology fixtures (test/fixtures/tech): names that must and must not be reported. The content script
      // sends traces; the background matches them in normalizePage, as the extension does.
      expect(pageSignalsSchema.safeParse(page).success).toBe(true);
      const normalized = page ? normalizePage(JSON.parse(JSON.stringify(page))) : null;
      expect(normalized?.traces).toBeUndefined();
      const names = normalized?.company?.technologies?.value.map((t) => t.name) ?? [];
      for (const tech of expected.present) expect(names).toContain(tech);
      for (const tech of expected.absent ?? []) expect(names).not.toContain(tech);
      if (normalized?.company?.technologies) sourcesSeen.add(normalized.company.technologies.source);
      return;
    }
    if (expected.result === null) {
      // The content script may still send the page's technology traces: nothing must survive the background's matching.
      const normalized = page ? normalizePage(page) : null;
      expect(normalized && hasSignals(normalized)).toBeFalsy();
      expect(normalized?.company).toBeUndefined();
      return;
    }
    expect(page).not.toBeNull();
    if (!page) return;
    expect(pageSignalsSchema.safeParse(page).success).toBe(true);
    expect(page.extractedAt).toBe(NOW);
    if (expected.title !== undefined) expect(page.title).toBe(expected.title);
    if (expected.canonicalUrl !== undefined) expect(page.canonicalUrl).toBe(expected.canonicalUrl);

    const company = (page.company ?? {}) as Record<string, { value: unknown; source: string; selector?: string }>;
    for (const [field, want] of Object.entries(expected.company ?? {})) {
      if (field === 'socials') {
        const socials = (page.company?.socials ?? {}) as Record<string, { value: string }>;
        for (const [network, url] of Object.entries(want as Record<string, string>)) {
          expect(socials[network]?.value, `socials.${network}`).toBe(url);
        }
      } else {
        expect(company[field]?.value, field).toEqual(want);
      }
    }
    for (const [field, source] of Object.entries(expected.sources ?? {})) {
      expect(company[field]?.source, `source of ${field}`).toBe(source);
    }
    for (const [field, selector] of Object.entries(expected.selectors ?? {})) {
      expect(company[field]?.selector, `selector of ${field}`).toBe(selector);
    }
    for (const field of expected.absent ?? []) {
      const socials = (page.company?.socials ?? {}) as Record<string, unknown>;
      expect(company[field] ?? socials[field], `${field} must be absent`).toBeUndefined();
    }

    for (const [field, evidence] of evidenceOf(page)) {
      // Classifiers derive fields (industryGroup) from what the extractors found; their ids are sources too.
      expect(SOURCE_IDS, `source of ${field}`).toContain(evidence.source);
      if (!EXTRACTOR_IDS.includes(evidence.source as never)) continue;
      expect(evidence.url).toBe(page.url);
      expect(evidence.observedAt).toBe(NOW);
      expect(evidence.confidence).toBeGreaterThan(0);
      sourcesSeen.add(evidence.source);
    }
  });

  it('exercises every extractor in at least one fixture', () => {
    // Runs after the fixture cases (Vitest runs tests of a file in order).
    expect([...sourcesSeen].sort()).toEqual([...EXTRACTOR_IDS].sort());
  });
});
