import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type IcpLensDb, openDb } from '../../../lib/db/db';
import {
  addIcp,
  createFromPreset,
  deleteIcp,
  ensureDefaultIcp,
  getActiveIcp,
  listIcps,
  saveIcp,
  setActiveIcp,
} from '../../../lib/db/icps';
import { previewIcp } from '../../../lib/db/preview';
import { defaultIcp } from '../../../lib/icp/presets';
import { fact } from '../scoring/helpers';

let db: IcpLensDb;
let n = 0;
beforeEach(async () => {
  db = openDb(`icps-${++n}`);
  await ensureDefaultIcp(db, 1_000);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('ICP repository', () => {
  it('creates from a preset as a new, inactive ICP and never replaces one', async () => {
    const a = await createFromPreset(db, 'enterprise', 2_000);
    const b = await createFromPreset(db, 'enterprise', 3_000);
    expect(a).toMatchObject({ id: 'enterprise', name: 'Enterprise', createdAt: 2_000 });
    expect(b.id).toMatch(/^enterprise-[0-9a-f]{8}$/);
    expect(b.name).toBe('Enterprise (2)');
    const { icps, activeId } = await listIcps(db);
    expect(activeId).toBe('default-b2b-saas');
    expect(icps.map((i) => i.name)).toEqual(['B2B SaaS, mid-market', 'Enterprise', 'Enterprise (2)']);
    await expect(createFromPreset(db, 'nope', 1)).rejects.toThrow('no preset nope');
  });

  it('adds an imported ICP whose id collides under a fresh id, leaving the stored one as it was', async () => {
    const before = await db.icps.get('default-b2b-saas');
    const imported = await addIcp(db, { ...defaultIcp(0), name: 'Shared', version: 7 }, 5_000);
    expect(imported.id).not.toBe('default-b2b-saas');
    expect(imported).toMatchObject({ name: 'Shared', version: 7, createdAt: 5_000, updatedAt: 5_000 });
    expect(await db.icps.get('default-b2b-saas')).toEqual(before);
  });

  it('saves an edit with a bumped version and says whether it is active', async () => {
    const icp = await getActiveIcp(db);
    const saved = await saveIcp(db, { ...icp, name: 'Renamed', version: 99, createdAt: 0 }, 9_000);
    expect(saved.active).toBe(true);
    expect(saved.icp).toMatchObject({ name: 'Renamed', version: 2, createdAt: 1_000, updatedAt: 9_000 });
    const other = await createFromPreset(db, 'local-services', 1);
    expect((await saveIcp(db, other, 2)).active).toBe(false);
    await expect(saveIcp(db, { ...icp, id: 'ghost' }, 1)).rejects.toThrow(/no ICP ghost/);
  });

  it('switches the active ICP and refuses to delete the active or the last one', async () => {
    await expect(deleteIcp(db, 'default-b2b-saas')).rejects.toThrow(/active ICP cannot be deleted/);
    const other = await createFromPreset(db, 'enterprise', 1);
    await setActiveIcp(db, other.id);
    expect((await getActiveIcp(db)).id).toBe('enterprise');
    await deleteIcp(db, 'default-b2b-saas');
    expect(await db.icps.count()).toBe(1);
    await expect(deleteIcp(db, 'enterprise')).rejects.toThrow(/active/);
    await expect(setActiveIcp(db, 'ghost')).rejects.toThrow('no ICP ghost');
    await expect(deleteIcp(db, 'ghost')).rejects.toThrow('no ICP ghost');
  });
});

describe('previewIcp', () => {
  it('scores the tab account and every saved account under a draft without storing', async () => {
    const account = (id: string, country: string, employees: number) => ({
      id,
      aliases: [],
      tags: [],
      firstSeen: 0,
      lastSeen: 0,
      signals: { hq: fact({ country }), employees: fact({ min: employees, max: employees }) },
    });
    await db.accounts.bulkAdd([account('a.example', 'US', 200), account('b.example', 'PT', 5)]);
    const draft = { ...defaultIcp(0), thresholds: { A: 40, B: 20, C: 10, minConfidence: 0.4 } };
    const preview = await previewIcp(db, draft, 'a.example', 1);
    expect(preview.total).toBe(2);
    expect(preview.score?.fit).toBe(40);
    expect(preview.tiers).toEqual({ A: 1, B: 0, C: 0, D: 1, X: 0, '?': 0 });
    // At the default 50% needed for a tier, 40% of the weight known is not enough: '?', not D.
    const strict = await previewIcp(db, { ...draft, thresholds: { A: 40, B: 20, C: 10 } }, 'a.example', 1);
    expect(strict.tiers).toEqual({ A: 0, B: 0, C: 0, D: 0, X: 0, '?': 2 });
    expect((await db.accounts.get('a.example'))?.score).toBeUndefined();
  });
});
