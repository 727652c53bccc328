import type { Icp } from '../icp/schema';
import { diffText } from '../review/diff';
import type { IcpLensDb } from './db';

/** An earlier version of an ICP and what changed after it, as the review page lists them. */
export interface IcpVersionView {
  version: number;
  replacedAt: number;
  replacedBy: string;
  /** "v3 -> v4: size weight 25 -> 35, founded removed" */
  diff: string;
}

/** Keeps a stored ICP as it is, before a new version replaces it; call inside the transaction that saves the new one. */
export async function keepVersion(db: IcpLensDb, stored: Icp, now: number, replacedBy: string): Promise<void> {
  await db.icpVersions.put({
    key: `${stored.id}@${stored.version}`,
    icpId: stored.id,
    version: stored.version,
    icp: stored,
    replacedAt: now,
    replacedBy,
  });
}

/** The kept versions of an ICP, newest first, each with the change that followed it (to the next kept or current). */
export async function listVersions(db: IcpLensDb, current: Icp): Promise<IcpVersionView[]> {
  const kept = (await db.icpVersions.where('icpId').equals(current.id).toArray()).sort((a, b) => a.version - b.version);
  return kept
    .map((row, i) => ({
      version: row.version,
      replacedAt: row.replacedAt,
      replacedBy: row.replacedBy,
      diff: diffText(row.icp, kept[i + 1]?.icp ?? current),
    }))
    .reverse();
}
