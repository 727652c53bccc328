import { defaultIcp } from '../icp/presets';
import type { Icp } from '../icp/schema';
import type { IcpLensDb } from './db';

const ACTIVE_ICP = 'activeIcpId';

/** Seeds the default ICP and makes it active when the database has none (first install, or after a wipe). */
export async function ensureDefaultIcp(db: IcpLensDb, now: number): Promise<Icp> {
  return db.transaction('rw', db.icps, db.settings, async () => {
    const active = await getActiveIcpInTx(db);
    if (active) return active;
    const icp = (await db.icps.orderBy('updatedAt').last()) ?? defaultIcp(now);
    await db.icps.put(icp);
    await db.settings.put({ key: ACTIVE_ICP, value: icp.id });
    return icp;
  });
}

async function getActiveIcpInTx(db: IcpLensDb): Promise<Icp | undefined> {
  const setting = await db.settings.get(ACTIVE_ICP);
  return typeof setting?.value === 'string' ? db.icps.get(setting.value) : undefined;
}

/** The active ICP; seeds the default one if the database has none, so scoring always has an ICP. */
export async function getActiveIcp(db: IcpLensDb, now: number = Date.now()): Promise<Icp> {
  return (await getActiveIcpInTx(db)) ?? ensureDefaultIcp(db, now);
}
