import { describe, expect, it } from 'vitest';
import { callsItselfMaker, classifyCompany } from '../../../lib/extract/classify/derive';
import { headcount } from '../../../lib/extract/text/headcount';
import type { CompanySignals } from '../../../lib/signals/schema';
import { sampleOf } from './read-page';

// Invented companies and snippets only: the held-out pages are the measurement, never copied here.
const fact = <T>(value: T, confidence = 0.9) => ({
  value,
  source: 'site',
  layer: 'site' as const,
  url: 'https://example.test/',
  confidence,
  observedAt: 1,
});

describe('a department team is not the headcount', () => {
  it('reads the whole team after an engineering team', () => {
    expect(
      headcount('Our studio and development team of 40 sit in Pune; with the Goa office we are a team of 72 people.')
        ?.range,
    ).toEqual({ min: 72, max: 72 });
  });

  it('reads no headcount from a sales team alone', () => {
    expect(headcount('Our sales team of 14 covers the northern region.')).toBeUndefined();
  });

  it('still reads a firm of engineers and a plain team', () => {
    expect(headcount('Brenmoor is an engineering firm of 38 people.')?.range).toEqual({ min: 38, max: 38 });
    expect(headcount('We are a team of 19.')?.range).toEqual({ min: 19, max: 19 });
  });
});

describe("a team's figures block", () => {
  it('reads the people under "Our team in numbers"', () => {
    expect(
      headcount('Our story\nFounded in 2001.\nOur team in numbers\n52 people across four clinics\n8 vets\n')?.range,
    ).toEqual({
      min: 52,
      max: 52,
    });
  });

  it("reads no count from another block's people", () => {
    expect(headcount('Our year in numbers\n5200 people visited our stand\n')).toBeUndefined();
  });
});

describe('a maker by its own words', () => {
  it('finds the company naming itself a manufacturer', () => {
    expect(callsItselfMaker('Corrin Feeds Ltd is an independent Welsh feed manufacturer.', 'Corrin Feeds Ltd')).toBe(
      true,
    );
    expect(callsItselfMaker('We are a family-owned timber remanufacturer in Oregon.')).toBe(true);
  });

  it('reads no maker in a distributor for manufacturers, nor in a former employer', () => {
    expect(callsItselfMaker('Corrin Supply is a distributor for leading manufacturers.', 'Corrin Supply')).toBe(false);
    expect(callsItselfMaker('She worked at Tallis Metals, which is a steel manufacturer.', 'Corrin Feeds Ltd')).toBe(
      false,
    );
  });

  it('reads building materials a maker states as manufacturing', () => {
    const company = {
      name: fact('Pellow Timber Ltd'),
      industry: fact('Building Materials'),
      description: fact('Pellow Timber is a family-owned lumber remanufacturer in northern Ontario.'),
    } as CompanySignals;
    classifyCompany(company);
    expect(company.industryGroup?.value).toBe('manufacturing');
  });

  it('keeps building materials a dealer states as construction', () => {
    const company = {
      name: fact('Pellow Supply Ltd'),
      industry: fact('Building Materials'),
      description: fact('Pellow Supply is a builders merchant for contractors across Ontario.'),
    } as CompanySignals;
    classifyCompany(company);
    expect(company.industryGroup?.value).toBe('real-estate-construction');
  });

  const bio = (footer: string) =>
    sampleOf(
      `<head><title>Orla Tierney, Finance Director | Corrin Feeds</title><meta property="og:type" content="profile">
      <meta name="description" content="Orla Tierney, a chartered accountant, leads finance at Corrin Feeds."></head>
      <body><h1>Orla Tierney</h1><p>Orla trained as a chartered accountant and spent years on audits for accountants'
      clients before joining us as Finance Director. She is a Fellow of the accountants' institute.</p>
      <footer><p>${footer}</p></footer></body>`,
      'https://example.test/team/orla-tierney',
      1,
    );

  it("reads a leadership bio's company by the sentence where it calls itself a maker", () => {
    const company = { name: fact('Corrin Feeds Ltd', 0.5) } as CompanySignals;
    classifyCompany(company, bio('Corrin Feeds is an independent Welsh feed manufacturer, founded in 1962.'));
    expect(company.industryGroup?.value).toBe('manufacturing');
  });

  it("does not take the maker of another company's sentence on a bio", () => {
    const company = { name: fact('Corrin Feeds Ltd', 0.5) } as CompanySignals;
    classifyCompany(company, bio('Tallis Metals is a steel manufacturer in Port Talbot.'));
    expect(company.industryGroup?.value).not.toBe('manufacturing');
  });
});
