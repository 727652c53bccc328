import { defaultIcp, PRESETS } from '../icp/presets';
import type { Icp } from '../icp/schema';
import type { IcpLensDb } from './db';
import { keepVersion } from './icp-versions';

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

export async function listIcps(db: IcpLensDb): Promise<{ icps: Icp[]; activeId: string }> {
  const active = await getActiveIcp(db);
  const icps = await db.icps.toArray();
  icps.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return { icps, activeId: active.id };
}

/** An id no stored ICP has: the wanted one when free, else the wanted one with a short random suffix. */
async function freeId(db: IcpLensDb, wanted: string): Promise<string> {
  if (!(await db.icps.get(wanted))) return wanted;
  for (;;) {
    const id = `${wanted.slice(0, 50)}-${crypto.randomUUID().slice(0, 8)}`;
    if (!(await db.icps.get(id))) return id;
  }
}

/** A name no stored ICP has, so two ICPs are never told apart by their id alone: "Enterprise (2)". */
async function freeName(db: IcpLensDb, wanted: string): Promise<string> {
  const names = new Set((await db.icps.toArray()).map((i) => i.name));
  if (!names.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted.slice(0, 110)} (${n})`;
    if (!names.has(name)) return name;
  }
}

/**
 * Stores an ICP as a new one, never replacing a stored ICP: a colliding id gets a fresh id and a colliding name a
 * number. This is how both "new from preset" and import add ICPs; importing the same file twice gives two ICPs.
 */
export async function addIcp(db: IcpLensDb, icp: Icp, now: number): Promise<Icp> {
  return db.transaction('rw', db.icps, async () => {
    const added = {
      ...icp,
      id: await freeId(db, icp.id),
      name: await freeName(db, icp.name),
      createdAt: now,
      updatedAt: now,
    };
    await db.icps.add(added);
    return added;
  });
}

export async function createFromPreset(db: IcpLensDb, presetId: string, now: number): Promise<Icp> {
  const preset = PRESETS.find((p) => p.id === presetId);
  if (!preset) throw new Error(`no preset ${presetId}`);
  return addIcp(db, preset.make(now), now);
}

/**
 * Saves an edit of a stored ICP: bumps its version (scores name the version they were computed with) and updatedAt,
 * and keeps the version it replaces (lib/db/icp-versions.ts), with `replacedBy` saying how the new one came about.
 * Returns whether it is the active ICP, whose accounts then need rescoring.
 */
export async function saveIcp(
  db: IcpLensDb,
  icp: Icp,
  now: number,
  replacedBy = 'edited',
): Promise<{ icp: Icp; active: boolean }> {
  return db.transaction('rw', db.icps, db.settings, db.icpVersions, async () => {
    const stored = await db.icps.get(icp.id);
    if (!stored) throw new Error(`no ICP ${icp.id}: create it from a preset or import it first`);
    await keepVersion(db, stored, now, replacedBy);
    const saved = { ...icp, version: stored.version + 1, createdAt: stored.createdAt, updatedAt: now };
    await db.icps.put(saved);
    return { icp: saved, active: (await getActiveIcpInTx(db))?.id === icp.id };
  });
}

export async function setActiveIcp(db: IcpLensDb, id: string): Promise<Icp> {
  return db.transaction('rw', db.icps, db.settings, async () => {
    const icp = await db.icps.get(id);
    if (!icp) throw new Error(`no ICP ${id}`);
    await db.settings.put({ key: ACTIVE_ICP, value: id });
    return icp;
  });
}

/** Deletes an ICP; the active one and the last one stay, so scoring always has an ICP. */
export async function deleteIcp(db: IcpLensDb, id: string): Promise<void> {
  await db.transaction('rw', db.icps, db.settings, db.icpVersions, async () => {
    if (!(await db.icps.get(id))) throw new Error(`no ICP ${id}`);
    if ((await getActiveIcpInTx(db))?.id === id) throw new Error('the active ICP cannot be deleted: switch first');
    if ((await db.icps.count()) <= 1) throw new Error('the last ICP cannot be deleted');
    await db.icps.delete(id);
    // Its history goes with it: versions of an ICP that no longer exists describe nothing.
    await db.icpVersions.where('icpId').equals(id).delete();
  });
}
