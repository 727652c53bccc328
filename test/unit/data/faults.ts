import { vi } from 'vitest';
import { tally } from '../../trust/tally';

export const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

/**
 * The browser refusing writes to one object store for lack of space, as IndexedDB does: the write request throws
 * QuotaExceededError (then the transaction aborts). Reads still work.
 */
export function fillStorage(store: string): void {
  tally({ test: `storage full on ${store}`, faults: 1 });
  for (const method of ['add', 'put'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === store) throw quotaError();
      return (original as (...a: unknown[]) => IDBRequest).apply(this, args);
    });
  }
}
