import { describe, expect, it, vi } from 'vitest';
import { foundedYear } from '../../../lib/extract/text/founded';
import { fundingStage } from '../../../lib/extract/text/funding';
import { headcount } from '../../../lib/extract/text/headcount';
import { publisherFounding } from '../../../lib/extract/text/masthead';
import { signalsOf } from './read-page';

// Invented companies, boards and snippets only: the held-out pages are the measurement, never copied here.
const NOW = Date.UTC(2026, 0, 15);
vi.setConfig({ testTimeout: 30_000 });
const year = (text: string) => foundedYear(text, NOW)?.year;

describe('a directory profile in sameAs is not the company site', () => {
  const site = (sameAs: string[]) => `<!DOCTYPE html><html lang="en"><head><title>Contact - Larchmont Roofing</title>
<script type="application/ld+json">${JSON.stringify({
    '@context': 'http://schema.org',
    '@type': 'Organization',
    legalName: 'Larchmont Roofing, LLC',
    sameAs,
  })}</script></head><body><main><h1>Contact us</h1><p>Call our office for a free estimate.</p></main></body></html>`;

  it('keeps the page own domain over a directory profile two folders deep', () => {
    const html = site(['https://www.instagram.com/larchmontroof', 'https://www.houzz.com/pro/larchmontroof']);
    const company = signalsOf(html, 'https://www.larchmontroof.com/contact', NOW)?.company;
    expect(company?.domain?.value).toBe('larchmontroof.com');
  });

  it('keeps it against a review site listing too', () => {
    const html = site(['https://www.yelp.com/biz/larchmont-roofing-dayton']);
    const company = signalsOf(html, 'https://larchmontroof.com/', NOW)?.company;
    expect(company?.domain?.value).toBe('larchmontroof.com');
  });

  it('guard: a job posting employer site given as a home page in sameAs is still read', () => {
    const html = `<!DOCTYPE html><html lang="en"><head><title>Site Foreman</title>
<script type="application/ld+json">${JSON.stringify({
      '@context': 'http://schema.org',
      '@type': 'JobPosting',
      title: 'Site Foreman',
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Larchmont Roofing',
        sameAs: 'https://www.larchmontroof.com/en',
      },
    })}</script></head><body><h1>Site Foreman</h1></body></html>`;
    const company = signalsOf(html, 'https://jobs.example-board.com/job/4411', NOW)?.company;
    expect(company?.domain?.value).toBe('larchmontroof.com');
  });
});
