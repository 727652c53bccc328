import { afterEach, describe, expect, it } from 'vitest';
import { countData } from '../../../lib/data/backup';
import { deleteAllData } from '../../../lib/data/delete-all';
import { type IcpLensDb, openDb } from '../../../lib/db/db';
import { getActiveIcp } from '../../../lib/db/icps';
import { defaultIcp } from '../../../lib/icp/presets';
import { DEFAULT_SETTINGS, getSettings } from '../../../lib/settings/settings';
import { populate } from './populate';

let db: IcpLensDb;
let n = 0;
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('delete all my data', () => {
  it('empties every table, then seeds the default ICP so scoring still works', async () => {
    db = openDb(`delete-${++n}`);
    await populate(db, 3);
    const before = await countData(db);
    const deleted = await deleteAllData(db, 7_000);
    expect(deleted).toEqual(before);
    expect(deleted.accounts).toBe(3);
    const after = await countData(db);
    expect(after).toEqual({
      accounts: 0,
      contacts: 0,
      observations: 0,
      icps: 1,
      activities: 0,
      answers: 0,
      settings: 1,
      exclusions: 0,
      icpVersions: 0,
    });
    const icp = await getActiveIcp(db);
    expect(icp.id).toBe(defaultIcp(7_000).id);
    expect(icp.createdAt).toBe(7_000);
    // The preferences went with the rest: back to the defaults.
    expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, framework: 'bant', theme: 'system' });
  });

  it('works on an empty database too', async () => {
    db = openDb(`delete-${++n}`);
    expect((await deleteAllData(db, 1)).accounts).toBe(0);
    expect(await db.icps.count()).toBe(1);
  });
});
