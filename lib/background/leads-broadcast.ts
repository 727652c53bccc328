import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { DB_NAME } from '../db/db';

/** The tables the leads list is built from (lib/leads/rows.ts), plus the ICPs and settings its figures depend on. */
const LIST_TABLES = ['accounts', 'contacts', 'activities', 'answers', 'exclusions', 'icps', 'settings'];
/** Writes come in bursts (twenty tabs loading, a rescoring's batches): one message per burst, about once a second. */
const QUIET_MS = 250;
const MIN_GAP_MS = 1_000;

const touchesList = (parts: Record<string, unknown>, dbName: string) =>
  Object.keys(parts).some((part) => LIST_TABLES.some((table) => part.startsWith(`idb://${dbName}/${table}/`)));

/**
 * Tells open leads pages that the data they list changed, whatever wrote it (the panel, a page read, an import, a
 * rescoring, research, a restore): Dexie reports every committed write of this worker (`storagemutated`, with the
 * tables touched), so no writer can forget to. Returns a function that stops watching.
 */
export function broadcastLeadChanges(send: (at: number) => void = sendLeadsChanged, dbName = DB_NAME): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = 0;
  const flush = () => {
    timer = undefined;
    lastSent = Date.now();
    send(lastSent);
  };
  const onMutated = (parts: Record<string, unknown>) => {
    if (timer !== undefined || !touchesList(parts, dbName)) return;
    timer = setTimeout(flush, Math.max(QUIET_MS, lastSent + MIN_GAP_MS - Date.now()));
  };
  Dexie.on('storagemutated', onMutated);
  return () => {
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(onMutated);
  };
}

function sendLeadsChanged(at: number): void {
  browser.runtime.sendMessage({ type: 'bg-ui/leads-changed', payload: { at } }).catch(() => {
    // No leads page is open.
  });
}
