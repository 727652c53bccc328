/** Pieces the benchmarks share: synthetic evidence, the median of repeated runs and the 95th percentile. */

/** Evidence of a synthetic fact, as structured data on the i-th invented site. */
export const ev = (i: number) => ({
  source: 'jsonld',
  layer: 'structured' as const,
  url: `https://a${i}.example/`,
  confidence: 0.9,
  observedAt: i,
});

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);

/** The middle value; 0 for no values. */
export const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)] ?? 0;

/** The 95th percentile (nearest rank); 0 for no values. */
export const p95 = (xs: number[]) => sorted(xs)[Math.max(0, Math.ceil(xs.length * 0.95) - 1)] ?? 0;
