import { describe, expect, it } from 'vitest';
import { comparePage, type Label } from '../../../lib/eval/compare';
import {
  matchCompany,
  matchDomain,
  matchEmployees,
  matchText,
  matchUrl,
  normTech,
  normText,
} from '../../../lib/eval/match';
import { buildReport, formatMisses } from '../../../lib/eval/report';
import type { PageSignals } from '../../../lib/signals/schema';

describe('corpus matching rules', () => {
  it('normalises strings: NFKC, case, whitespace, trailing punctuation', () => {
    expect(normText('  Ａcme\u00a0 Corp.  ')).toBe('acme corp');
    expect(matchText('VP of Sales', 'vp  of sales.')).toBe(true);
    expect(matchText(['Berlin', 'Berlin, Germany'], 'berlin, germany')).toBe(true);
    expect(matchText('Berlin', 'Munich')).toBe(false);
  });
  it('ignores legal suffixes in company names only', () => {
    expect(matchCompany('Acme', 'Acme, Inc.')).toBe(true);
    expect(matchCompany(['Motion', 'Motion Inc.'], 'Motion GmbH')).toBe(true);
    expect(matchCompany('Acme Ltd', 'ACME')).toBe(true);
    expect(matchCompany('Acme', 'Acme Labs')).toBe(false);
    expect(matchText('Acme', 'Acme Inc')).toBe(false);
  });
  it("ignores South Asia's, Southeast Asia's, the Gulf's and Turkey's legal suffixes too", () => {
    expect(matchCompany('Indus Harbour Freight (Pvt.) Ltd.', 'Indus Harbour Freight')).toBe(true);
    expect(matchCompany('Shivgiri Formulations Pvt. Ltd.', 'Shivgiri Formulations')).toBe(true);
    expect(matchCompany('Shivgiri Formulations Private Limited', 'Shivgiri Formulations')).toBe(true);
    expect(matchCompany('Selangor Moulds Sdn. Bhd.', 'Selangor Moulds')).toBe(true);
    expect(matchCompany('Shashe Ridge Construction (Pty) Ltd', 'Shashe Ridge Construction')).toBe(true);
    expect(matchCompany('Gulf Geotech W.L.L.', 'Gulf Geotech')).toBe(true);
    expect(matchCompany('Karadeniz Gümrük Ltd. Şti.', 'Karadeniz Gümrük')).toBe(true);
    expect(matchCompany('Ostwald Engineering Services India LLP', 'Ostwald Engineering')).toBe(false);
  });
  it("ignores Spain's limited companies' and cooperatives' suffixes", () => {
    expect(matchCompany('Conservas Praia Longa, S.L.', 'Conservas Praia Longa')).toBe(true);
    expect(matchCompany('Talleres Ibaizabal S.L.U.', 'Talleres Ibaizabal')).toBe(true);
    expect(matchCompany('Cooperativa Olivarera del Sur S. Coop.', 'Cooperativa Olivarera del Sur')).toBe(true);
    expect(matchCompany('Conservas Praia Longa, S.L.', 'Conservas Praia')).toBe(false);
  });
  it('compares domains exactly, without www', () => {
    expect(matchDomain('acme.com', 'WWW.acme.com')).toBe(true);
    expect(matchDomain('bbc.co.uk', 'co.uk')).toBe(false);
  });
  it('compares URLs without scheme, www, query and trailing slash', () => {
    expect(matchUrl('https://www.linkedin.com/company/acme', 'http://linkedin.com/company/acme/?trk=x')).toBe(true);
    expect(matchUrl('https://www.linkedin.com/company/acme', 'https://www.linkedin.com/company/acme-2')).toBe(false);
  });
  it('compares profile links as the same profile under a country host, a sub-page or an older address', () => {
    expect(matchUrl('https://www.linkedin.com/company/acme', 'https://de.linkedin.com/company/acme/about/')).toBe(true);
    expect(matchUrl(['linkedin.com/company/acme'], 'https://www.linkedin.com/company/Acme/')).toBe(true);
    expect(matchUrl('https://www.crunchbase.com/organization/acme', 'https://crunchbase.com/company/acme')).toBe(true);
    expect(matchUrl('https://github.com/acme', 'https://github.com/orgs/acme/repositories')).toBe(true);
    expect(matchUrl('https://www.linkedin.com/company/acme', 'https://de.linkedin.com/company/acme-gmbh')).toBe(false);
    expect(matchUrl('https://www.linkedin.com/company/acme', 'https://www.linkedin.com/in/acme')).toBe(false);
  });
  it('matches employee ranges and points', () => {
    expect(matchEmployees({ min: 51, max: 200 }, { min: 51, max: 200 })).toBe(true);
    expect(matchEmployees({ min: 51, max: 200 }, { min: 120, max: 120 })).toBe(true);
    expect(matchEmployees({ min: 10001 }, { min: 25000, max: 25000 })).toBe(true);
    expect(matchEmployees({ min: 10001 }, { min: 10001 })).toBe(true);
    expect(matchEmployees({ min: 51, max: 200 }, { min: 201, max: 500 })).toBe(false);
    expect(matchEmployees({ min: 51, max: 200 }, { min: 100 })).toBe(false);
  });
  it('compares technology names ignoring case, spaces, dots and dashes', () => {
    expect(normTech('Next.js')).toBe(normTech('nextjs'));
    expect(normTech('Yandex.Metrika')).toBe(normTech('yandex metrika'));
  });
});

