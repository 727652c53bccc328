import { describe, expect, it } from 'vitest';
import { chromeIndices } from '../../../lib/extract/collect/links';

describe('chromeIndices', () => {
  it('keeps every link of a short page', () => {
    expect(chromeIndices(0)).toEqual([]);
    expect(chromeIndices(3)).toEqual([0, 1, 2]);
    expect(chromeIndices(5, 2, 3)).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the first and last links of a long page', () => {
    expect(chromeIndices(7, 2, 3)).toEqual([0, 1, 4, 5, 6]);
    expect(chromeIndices(6, 2, 3)).toEqual([0, 1, 3, 4, 5]);
    const all = chromeIndices(1_000);
    expect(all).toHaveLength(180);
    expect(all.slice(98, 102)).toEqual([98, 99, 920, 921]);
    expect(all.at(-1)).toBe(999);
  });
});
