import type { CrmPushRecord, IcpLensDb } from '../db/db';

export type CrmKey = CrmPushRecord['crm'];

/**
 * The latest push of each account to this CRM, if any: what the CRM holds as ICP Lens's values, and its record ids.
 * Rows of older versions have no other CRM than HubSpot. The CRM is filtered in memory: an account has a handful of
 * pushes, so no index (and no schema change) is needed.
 */
export async function latestPushes(
  db: IcpLensDb,
  crm: CrmKey,
  accountIds: readonly string[],
): Promise<Map<string, CrmPushRecord>> {
  const rows = (
    await db.crmPushes
      .where('accountId')
      .anyOf([...accountIds])
      .toArray()
  ).filter((row) => row.crm === crm);
  const latest = new Map<string, CrmPushRecord>();
  for (const row of rows) {
    const seen = latest.get(row.accountId);
    if (!seen || row.at > seen.at) latest.set(row.accountId, row);
  }
  return latest;
}

/** An account's pushes to this CRM, the latest first. */
export async function pushLogOf(db: IcpLensDb, crm: CrmKey, accountId: string, limit = 5): Promise<CrmPushRecord[]> {
  const rows = await db.crmPushes.where('accountId').equals(accountId).sortBy('at');
  return rows
    .filter((row) => row.crm === crm)
    .reverse()
    .slice(0, limit);
}

export async function recordPushes(db: IcpLensDb, rows: readonly CrmPushRecord[]): Promise<void> {
  if (rows.length) await db.crmPushes.bulkAdd([...rows]);
}
