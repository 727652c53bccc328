import { appendFileSync } from 'node:fs';

/**
 * What a trust test did, for `npm run test:trust` to sum into its last line: hostile inputs fed to the code (fast-check
 * runs times properties, crafted payloads), faults injected (service-worker stops, refused messages, quota errors,
 * corrupt files), and records lost (expected minus found, from e2e checks). Each call appends one JSON line to the
 * file named by TRUST_TALLY; without it (the main `npm test`) nothing is written.
 */
export interface TallyEntry {
  /** Which test: shows in the file, for whoever reads it. */
  test: string;
  hostileInputs?: number;
  faults?: number;
  recordsLost?: number;
}

export function tally(entry: TallyEntry): void {
  const file = process.env.TRUST_TALLY;
  if (!file) return;
  appendFileSync(file, `${JSON.stringify(entry)}\n`);
}
