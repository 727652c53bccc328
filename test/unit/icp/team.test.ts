import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onImportIcp, onSaveIcp } from '../../../lib/background/icp-handlers';
import { syncTeamIcp, teamIcpRoutes } from '../../../lib/background/team-icp';
import { type IcpLensDb, openDb } from '../../../lib/db/db';
import { ensureDefaultIcp, getActiveIcp } from '../../../lib/db/icps';
import { getRescoreJob } from '../../../lib/db/rescore';
import { exportIcp } from '../../../lib/icp/io';
import { defaultIcp } from '../../../lib/icp/presets';
import type { Icp } from '../../../lib/icp/schema';
import { fetchTeamIcp, lockedChanges, teamUrlProblem } from '../../../lib/icp/team';

const URL_ = 'https://files.example/sales/icp.json';
let db: IcpLensDb;
let n = 0;
/** A fetch that answers with the current `served` file, or `status`, or throws when `down`. */
let served: string;
let status = 200;
let down = false;
const fakeFetch = (async () => {
  if (down) throw new TypeError('Failed to fetch');
  return new Response(served, { status });
}) as typeof fetch;

function teamFile(change: (icp: Icp) => Icp = (i) => i): string {
  const base = defaultIcp(1);
  const icp = change({ ...base, id: 'team-icp', name: 'Acme sales ICP', version: 4 });
  icp.criteria = icp.criteria.map((c) => (c.id === 'size' ? { ...c, locked: true } : c));
  return exportIcp(icp);
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async () => undefined);
  db = openDb(`team-${++n}`);
  await ensureDefaultIcp(db, 1);
  await db.accounts.add({ id: 'acme.example', aliases: [], tags: [], firstSeen: 0, lastSeen: 0, signals: {} });
  served = teamFile();
  status = 200;
  down = false;
});
afterEach(async () => {
  // A rescoring started by a sync runs on its own: let it end before the database goes.
  await vi.waitFor(async () => expect(await getRescoreJob(db)).toBeUndefined());
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

const connect = async (url = URL_) => {
  await db.settings.put({ key: 'teamIcp', value: { url } });
  return syncTeamIcp(db, 1_000, fakeFetch);
};

describe('the team ICP file', () => {
  it('refuses an address that is not a web page, in words', () => {
    expect(teamUrlProblem('ftp://x.example/icp.json')).toMatch(/https:\/\//);
    expect(teamUrlProblem('https://me:secret@x.example/icp.json')).toMatch(/password/);
    expect(teamUrlProblem('not an address')).toMatch(/not a web address/);
    expect(teamUrlProblem(URL_)).toBeUndefined();
  });

  it('says why a file is not taken: unreachable, an error status, not an ICP', async () => {
    down = true;
    expect(await fetchTeamIcp(URL_, fakeFetch)).toMatchObject({ ok: false, problem: /could not be reached/ });
    down = false;
    status = 404;
    expect(await fetchTeamIcp(URL_, fakeFetch)).toMatchObject({ ok: false, problem: /answered 404/ });
    status = 200;
    served = '{"format":"icp-lens/icp","formatVersion":1,"icp":{"id":3}}';
    expect(await fetchTeamIcp(URL_, fakeFetch)).toMatchObject({ ok: false, problem: /not a valid ICP: icp\.id/ });
  });

  it('first load adds the ICP, makes it active with the file version and rescores', async () => {
    const view = await connect();
    expect(view).toMatchObject({ connected: true, url: URL_, icpName: 'Acme sales ICP', version: 4, changedAt: 1_000 });
    const active = await getActiveIcp(db);
    expect(active).toMatchObject({ name: 'Acme sales ICP', teamUrl: URL_ });
    await vi.waitFor(async () => expect((await db.accounts.get('acme.example'))?.score?.icpId).toBe(active.id));
  });

  it('an unchanged file changes nothing; a changed one bumps the version and rescores; a broken one keeps the ICP', async () => {
    await connect();
    const first = await getActiveIcp(db);
    expect((await syncTeamIcp(db, 2_000, fakeFetch)).version).toBe(4);
    expect((await db.icps.get(first.id))?.updatedAt).toBe(first.updatedAt);

    served = teamFile((icp) => ({ ...icp, criteria: icp.criteria.filter((c) => c.id !== 'age') }));
    const changed = await syncTeamIcp(db, 3_000, fakeFetch);
    expect(changed).toMatchObject({ version: 5, changedAt: 3_000 });
    expect((await db.icps.get(first.id))?.criteria.map((c) => c.id)).not.toContain('age');

    served = 'oops';
    const broken = await syncTeamIcp(db, 4_000, fakeFetch);
    expect(broken).toMatchObject({ version: 5, changedAt: 3_000, checkedAt: 4_000, problem: /not a valid ICP/ });
    expect((await db.icps.get(first.id))?.criteria.map((c) => c.id)).not.toContain('age');
  });

  it('refuses an edit of a locked criterion, allows the rest, and unlocks when syncing stops', async () => {
    await connect();
    const icp = await getActiveIcp(db);
    expect(lockedChanges(icp, icp)).toEqual([]);
    const heavier = { ...icp, criteria: icp.criteria.map((c) => (c.id === 'size' ? { ...c, weight: 99 } : c)) };
    await expect(onSaveIcp(db, { icp: heavier })).rejects.toThrow('"50 to 1,000 employees" is set by your team');
    const removed = { ...icp, criteria: icp.criteria.filter((c) => c.id !== 'size') };
    await expect(onSaveIcp(db, { icp: removed })).rejects.toThrow(/locked/);
    const other = { ...icp, criteria: icp.criteria.map((c) => (c.id === 'geo' ? { ...c, weight: 5 } : c)) };
    expect((await onSaveIcp(db, { icp: { ...other, teamUrl: undefined } })).teamUrl).toBe(URL_);

    const route = teamIcpRoutes['ui-bg/team-icp-set'];
    expect(await route?.({ url: null }, { db })).toEqual({ connected: false });
    expect((await db.icps.get(icp.id))?.teamUrl).toBeUndefined();
    expect((await onSaveIcp(db, { icp: { ...heavier, teamUrl: undefined } })).criteria[1]?.weight).toBe(99);
  });

  it('an imported file is a local ICP, whatever address it names', async () => {
    const text = exportIcp({ ...defaultIcp(1), id: 'x', name: 'Copied', teamUrl: URL_ });
    const reply = await onImportIcp(db, { text });
    expect(reply.ok && reply.icp.teamUrl).toBeUndefined();
  });
});