describe('comparePage', () => {
  const fact = <T>(value: T) => ({
    value,
    source: 'jsonld',
    layer: 'structured' as const,
    url: 'https://a.example/',
    confidence: 1,
    observedAt: 0,
  });
  const label: Label = {
    id: 'x',
    kind: 'company-site',
    company: {
      name: ['Acme', 'Acme Inc.'],
      domain: 'acme.com',
      hq: { country: 'DE', city: 'Berlin' },
      hiring: true,
      founded: 2010,
      technologies: ['Next.js', 'HubSpot'],
    },
  };
  const page: PageSignals = {
    url: 'https://acme.com/',
    extractedAt: 0,
    company: {
      name: fact('ACME GmbH'),
      domain: fact('acme.com'),
      hq: fact({ country: 'DE', city: 'Munich' }),
      hiring: fact({ openRoles: 2 }),
      technologies: fact([{ name: 'next.js', category: 'JavaScript frameworks' }]),
    },
  };
  it("matches a technology by another name the product goes by, not by a different product's", () => {
    const typo3: PageSignals = {
      url: 'https://acme.com/',
      extractedAt: 0,
      company: { technologies: fact([{ name: 'TYPO3 CMS', category: 'CMS' }]) },
    };
    const results = (technologies: string[]) =>
      comparePage({ id: 'y', kind: 'company-site', company: { technologies } }, typo3).map((r) => r.outcome);
    expect(results(['TYPO3'])).toEqual(['correct']);
    expect(results(['TYPO3 CMS'])).toEqual(['correct']);
    expect(results(['Neos CMS'])).toEqual(['missing']);
  });

  it('scores only labelled fields: correct, wrong, missing; technologies recall-only', () => {
    const byField = Object.fromEntries(comparePage(label, page).map((r) => [`${r.field}:${r.expected}`, r.outcome]));
    expect(byField).toEqual({
      'company.name:Acme,Acme Inc.': 'correct',
      'company.domain:acme.com': 'correct',
      'company.hq.country:DE': 'correct',
      'company.hq.city:Berlin': 'wrong',
      'company.founded:2010': 'missing',
      'company.hiring:true': 'correct',
      'company.technologies:Next.js': 'correct',
      'company.technologies:HubSpot': 'missing',
    });
  });
  it('counts everything missing when the page yields nothing, and builds precision and recall', () => {
    const report = buildReport(
      [
        { id: 'x', kind: 'company-site', results: comparePage(label, page) },
        { id: 'y', kind: 'company-site', results: comparePage(label, null) },
      ],
      [{ id: 'z', error: 'boom' }],
    );
    expect(report.pages).toBe(3);
    expect(report.fields['company.hq.city']).toEqual({
      labeled: 2,
      correct: 0,
      wrong: 1,
      missing: 1,
      precision: 0,
      recall: 0,
    });
    expect(report.fields['company.name']).toMatchObject({ labeled: 2, correct: 1, precision: 1, recall: 0.5 });
    expect(report.byKind['company-site']?.pages).toBe(2);
    // What to look at next: each value not read right, by page, with what was read instead.
    expect(report.misses).toContainEqual({
      id: 'x',
      field: 'company.hq.city',
      outcome: 'wrong',
      expected: 'Berlin',
      got: 'Munich',
    });
    expect(report.misses.filter((m) => m.id === 'y').every((m) => m.outcome === 'missing')).toBe(true);
    expect(report.misses.some((m) => m.field === 'company.name' && m.id === 'x')).toBe(false);
    expect(formatMisses(report)).toContain('x  company.hq.city  wrong: expected "Berlin", got "Munich"');
  });
  it('tables the industry group answered per labelled group, no answer as unknown', () => {
    const row = (expected: unknown, got: unknown, outcome: 'correct' | 'wrong' | 'missing') => ({
      id: String(got),
      kind: 'company-site',
      results: [{ field: 'company.industryGroup' as const, outcome, expected, got }],
    });
    const report = buildReport(
      [
        row('software', 'software', 'correct'),
        row(['it-services', 'software'], 'software', 'correct'),
        row('software', 'media-publishing', 'wrong'),
        row('software', undefined, 'missing'),
      ],
      [],
    );
    expect(report.industryConfusion).toEqual({ software: { software: 2, 'media-publishing': 1, unknown: 1 } });
  });
});
