import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectTechnologies, FINGERPRINTS, TECH_CATEGORIES } from '../../../../lib/extract/tech/index';

interface Expected {
  url: string;
  present: string[];
  absent: string[];
  /** A custom element given a shadow root before detection, as an extension would mount its UI. */
  shadowHost?: string;
}

// happy-dom replaces the global URL, so the folder is found from this file's directory.
const DIR = join(__dirname, '../../../fixtures/tech/');
const NOW = Date.UTC(2025, 0, 15);
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .sort();

function detect(html: string, url: string, shadowHost?: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  if (shadowHost) doc.querySelector(shadowHost)?.attachShadow({ mode: 'open' });
  return detectTechnologies(doc, { url, observedAt: NOW });
}

describe('technology fixtures', () => {
  it.each(cases)('%s', (name) => {
    const expected = JSON.parse(readFileSync(`${DIR}${name}.expected.json`, 'utf8')) as Expected;
    const fact = detect(readFileSync(`${DIR}${name}.html`, 'utf8'), expected.url, expected.shadowHost);
    const names = (fact?.value ?? []).map((t) => t.name);
    for (const tech of expected.present) expect(names, tech).toContain(tech);
    for (const tech of expected.absent) expect(names, tech).not.toContain(tech);
    if (fact) expect(fact.source).toBe('tech');
  });
});

describe('detection rules', () => {
  it('needs two weak indicators: one WordPress path is not enough, two are', () => {
    const one = detect('<link rel="stylesheet" href="/wp-content/x.css">', 'https://a.example/');
    const two = detect(
      '<link rel="stylesheet" href="/wp-content/x.css"><script src="/wp-includes/y.js"></script>',
      'https://a.example/',
    );
    expect(one).toBeUndefined();
    expect(two?.value.map((t) => t.name)).toContain('WordPress');
  });
  it('takes a generator meta tag alone', () => {
    const fact = detect('<meta name="generator" content="Hugo 0.120.0">', 'https://a.example/');
    expect(fact?.value).toEqual([{ name: 'Hugo', category: 'Static site generators' }]);
  });
  it('reports nothing on a platform page', () => {
    expect(
      detect('<script src="https://js.stripe.com/v3/"></script>', 'https://www.linkedin.com/company/acme'),
    ).toBeUndefined();
  });
  it('never throws on odd input', () => {
    const doc = new DOMParser().parseFromString('<root/>', 'application/xml') as unknown as Document;
    expect(() => detectTechnologies(doc, { url: 'not a url', observedAt: NOW })).not.toThrow();
  });
});

describe('fingerprint data', () => {
  it('has at least 150 technologies in at least 15 categories, with unique names', () => {
    const names = FINGERPRINTS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.length).toBeGreaterThanOrEqual(150);
    expect(new Set(FINGERPRINTS.map((f) => f.category)).size).toBeGreaterThanOrEqual(15);
  });
  it('gives every technology an indicator and a known category', () => {
    for (const f of FINGERPRINTS) {
      const indicators = [f.hosts, f.paths, f.dom, f.inline, f.anchors].flat().filter(Boolean).length;
      expect(indicators + (f.generator ? 1 : 0), f.name).toBeGreaterThan(0);
      expect(TECH_CATEGORIES, f.name).toContain(f.category);
      for (const host of [...(f.hosts ?? []), ...(f.anchors ?? [])]) expect(host, f.name).toBe(host.toLowerCase());
    }
  });
  it('has valid DOM marker selectors', () => {
    for (const f of FINGERPRINTS) {
      for (const raw of f.dom ?? []) expect(() => document.querySelector(raw.replace(/^!/, '')), raw).not.toThrow();
    }
  });
  it('can never prove a technology by one weak indicator alone', () => {
    // Only weak kinds: inline markers and unmarked paths/dom; a fingerprint made of a single one is useless.
    for (const f of FINGERPRINTS) {
      const strong =
        !!(f.hosts?.length || f.anchors?.length || f.generator) ||
        [...(f.paths ?? []), ...(f.dom ?? [])].some((p) => p.startsWith('!'));
      const weak =
        (f.inline?.length ?? 0) +
        (f.paths ?? []).filter((p) => !p.startsWith('!')).length +
        (f.dom ?? []).filter((d) => !d.startsWith('!')).length;
      expect(strong || weak >= 2, f.name).toBe(true);
    }
  });
});
