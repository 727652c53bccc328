import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../lib/extract/index';
import { normalizePage } from '../../../lib/signals/normalize';
import { pageSignalsSchema } from '../../../lib/signals/schema';

/**
 * Team pages in English, German and French (cards, lists, definition lists, JSON-LD), LinkedIn company people, and
 * pages that name people who are not the team: `test/fixtures/people/<case>.html` beside `<case>.expected.json`.
 * The list of people is compared whole (names, in any order), so a testimonial or an author read as staff fails.
 */
interface ExpectedPerson {
  name: string;
  title?: string;
  seniority?: string;
  department?: string;
  profileUrl?: string;
  source?: string;
}
interface Expected {
  url: string;
  people: ExpectedPerson[];
  absent?: string[];
}

const DIR = join(__dirname, '../../fixtures/people/');
const NOW = Date.UTC(2025, 0, 15);
const cases = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.slice(0, -'.html'.length))
  .sort();

function run(name: string) {
  const html = readFileSync(`${DIR}${name}.html`, 'utf8');
  const expected = JSON.parse(readFileSync(`${DIR}${name}.expected.json`, 'utf8')) as Expected;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const raw = extractPage(doc as unknown as Document, expected.url, NOW);
  return { expected, page: raw ? normalizePage(JSON.parse(JSON.stringify(raw))) : null };
}

describe('people on team pages', () => {
  it('has fixtures in English, German and French', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('%s', (name) => {
    const { expected, page } = run(name);
    expect(page === null || pageSignalsSchema.safeParse(page).success).toBe(true);
    const people = page?.people ?? [];
    expect(people.map((p) => p.name?.value).sort()).toEqual(expected.people.map((p) => p.name).sort());
    for (const want of expected.people) {
      const got = people.find((p) => p.name?.value === want.name);
      if (want.title) expect(got?.title?.value, `${want.name} title`).toBe(want.title);
      if (want.seniority) expect(got?.seniority?.value, `${want.name} seniority`).toBe(want.seniority);
      if (want.department) expect(got?.department?.value, `${want.name} department`).toBe(want.department);
      if (want.profileUrl) expect(got?.profileUrl?.value, `${want.name} profile`).toBe(want.profileUrl);
      if (want.source) expect(got?.name?.source, `${want.name} source`).toBe(want.source);
      expect(got?.name?.url).toBe(expected.url);
    }
    for (const absent of expected.absent ?? []) {
      expect(
        people.some((p) => p.name?.value === absent),
        `${absent} must not be listed`,
      ).toBe(false);
    }
  });
});
