// Real IndexedDB semantics for the Dexie repositories, in memory, fresh per test file.
import 'fake-indexeddb/auto';
import fc from 'fast-check';

// One seed for every property test: the commit's, from vitest.config.ts, or TRUST_SEED set by hand to replay a printed
// failure. TRUST_RUNS=<k> multiplies the runs of the trust properties for a longer hunt (test/trust/properties.ts).
const seed = Number(process.env.TRUST_SEED);
if (process.env.TRUST_SEED && Number.isFinite(seed)) fc.configureGlobal({ seed });
