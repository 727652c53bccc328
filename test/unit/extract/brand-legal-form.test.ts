import { describe, expect, it } from 'vitest';
import { widenBrand } from '../../../lib/extract/brand';

// Issue 14: a title's whole legal name around the brand its domain spells. Invented companies.
describe('the whole name around a brand, up to its closing legal form', () => {
  it("keeps a name's two more words when a legal form closes it", () => {
    expect(widenBrand('Kesar Brass Fittings Pvt. Ltd.', 'Kesar Brass')).toBe('Kesar Brass Fittings Pvt. Ltd.');
    expect(widenBrand('Ravi Agro Foods (Pvt.) Ltd.', 'Ravi Agro')).toBe('Ravi Agro Foods (Pvt.) Ltd.');
    expect(widenBrand('Ziwa Nile Fish Processors Ltd', 'Ziwa Nile')).toBe('Ziwa Nile Fish Processors Ltd');
    expect(widenBrand('Shashe Ridge Construction (Pty) Ltd', 'Shashe Ridge Construction')).toBe(
      'Shashe Ridge Construction (Pty) Ltd',
    );
  });

  it('still keeps the brand alone before three more words, or words that are no name', () => {
    expect(widenBrand('Kesar Brass Precision Fittings Exports Pvt. Ltd.', 'Kesar Brass')).toBe('Kesar Brass');
    expect(widenBrand('Kesar Brass Fittings 2024 Ltd', 'Kesar Brass')).toBe('Kesar Brass');
    expect(widenBrand('Acme Ltd', 'Acme')).toBe('Acme Ltd');
  });
});
