import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../../../lib/icp/fields';
import { formatSeen, SEEN_MAX, truncate } from '../../../lib/scoring/format';

describe('formatSeen', () => {
  it.each<[FieldValue, string | undefined, string]>([
    [{ min: 51, max: 200 }, 'employees', '51–200'],
    [{ min: 1001, max: 5000 }, 'employees', '1,001–5,000'],
    [{ min: 10001 }, 'employees', '10,001+'],
    [{ min: 200, max: 200 }, 'employees', '200'],
    ['DE', 'hq.country', 'DE'],
    [['HubSpot', 'Segment'], 'technologies', 'HubSpot, Segment'],
    [[], 'technologies', 'none'],
    [true, 'freeTrial', 'yes'],
    [false, 'freeTrial', 'no'],
    [2015, 'founded', '2015'],
    [25000000, 'fundingTotal', '25,000,000'],
    [12.5, undefined, '12.5'],
  ])('%j (%s) -> %s', (value, field, expected) => {
    expect(formatSeen(value, field)).toBe(expected);
  });

  it('truncates long text near a word boundary', () => {
    const long = 'Acme builds a collaborative software platform for revenue teams that want to grow faster, with less.';
    const seen = formatSeen(long, 'description');
    expect(seen.length).toBeLessThanOrEqual(SEEN_MAX);
    expect(seen.endsWith('…')).toBe(true);
    expect(long.startsWith(seen.slice(0, -1))).toBe(true);
    expect(seen.slice(-2, -1)).not.toBe(' ');
  });

  it('cuts a single long word hard and flattens whitespace', () => {
    expect(truncate('x'.repeat(200)).length).toBe(SEEN_MAX);
    expect(truncate('a\n\n  b')).toBe('a b');
  });

  it('truncates long lists', () => {
    const many = Array.from({ length: 40 }, (_, i) => `Tool ${i}`);
    expect(formatSeen(many, 'technologies').length).toBeLessThanOrEqual(SEEN_MAX);
  });
});
