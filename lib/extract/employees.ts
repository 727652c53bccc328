import type { NumberRange } from '../signals/schema';
import { isObject, own } from './facts';

// Above any real employer: larger numbers are typos or revenue mistaken for headcount.
const MAX_EMPLOYEES = 10_000_000;

// "10,001", "10.001" (German), "10 001", "10001", "2.5k".
const NUMBER = /(\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)\s*(k\b)?/gi;

function toCount(digits: string, thousands?: string): number | undefined {
  let n: number;
  if (/^\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+$/.test(digits) && !thousands) n = Number(digits.replace(/\D/g, ''));
  else n = Number(digits.replace(',', '.'));
  if (thousands) n *= 1000;
  n = Math.round(n);
  return Number.isFinite(n) && n >= 0 && n <= MAX_EMPLOYEES ? n : undefined;
}

function fromNumber(n: number): NumberRange | undefined {
  const v = Math.round(n);
  return Number.isFinite(v) && v >= 0 && v <= MAX_EMPLOYEES ? { min: v, max: v } : undefined;
}

function range(min: number | undefined, max: number | undefined): NumberRange | undefined {
  if (min === undefined) return max === undefined ? undefined : { min: max > 0 ? 1 : 0, max };
  if (max === undefined) return { min };
  return max >= min ? { min, max } : { min: max, max: min };
}

/** "51-200", "10,001+", "1.000 Mitarbeiter", "over 500", "fewer than 10", "250". */
function fromString(input: string): NumberRange | undefined {
  const text = input.slice(0, 100);
  // "-5": a negative count is junk, unlike the dash of a range ("51-200").
  if (/^[^\d]*-\s*\d/.test(text)) return undefined;
  const numbers: number[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const n = toCount(m[1] ?? '', m[2]);
    if (n === undefined) return undefined;
    numbers.push(n);
    if (numbers.length > 2) return undefined;
  }
  const [first, second] = numbers;
  if (first === undefined) return undefined;
  if (second !== undefined) return range(first, second);
  if (/\+|\b(over|more than|above|at least)\b|>/i.test(text)) return { min: first };
  if (/\b(under|fewer than|less than|up to|below)\b|</i.test(text)) return range(undefined, first);
  return { min: first, max: first };
}

/**
 * Employee count as a range from what structured data puts in `numberOfEmployees`: a number, a string such as
 * "51-200" or "10,001+", a QuantitativeValue (`value`, or `minValue`/`maxValue`), or an array of those.
 */
export function parseEmployees(input: unknown, depth = 0): NumberRange | undefined {
  if (depth > 3) return undefined;
  if (typeof input === 'number') return fromNumber(input);
  if (typeof input === 'string') return fromString(input);
  if (Array.isArray(input)) {
    for (const item of input.slice(0, 5)) {
      const parsed = parseEmployees(item, depth + 1);
      if (parsed) return parsed;
    }
    return undefined;
  }
  if (!isObject(input)) return undefined;
  const value = own(input, 'value') ?? own(input, '@value');
  if (value !== undefined) return parseEmployees(value, depth + 1);
  const min = parseEmployees(own(input, 'minValue'), depth + 1)?.min;
  const max = parseEmployees(own(input, 'maxValue'), depth + 1)?.min;
  return range(min, max);
}
