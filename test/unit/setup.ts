// Real IndexedDB semantics for the Dexie repositories, in memory, fresh per test file: the files share one module
// cache per worker (vitest.config.ts, isolate off), so each file gets its own empty IndexedDB here rather than from a
// fresh import.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterAll, vi } from 'vitest';

const freshIndexedDb = new IDBFactory();
globalThis.indexedDB = freshIndexedDb;
Dexie.dependencies.indexedDB = freshIndexedDb;
// Nor the spies and clocks a file set on shared objects (the fake browser's methods, IndexedDB's prototypes).
afterAll(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

// One seed for every property test: the commit's, from vitest.config.ts, or TRUST_SEED set by hand to replay a printed
// failure. TRUST_RUNS=<k> multiplies the runs of the trust properties for a longer hunt (test/trust/properties.ts).
const seed = Number(process.env.TRUST_SEED);
if (process.env.TRUST_SEED && Number.isFinite(seed)) fc.configureGlobal({ seed });
