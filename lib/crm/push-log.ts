import type { CrmPushRecord, IcpLensDb } from '../db/db';

/** The latest push of each account, if any: what HubSpot holds as ICP Lens's values, and its record ids. */
export async function latestPushes(db: IcpLensDb, accountIds: readonly string[]): Promise<Map<string, CrmPushRecord>> {
  const rows = await db.crmPushes
    .where('accountId')
    .anyOf([...accountIds])
    .toArray();
  const latest = new Map<string, CrmPushRecord>();
  for (const row of rows) {
    const seen = latest.get(row.accountId);
    if (!seen || row.at > seen.at) latest.set(row.accountId, row);
  }
  return latest;
}

/** An account's pushes, the latest first. */
export async function pushLogOf(db: IcpLensDb, accountId: string, limit = 5): Promise<CrmPushRecord[]> {
  const rows = await db.crmPushes.where('accountId').equals(accountId).sortBy('at');
  return rows.reverse().slice(0, limit);
}

export async function recordPushes(db: IcpLensDb, rows: readonly CrmPushRecord[]): Promise<void> {
  if (rows.length) await db.crmPushes.bulkAdd([...rows]);
}
