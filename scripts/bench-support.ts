/** Pieces the Node benchmarks share: synthetic evidence and the median of repeated runs. */

/** Evidence of a synthetic fact, as structured data on the i-th invented site. */
export const ev = (i: number) => ({
  source: 'jsonld',
  layer: 'structured' as const,
  url: `https://a${i}.example/`,
  confidence: 0.9,
  observedAt: i,
});

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
