import Dexie from 'dexie';

export const STORAGE_FULL_MESSAGE =
  "Your browser's storage for ICP Lens is full: free space by deleting old leads or exporting a backup and " +
  'deleting data you no longer need, then try again. Nothing was saved from this action.';

/** Legacy DOMException code of QuotaExceededError (some browsers still report only the code). */
const QUOTA_CODE = 22;

/**
 * Whether an error, or any error it wraps, is the browser refusing a write for lack of space. Dexie wraps the
 * IndexedDB error: a write gives Dexie.QuotaExceededError, a transaction abort gives AbortError with `inner`, a bulk
 * write gives BulkError with `failures`; Firefox names it NS_ERROR_DOM_QUOTA_REACHED.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const e = error as { name?: unknown; code?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === Dexie.errnames.QuotaExceeded || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (e.name === 'QuotaExceededError' || (error instanceof DOMException && e.code === QUOTA_CODE)) return true;
  const wrapped = [e.inner, e.cause, ...(Array.isArray(e.failures) ? e.failures : Object.values(e.failures ?? {}))];
  return wrapped.some((inner) => isQuotaError(inner, depth + 1));
}

/** The user-facing text of an error: storage-full errors become an explanation with what to do, others their message. */
export function describeError(error: unknown): string {
  if (isQuotaError(error)) return STORAGE_FULL_MESSAGE;
  return error instanceof Error ? error.message : String(error);
}
