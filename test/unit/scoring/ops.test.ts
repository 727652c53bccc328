import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../../lib/icp/fields';
import type { Criterion } from '../../../lib/icp/schema';
import { evaluate } from '../../../lib/scoring/ops';

type Case = [name: string, op: Criterion['op'], target: unknown, value: FieldValue, expected: number | null];

const tools = ['HubSpot', 'Segment', 'Stripe'];

// Each row: criterion op and target, the field value read from signals, the expected match (null = UNKNOWN).
const cases: Case[] = [
  ['in: scalar hit, case-insensitive', 'in', ['DE', 'US'], 'de', 1],
  ['in: scalar miss', 'in', ['DE', 'US'], 'FR', 0],
  ['in: any list item', 'in', ['segment'], tools, 1],
  ['in: empty list', 'in', ['DE'], [], 0],
  ['in: NFC and NFD spellings agree', 'in', ['Zürich'], 'Zu\u0308rich', 1],
  ['in: number is a type mismatch', 'in', ['2015'], 2015, null],
  ['in: boolean is a type mismatch', 'in', ['yes'], true, null],
  ['notIn: hit', 'notIn', ['government-nonprofit'], 'government-nonprofit', 0],
  ['notIn: miss', 'notIn', ['government-nonprofit'], 'software', 1],
  ['notIn: mismatch stays unknown', 'notIn', ['x'], { min: 1, max: 2 }, null],
  ['includesAny: hit', 'includesAny', ['Stripe', 'Adyen'], tools, 1],
  ['includesAny: miss', 'includesAny', ['Adyen'], tools, 0],
  ['includesAny: string is a one-item list', 'includesAny', ['hubspot'], 'HubSpot', 1],
  ['includesAll: all present', 'includesAll', ['hubspot', 'STRIPE'], tools, 1],
  ['includesAll: partial credit 1 of 2', 'includesAll', ['HubSpot', 'Adyen'], tools, 0.5],
  ['includesAll: partial credit 2 of 4', 'includesAll', ['HubSpot', 'Stripe', 'Adyen', 'Braze'], tools, 0.5],
  ['includesAll: duplicate targets count once', 'includesAll', ['HubSpot', 'hubspot', 'Adyen'], tools, 0.5],
  ['includesAll: none present', 'includesAll', ['Adyen'], tools, 0],
  ['excludes: none present', 'excludes', ['Salesforce'], tools, 1],
  ['excludes: one present', 'excludes', ['Salesforce', 'stripe'], tools, 0],
  ['excludes: empty list', 'excludes', ['Salesforce'], [], 1],
  ['exists: true', 'exists', undefined, true, 1],
  ['exists: false', 'exists', undefined, false, 0],
  ['exists: non-empty list', 'exists', undefined, ['x'], 1],
  ['exists: empty list', 'exists', undefined, [], 0],
  ['exists: blank text', 'exists', undefined, '  ', 0],
  ['exists: text', 'exists', undefined, 'Acme', 1],
  ['exists: zero open roles', 'exists', undefined, 0, 0],
  ['exists: number', 'exists', undefined, 3, 1],
  ['exists: range', 'exists', undefined, { min: 0 }, 1],
  ['gte: above', 'gte', 2000, 2015, 1],
  ['gte: equal', 'gte', 2000, 2000, 1],
  ['gte: below', 'gte', 2000, 1999, 0],
  ['gte: range whose max reaches it', 'gte', 100, { min: 51, max: 200 }, 1],
  ['gte: range wholly below', 'gte', 500, { min: 51, max: 200 }, 0],
  ['gte: open max counts as unbounded', 'gte', 1e6, { min: 10001 }, 1],
  ['gte: string is a type mismatch', 'gte', 10, '12', null],
  ['lte: below', 'lte', 100, 50, 1],
  ['lte: above', 'lte', 100, 101, 0],
  ['lte: range whose min reaches it', 'lte', 100, { min: 51, max: 200 }, 1],
  ['lte: range wholly above', 'lte', 50, { min: 51, max: 200 }, 0],
  ['lte: open range above', 'lte', 50, { min: 10001 }, 0],
  ['matches: word in text', 'matches', ['saas'], 'A SaaS platform for teams', 1],
  ['matches: no partial word', 'matches', ['api'], 'Rapid delivery, capital ideas', 0],
  ['matches: multi-word keyword', 'matches', ['machine learning'], 'We do Machine Learning.', 1],
  ['matches: Unicode word boundary', 'matches', ['künstliche'], 'Wir bauen Künstliche Intelligenz', 1],
  ['matches: Unicode letters are word characters', 'matches', ['stadt'], 'Großstadt', 0],
  ['matches: keyword punctuation is escaped', 'matches', ['c++'], 'We write C++ daily', 1],
  ['matches: escaped dot is literal', 'matches', ['.net'], 'We use xnet', 0],
  ['matches: regex characters are literal', 'matches', ['a(b'], 'see a(b here', 1],
  ['matches: any list item', 'matches', ['analytics'], ['crm', 'Web Analytics'], 1],
  ['matches: number is a type mismatch', 'matches', ['1'], 1, null],
  ['matches: blank keywords match nothing', 'matches', ['  '], 'anything', 0],
];

