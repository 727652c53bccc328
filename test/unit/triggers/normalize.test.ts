import { describe, expect, it } from 'vitest';
import { normalizePage } from '../../../lib/signals/normalize';

const AT = Date.UTC(2025, 5, 1);
const evidence = {
  source: 'jsonld',
  layer: 'structured',
  url: 'https://fundly.example/press',
  confidence: 0.9,
  observedAt: AT,
};
const sample = (text: string) => ({ text, about: '', headings: '', types: [], tels: [] });

describe('triggers read by the background from a page', () => {
  it('keeps the dated events a page states about its own company with the page', () => {
    const page = normalizePage({
      url: 'https://fundly.example/press',
      extractedAt: AT,
      company: { name: { ...evidence, value: 'Fundly' } },
      sample: sample('Newsroom\nMarch 4, 2025\nFundly raises $25M Series B\nGlobex raises $9M seed on 3 March 2025'),
    });
    expect(page?.triggers).toEqual([
      {
        kind: 'funding',
        date: Date.UTC(2025, 2, 4),
        url: 'https://fundly.example/press',
        headline: 'Fundly raises $25M Series B',
        round: 'Series B',
        amount: '$25M',
      },
    ]);
  });
  it('adds nothing to a page without triggers', () => {
    const page = normalizePage({
      url: 'https://fundly.example/',
      extractedAt: AT,
      company: { name: { ...evidence, value: 'Fundly' } },
      sample: sample('Payroll for teams. Founded in 2019.'),
    });
    expect(page && 'triggers' in page).toBe(false);
  });
});
