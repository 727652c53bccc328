import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor, patternToRegExp, SITE_ADAPTERS } from '../../../../lib/extract/sites/registry';

const SITES_DIR = join(__dirname, '../../../../lib/extract/sites/');
const FIXTURES = join(__dirname, '../../../fixtures/');
// Shared helpers of the adapters, not adapters themselves.
const HELPERS = new Set([
  'types',
  'registry',
  'dom',
  'location',
  'district',
  'funding',
  'headline',
  'jsonld-nodes',
  'linkedin-data',
  'crunchbase-state',
]);

/** Chrome match-pattern syntax: `<scheme>://<host>/<path>`, host `*`, `*.` + name, or a name without `*`. */
function isValidMatchPattern(pattern: string): boolean {
  if (pattern === '<all_urls>') return true;
  const m = /^(\*|https?|file|ftp|wss?):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const host = m[2] ?? '';
  if (m[1] === 'file') return host === '';
  return host === '*' || /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(host);
}

describe('site adapter registry', () => {
  const files = readdirSync(SITES_DIR)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3));
  const adapterFiles = files.filter((f) => !HELPERS.has(f));

  it('registers every adapter file, under its file name', () => {
    expect(SITE_ADAPTERS.map((a) => a.id).sort()).toEqual(adapterFiles.sort());
  });

  it('has unique ids', () => {
    const ids = SITE_ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))('%s has valid match patterns', (_id, adapter) => {
    expect(adapter.matches.length).toBeGreaterThan(0);
    for (const pattern of adapter.matches) {
      expect(isValidMatchPattern(pattern), pattern).toBe(true);
      expect(patternToRegExp(pattern), pattern).toBeDefined();
    }
  });

  it.each(SITE_ADAPTERS.map((a) => a.id))('%s has at least one fixture with its expectation', (id) => {
    const dir = `${FIXTURES}${id}`;
    const pages = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages)
      expect(existsSync(`${dir}/${page.replace(/\.html$/, '.expected.json')}`), page).toBe(true);
  });

  it('rejects malformed match patterns', () => {
    for (const bad of ['linkedin.com/*', 'https://*linkedin.com/*', 'https://www.linkedin.com', 'https://a*b.com/*'])
      expect(isValidMatchPattern(bad), bad).toBe(false);
  });

  it.each([
    ['https://www.linkedin.com/company/acme/about/', 'linkedin-company'],
    ['https://www.linkedin.com/organization-guest/company/acme?trk=x', 'linkedin-company'],
    ['https://github.com/orgs/acme/people', 'github'],
    ['https://uk.linkedin.com/company/acme', 'linkedin-company'],
    ['https://www.linkedin.com/in/jane-doe/', 'linkedin-person'],
    ['https://de.linkedin.com/in/jane-doe?trk=x', 'linkedin-person'],
    ['https://www.linkedin.com/profile/view?id=AAkAAA1xYz', 'linkedin-person'],
    ['https://en.wikipedia.org/wiki/Acme', 'wikipedia'],
    ['https://github.com/acme', 'github'],
    ['https://www.crunchbase.com/organization/acme', 'crunchbase'],
    ['https://www.crunchbase.com/person/jane-doe', 'crunchbase'],
  ])('%s -> %s', (url, id) => {
    expect(adapterFor(url)?.id).toBe(id);
  });

  it.each([
    'https://www.linkedin.com/feed/',
    'https://linkedin.com.evil.example/company/acme',
    'https://acme.example/company/x',
    'https://gist.github.com/acme/1',
  ])('%s -> no adapter', (url) => {
    expect(adapterFor(url)).toBeUndefined();
  });
});