describe('criterion ops', () => {
  it.each(cases)('%s', (_name, op, target, value, expected) => {
    const c = { id: 'c', label: 'c', field: 'industry', weight: 1, op, target } as Criterion;
    expect(evaluate(c, value)).toBe(expected);
  });
});

// range: target {min, max, margin}; margin defaults to 0.5, the soft band is bound * margin on each side.
const rangeCases: [name: string, target: object, value: FieldValue, expected: number | null][] = [
  ['inside', { min: 50, max: 1000 }, 300, 1],
  ['at min', { min: 50, max: 1000 }, 50, 1],
  ['at max', { min: 50, max: 1000 }, 1000, 1],
  ['below min, default margin: 1 - 10/25', { min: 50, max: 1000 }, 40, 0.6],
  ['below min, at the band edge', { min: 50, max: 1000 }, 25, 0],
  ['below min, past the band', { min: 50, max: 1000 }, 10, 0],
  ['above max, default margin: 1 - 250/500', { min: 50, max: 1000 }, 1250, 0.5],
  ['above max, past the band', { min: 50, max: 1000 }, 1600, 0],
  ['custom margin 0.2: 1 - 10/20', { min: 100, max: 200, margin: 0.2 }, 90, 0.5],
  ['margin 1: 1 - 100/200', { min: 100, max: 200, margin: 1 }, 300, 0.5],
  ['zero margin below is hard', { min: 50, max: 1000, margin: 0 }, 49, 0],
  ['zero margin above is hard', { min: 50, max: 1000, margin: 0 }, 1001, 0],
  ['zero margin inside', { min: 50, max: 1000, margin: 0 }, 50, 1],
  ['min 0: no soft band below (guard)', { min: 0, max: 10 }, -1, 0],
  ['max 0: no soft band above (guard)', { max: 0 }, 1, 0],
  ['open max: far above', { min: 50 }, 1e9, 1],
  ['open max: below', { min: 50 }, 40, 0.6],
  ['open min: far below', { max: 1000 }, 0, 1],
  ['open min: above', { max: 1000 }, 1250, 0.5],
  ['value range overlapping', { min: 50, max: 1000 }, { min: 51, max: 200 }, 1],
  ['value range straddling min', { min: 50, max: 1000 }, { min: 11, max: 50 }, 1],
  ['value range containing the target', { min: 50, max: 1000 }, { min: 1, max: 5000 }, 1],
  ['value range below: nearest end 40', { min: 50, max: 1000 }, { min: 11, max: 40 }, 0.6],
  ['value range above: nearest end 1250', { min: 50, max: 1000 }, { min: 1250, max: 5000 }, 0.5],
  ['value range open max overlapping', { min: 50, max: 1000 }, { min: 501 }, 1],
  ['value range open max above', { min: 50, max: 1000 }, { min: 10001 }, 0],
  ['value range open max vs open target max', { min: 50 }, { min: 10001 }, 1],
  ['value range vs open target min', { max: 1000 }, { min: 1, max: 10 }, 1],
  ['value range below, zero margin', { min: 50, margin: 0 }, { min: 11, max: 49 }, 0],
  ['string is a type mismatch', { min: 50 }, '51-200', null],
  ['list is a type mismatch', { min: 50 }, ['1'], null],
];

describe('range op', () => {
  it.each(rangeCases)('%s', (_name, target, value, expected) => {
    const c = { id: 'c', label: 'c', field: 'employees', weight: 1, op: 'range', target } as Criterion;
    const m = evaluate(c, value);
    if (expected === null) expect(m).toBeNull();
    else expect(m).toBeCloseTo(expected, 10);
  });
});
