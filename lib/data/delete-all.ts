import { CRM_TABLES, type IcpLensDb, RESEARCH_TABLES } from '../db/db';
import { ensureDefaultIcp } from '../db/icps';
import { countData, type TableCounts } from './backup';
import { BACKUP_TABLES } from './backup-rows';

/**
 * Deletes every row of every table and seeds the default ICP again, in one transaction: afterwards the product works
 * as on first install; if anything fails, nothing was deleted. Returns how many rows each table held.
 */
export async function deleteAllData(db: IcpLensDb, now: number): Promise<TableCounts> {
  return db.transaction('rw', db.tables, async () => {
    const deleted = await countData(db);
    for (const table of [...BACKUP_TABLES, ...RESEARCH_TABLES, ...CRM_TABLES]) await db.table(table).clear();
    await ensureDefaultIcp(db, now);
    return deleted;
  });
}
