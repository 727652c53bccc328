import type { AccountRecord } from '../lib/db/db';
import type { Icp } from '../lib/icp/schema';
import { scoreCompany } from '../lib/scoring/fit';
import type { CompanySignals } from '../lib/signals/schema';

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

/** Milliseconds one run takes, awaited. */
export async function time(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** The i-th invented account as the background stores it: keyed by its domain, scored with the ICP. */
export function storedAccount(i: number, signals: CompanySignals, icp: Icp, now: number): AccountRecord {
  return {
    id: `a${i}.example`,
    domain: `a${i}.example`,
    aliases: [],
    name: `Account ${i}`,
    signals,
    score: scoreCompany(icp, signals, now),
    firstSeen: now,
    lastSeen: now,
    tags: [],
  };
}
