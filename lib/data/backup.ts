import Dexie from 'dexie';
import { exportDB } from 'dexie-export-import';
import { CRM_TABLES, type IcpLensDb, RESEARCH_TABLES } from '../db/db';
import type { CheckedBackup } from './backup-file';
import { BACKUP_TABLES, type BackupTable } from './backup-rows';

/** Rows written per bulkAdd during a restore: between batches the page hears how far it got. */
const RESTORE_BATCH = 500;

export type TableCounts = Record<BackupTable, number>;

/** How many rows each table holds: what a backup will contain, or what "delete all" will remove. */
export async function countData(db: IcpLensDb): Promise<TableCounts> {
  const counts = {} as TableCounts;
  for (const table of BACKUP_TABLES) counts[table] = await db.table(table).count();
  return counts;
}

/** The whole database as a dexie-export-import JSON text, read in one transaction (a consistent snapshot). */
export async function exportBackup(db: IcpLensDb): Promise<string> {
  // Research's fetch log and queue and the CRM push log are operational records (lib/db/db.ts SCHEMA_V3, V6).
  const blob = await exportDB(db, { prettyJson: false, skipTables: [...RESEARCH_TABLES, ...CRM_TABLES] });
  return blob.text();
}

/**
 * Replaces everything stored with a checked backup, all or nothing: one read-write transaction over every table
 * clears and refills them, so a failure at any row (storage full, a constraint) aborts it and leaves the previous
 * data exactly as it was. Progress is reported outside the transaction (a callback that must not await).
 */
export async function restoreBackup(
  db: IcpLensDb,
  backup: CheckedBackup,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<TableCounts> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of BACKUP_TABLES) await db.table(table).clear();
    let done = 0;
    for (const table of BACKUP_TABLES) {
      const rows = backup.rows[table];
      for (let start = 0; start < rows.length; start += RESTORE_BATCH) {
        const batch = rows.slice(start, start + RESTORE_BATCH);
        await db.table(table).bulkAdd(batch);
        done += batch.length;
        Dexie.ignoreTransaction(() => onProgress(done, backup.total));
      }
    }
  });
  return backup.counts;
}
