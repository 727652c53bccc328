// Real IndexedDB semantics for the Dexie repositories, in memory, fresh per test file.
import 'fake-indexeddb/auto';
