import { describe, expect, it } from 'vitest';
import { postcodeRegion } from '../../../../lib/extract/text/postcode-region';

// The Land a German or Austrian postcode's area lies in, only where the whole area lies in one Land.
describe('postcodeRegion', () => {
  it('gives the Land of a German routing region and an Austrian postcode group', () => {
    expect(postcodeRegion('DE', '87616')).toBe('Bayern');
    expect(postcodeRegion('DE', 'D-26135')).toBe('Niedersachsen');
    expect(postcodeRegion('DE', '70173')).toBe('Baden-Württemberg');
    expect(postcodeRegion('AT', '8160')).toBe('Steiermark');
    expect(postcodeRegion('AT', 'A-4310')).toBe('Oberösterreich');
    expect(postcodeRegion('AT', '9900')).toBe('Tirol');
  });

  it('names none for an area across a border, another country or a malformed code', () => {
    // 88 (Lindau and Friedrichshafen), 4300 St. Valentin (Lower Austria, among Upper Austria's 43xx), 1300 the airport.
    expect(postcodeRegion('DE', '88131')).toBeUndefined();
    expect(postcodeRegion('AT', '4300')).toBeUndefined();
    expect(postcodeRegion('AT', '1300')).toBeUndefined();
    expect(postcodeRegion('CH', '8001')).toBeUndefined();
    expect(postcodeRegion('DE', '8761')).toBeUndefined();
  });
});
