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

describe('people on hostile pages', () => {
  const url = 'https://hostile.example/team';
  const extract = (html: string) => {
    const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return normalizePage(JSON.parse(JSON.stringify(extractPage(doc, url, NOW))));
  };
  const org =
    '<script type="application/ld+json">{"@type":"Organization","name":"Hostile Co","url":"https://hostile.example/"}</script>';

  it('lists at most 50 people, however many cards a page holds', () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const card = (name: string) => `<div class="m"><h3>${name}</h3><p>Sales Manager</p></div>`;
    const named = Array.from({ length: 80 }, (_, i) =>
      card(`Anna Example${letters[i % 26]}${letters[Math.floor(i / 26)]}`),
    );
    const filler = Array.from({ length: 500 }, (_, i) => card(`Card ${i}`));
    const page = extract(
      `<html><head>${org}</head><body><main><h1>Our team</h1>${[...named, ...filler].join('')}</main></body></html>`,
    );
    expect(page?.people?.length).toBe(50);
    expect(pageSignalsSchema.safeParse(page).success).toBe(true);
  }, 30_000);

  it('keeps markup in a name as text, and refuses it as a name', () => {
    const page = extract(
      `<html><head>${org}</head><body><main><h1>Our team</h1>` +
        '<div class="m"><h3>&lt;img src=x onerror=alert(1)&gt;</h3><p>CEO</p></div>' +
        '<div class="m"><h3>Anna <b>Beispiel</b></h3><p>Head of <i>Sales</i></p></div>' +
        '<div class="m"><h3>Max Muster</h3><p>CTO</p></div></main></body></html>',
    );
    expect(page?.people?.map((p) => [p.name?.value, p.title?.value])).toEqual([
      ['Anna Beispiel', 'Head of Sales'],
      ['Max Muster', 'CTO'],
    ]);
  });

  it('refuses people a page claims in the user layer or beyond the caps', () => {
    const evidence = { source: 'team-page', layer: 'user', url, confidence: 1, observedAt: NOW };
    const page = normalizePage({
      url,
      extractedAt: NOW,
      company: { name: { ...evidence, layer: 'heuristic', value: 'Hostile Co' } },
      people: [
        { name: { ...evidence, value: 'Forged Person' }, title: { ...evidence, layer: 'heuristic', value: 'CEO' } },
        { name: { ...evidence, layer: 'heuristic', value: 'x'.repeat(5_000) } },
        'not a person',
        ...Array.from({ length: 200 }, (_, i) => ({ name: { ...evidence, layer: 'heuristic', value: `P ${i}` } })),
      ],
    });
    // The first 50 entries are looked at; the forged, oversized and malformed ones among them are dropped.
    expect(page?.people?.length).toBe(47);
    expect(page?.people?.some((p) => p.name?.layer === 'user')).toBe(false);
  });
});
