import { describe, expect, it } from 'vitest';
import { parseEmployees } from '../../../lib/extract/employees';

describe('parseEmployees', () => {
  it.each([
    [250, { min: 250, max: 250 }],
    [12.6, { min: 13, max: 13 }],
    ['250', { min: 250, max: 250 }],
    ['51-200', { min: 51, max: 200 }],
    ['51 – 200 employees', { min: 51, max: 200 }],
    ['1,001-5,000', { min: 1001, max: 5000 }],
    ['10,001+', { min: 10001 }],
    ['10.001+ Mitarbeiter', { min: 10001 }],
    ['1 000', { min: 1000, max: 1000 }],
    ['2.5k', { min: 2500, max: 2500 }],
    ['over 500', { min: 500 }],
    ['fewer than 10', { min: 1, max: 10 }],
    ['200-51', { min: 51, max: 200 }],
    [
      { '@type': 'QuantitativeValue', value: 35 },
      { min: 35, max: 35 },
    ],
    [
      { '@type': 'QuantitativeValue', value: '11-50' },
      { min: 11, max: 50 },
    ],
    [
      { '@type': 'QuantitativeValue', minValue: 201, maxValue: 500 },
      { min: 201, max: 500 },
    ],
    [{ '@type': 'QuantitativeValue', minValue: '5001' }, { min: 5001 }],
    [{ maxValue: 10 }, { min: 1, max: 10 }],
    [['n/a', '11-50'], { min: 11, max: 50 }],
  ])('%j -> %j', (input, expected) => {
    expect(parseEmployees(input)).toEqual(expected);
  });

  it.each([
    [undefined],
    [null],
    [''],
    ['n/a'],
    ['-5'],
    [-5],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [1e20],
    ['1 2 3'],
    [{}],
    [{ value: { value: { value: { value: { value: 5 } } } } }],
    [JSON.parse('{"__proto__": {"value": 5}}')],
  ])('%j -> undefined', (input) => {
    expect(parseEmployees(input)).toBeUndefined();
  });
});
