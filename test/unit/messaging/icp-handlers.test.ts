import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  onDeleteIcp,
  onExportIcp,
  onImportIcp,
  onListIcps,
  onSaveIcp,
  onSetActiveIcp,
} from '../../../lib/background/icp-handlers';
import { runRescore } from '../../../lib/background/rescore-runner';
import { setTabState } from '../../../lib/background/tab-state';
import { type IcpLensDb, openDb } from '../../../lib/db/db';
import { ensureDefaultIcp } from '../../../lib/db/icps';
import { fact } from '../scoring/helpers';

let db: IcpLensDb;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openDb(`handlers-${++n}`);
  await ensureDefaultIcp(db, 1);
  await db.accounts.add({
    id: 'acme.example',
    aliases: [],
    tags: [],
    firstSeen: 0,
    lastSeen: 0,
    signals: { hq: fact({ country: 'US' }), employees: fact({ min: 200, max: 200 }) },
  });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

describe('ICP message handlers', () => {
  it('refuses a bad file with its errors and leaves the database as it was', async () => {
    const before = await db.icps.toArray();
    const reply = await onImportIcp(db, { text: '{"format":"icp-lens/icp","formatVersion":1,"icp":{"id":3}}' });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.errors.map((e) => e.path)).toContain('icp.id');
    expect(await db.icps.toArray()).toEqual(before);
  });

  it('exports then imports an ICP as a new one', async () => {
    const file = await onExportIcp(db, { id: 'default-b2b-saas' });
    expect(file.fileName).toBe('b2b-saas-mid-market.icp.json');
    const reply = await onImportIcp(db, { text: file.text });
    expect(reply.ok && reply.icp.name).toBe('B2B SaaS, mid-market (2)');
    expect((await onListIcps(db)).icps).toHaveLength(2);
  });

  it('rescores on switching, broadcasts progress and refreshes the badge of a tab showing a rescored account', async () => {
    const sent: unknown[] = [];
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
      sent.push(m);
    });
    await setTabState(7, { status: 'scored', url: 'https://acme.example/', accountId: 'acme.example' });
    const imported = await onImportIcp(db, { text: (await onExportIcp(db, { id: 'default-b2b-saas' })).text });
    const id = imported.ok ? imported.icp.id : '';
    await onSetActiveIcp(db, { id });
    await runRescore(db);
    expect((await db.accounts.get('acme.example'))?.score?.icpId).toBe(id);
    expect(sent).toContainEqual({
      type: 'bg-ui/rescore-progress',
      payload: { icpId: id, done: 1, total: 1, finished: true },
    });
    expect(sent).toContainEqual({ type: 'bg-ui/tab-changed', payload: { tabId: 7 } });
    expect((await onListIcps(db)).rescore).toBeUndefined();
  });

  it('saves the active ICP with a new version and rescores with it', async () => {
    const { icps } = await onListIcps(db);
    const saved = await onSaveIcp(db, { icp: { ...(icps[0] as (typeof icps)[number]), name: 'Mine' } });
    await runRescore(db);
    expect(saved.version).toBe(2);
    expect((await db.accounts.get('acme.example'))?.score).toMatchObject({ icpId: 'default-b2b-saas', icpVersion: 2 });
    await expect(onDeleteIcp(db, { id: 'default-b2b-saas' })).rejects.toThrow(/active/);
  });
});
