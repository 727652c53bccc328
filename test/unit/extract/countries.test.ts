import { describe, expect, it } from 'vitest';
import { toIsoCountry } from '../../../lib/extract/countries';

describe('toIsoCountry', () => {
  it.each([
    ['DE', 'DE'],
    ['de', 'DE'],
    [' US ', 'US'],
    ['UK', 'GB'],
    ['USA', 'US'],
    ['U.S.A.', 'US'],
    ['United States', 'US'],
    ['United States of America', 'US'],
    ['United Kingdom', 'GB'],
    ['England', 'GB'],
    ['Deutschland', 'DE'],
    ['Germany', 'DE'],
    ['France', 'FR'],
    ['The Netherlands', 'NL'],
    ['Österreich', 'AT'],
    ['España', 'ES'],
    ['Schweiz', 'CH'],
    ['Czechia', 'CZ'],
    ['South Korea', 'KR'],
    ['NLD', 'NL'],
    ['Brasil', 'BR'],
    ['New Zealand', 'NZ'],
  ])('%s -> %s', (input, expected) => {
    expect(toIsoCountry(input)).toBe(expected);
  });

  it.each([
    ['XX'],
    ['Atlantis'],
    [''],
    ['__proto__'],
    ['constructor'],
    ['toString'],
    [42],
    [undefined],
    ['a'.repeat(500)],
  ])('%j -> undefined', (input) => {
    expect(toIsoCountry(input)).toBeUndefined();
  });
});
