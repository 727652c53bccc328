// Real IndexedDB semantics for the Dexie repositories, in memory, fresh per test file.
import 'fake-indexeddb/auto';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';

// Property tests explore a different part of their input space on every commit, yet the same commit always draws the
// same inputs: a clean-clone run before pushing gives what CI will give. TRUST_SEED=<n> replays a printed failure;
// TRUST_RUNS=<k> multiplies the runs of the trust properties for a longer hunt (test/trust/properties.ts).
function commitSeed(): number | undefined {
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return Number.parseInt(head.slice(0, 8), 16) | 0;
  } catch {
    return undefined;
  }
}

const seed = process.env.TRUST_SEED ? Number(process.env.TRUST_SEED) : commitSeed();
if (seed !== undefined && Number.isFinite(seed)) fc.configureGlobal({ seed });
