import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { withoutMarkets } from '../../../../lib/extract/classify/normalize';
import { pageIndustry } from '../../../../lib/extract/classify/page';
import { sampleOf } from '../read-page';

// Synthetic text only: the held-out pages are the measurement, never copied here.
const page = (html: string) => sampleOf(html, 'https://example.test/', 1);

describe("a person's schools on a bio page", () => {
  it('do not type the page as a university', () => {
    const bio = page(
      `<head><title>Jorun Maelstad, Managing Director | Fjordhaul Freight</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Jorun Maelstad",
      "jobTitle":"Managing Director","worksFor":{"@type":"Organization","name":"Fjordhaul Freight"},
      "alumniOf":[{"@type":"CollegeOrUniversity","name":"Northmere University"}]}</script></head>
      <body><h1>Jorun Maelstad</h1><p>Jorun leads our freight forwarding, trucking and warehousing teams.</p></body>`,
    );
    expect(bio.types).not.toContain('CollegeOrUniversity');
    expect(pageIndustry(bio)?.group).not.toBe('education');
  });
});

describe('customers named before the verb', () => {
  it('are the market, not the trade', () => {
    expect(withoutMarkets('the ordering app regional bakeries and dairy producers use every day')).not.toMatch(
      /producers/,
    );
    expect(withoutMarkets('the scheduling tool busy hospitals rely on')).not.toMatch(/hospitals/);
  });
});

describe('Spanish and Portuguese trade and port words', () => {
  it('reads foreign trade as no shop', () => {
    expect(industryGroup('Comercio exterior')).toBeUndefined();
    expect(industryGroup('Comércio exterior')).toBeUndefined();
    expect(industryGroup('Comercio')?.group).toBe('retail-consumer');
  });

  it('reads ship agents and port operators as transport', () => {
    expect(industryGroup('Agencia marítima')?.group).toBe('transportation-logistics');
    expect(
      industryGroup('Atendemos buques en tres puertos: agenciamiento de naves y operaciones portuarias.', true)?.group,
    ).toBe('transportation-logistics');
  });
});

describe('industrial cleaning and hazardous waste', () => {
  it('is no manufacturing', () => {
    expect(industryGroup('Limpieza industrial')?.group).not.toBe('manufacturing');
    expect(industryGroup('Industrial cleaning')?.group).not.toBe('manufacturing');
    expect(industryGroup('Industrial machinery')?.group).toBe('manufacturing');
  });

  it('reads hazardous waste as a utility', () => {
    expect(industryGroup('Residuos peligrosos')?.group).toBe('energy-utilities');
    expect(industryGroup('Hazardous waste')?.group).toBe('energy-utilities');
  });
});
