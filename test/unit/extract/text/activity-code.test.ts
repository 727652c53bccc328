import { describe, expect, it } from 'vitest';
import { activityCodeGroup } from '../../../../lib/extract/text/activity-code';

// Invented register rows and legal notices; the codes are real classification codes.
describe('activityCodeGroup', () => {
  it.each([
    ['SK NACE\t28250 – Výroba nedomácich chladiacich zariadení', 'manufacturing'],
    ['Activity (NACE)\t17.21 Manufacture of corrugated paper', 'manufacturing'],
    ['Business purpose (SBI)\t62010 – Ontwikkelen van software', 'software'],
    ['SIRET 812 345 678 00019 – Code APE : 6201Z – TVA FR12812345678', 'software'],
    ['Codice ATECO: 62.01.00', 'software'],
    ['Wirtschaftszweig (WZ 2008): 43.22 Gas-, Wasser-, Heizungsinstallation', 'real-estate-construction'],
    ['CNAE 5510 Hoteles y alojamientos similares', 'hospitality-travel'],
    ['PKD 49.41.Z Transport drogowy towarów', 'transportation-logistics'],
    ['Nature of business (SIC)\n86210 - General medical practice activities', 'healthcare'],
    ['NAICS Code: 541511 Custom Computer Programming Services', 'software'],
    ['Djelatnost (NKD 2007): J62.01 Računalno programiranje', 'software'],
  ])('reads %j', (text, group) => {
    expect(activityCodeGroup(text)).toBe(group);
  });

  it("does not read the US's four-digit SIC codes, another system", () => {
    expect(activityCodeGroup('SIC code: 7372 Prepackaged software')).toBeUndefined();
  });

  it('gives no answer when the codes name two groups', () => {
    expect(activityCodeGroup('NACE 62.01 Programming\nNACE 47.91 Retail via the internet')).toBeUndefined();
  });

  it('agrees codes of one group', () => {
    expect(activityCodeGroup('NACE 62.02 Consultancy\nNACE 62.03 Facilities management')).toBe('it-services');
  });

  it('reads no code from a name, a year or a number that only follows a similar word', () => {
    expect(activityCodeGroup('Visit APEX 2024 in hall 6201')).toBeUndefined();
    expect(activityCodeGroup('NACE members since 2019')).toBeUndefined();
    expect(activityCodeGroup('Our SaaS platform, with 6201 customers')).toBeUndefined();
  });
});
