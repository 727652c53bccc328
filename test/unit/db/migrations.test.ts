import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_DB_VERSION, DB_VERSIONS, type IcpLensDb, openDb, openDbAtVersion } from '../../../lib/db/db';
import { getActiveIcp, saveIcp } from '../../../lib/db/icps';
import { recordPage } from '../../../lib/db/record-page';
import { ALL_TABLES, populate, snapshot } from '../data/populate';

const EVIDENCE = {
  source: 'jsonld',
  layer: 'structured' as const,
  url: 'https://news.example/',
  confidence: 0.9,
  observedAt: 9,
};

/**
 * Every Dexie version is tested from a populated database of the version before (STYLE.md 6). The pattern for a future
 * version n: build with `openDbAtVersion(name, n - 1)`, populate, close, open with `openDb(name)`, compare.
 */
const opened: IcpLensDb[] = [];
let n = 0;
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

/** A database of version `version`, populated by that version's schema, then closed; returns its name and rows. */
async function populatedAt(version: number) {
  const name = `migration-${version}-${++n}`;
  const old = openDbAtVersion(name, version);
  await populate(old, 4);
  const before = await snapshot(old);
  expect(old.verno).toBe(version);
  old.close();
  return { name, before };
}

function openCurrent(name: string, version = CURRENT_DB_VERSION): IcpLensDb {
  const db = openDbAtVersion(name, version);
  opened.push(db);
  return db;
}

describe('database versions', () => {
  it('declares versions in order, the current one last', () => {
    expect(openDb(`versions-${++n}`).verno).toBe(CURRENT_DB_VERSION);
    expect(CURRENT_DB_VERSION).toBe(7);
  });
});

describe('every version upgrades a populated database of each older version (meta-test, STYLE.md 6)', () => {
  for (const { version: from } of DB_VERSIONS.slice(0, -1)) {
    it(`v${from} -> v${CURRENT_DB_VERSION} keeps the row count of every table`, async () => {
      const { name, before } = await populatedAt(from);
      const after = await snapshot(openCurrent(name));
      for (const table of ALL_TABLES) expect(after[table], table).toHaveLength(before[table].length);
    });
  }
  it('each version after the first brings an upgrade function', () => {
    for (const { version, upgrade } of DB_VERSIONS.slice(1)) expect(upgrade, `v${version}`).toBeTypeOf('function');
  });
});

describe('upgrade v1 -> v2', () => {
  it('keeps every row of every table, normalising only what v1 could leave out', async () => {
    const { name, before } = await populatedAt(1);
    const db = openCurrent(name);
    const after = await snapshot(db);
    expect(db.verno).toBe(CURRENT_DB_VERSION);
    for (const table of ALL_TABLES) expect(after[table], table).toHaveLength(before[table].length);
    // Rows with tags already are unchanged; the legacy rows without tags get an empty list.
    const legacy = after.accounts.find((a) => (a as { id: string }).id === 'legacy.example');
    expect(legacy).toMatchObject({ tags: [], aliases: [] });
    expect(after.contacts.find((c) => (c as { id: string }).id.includes('legacy'))).toMatchObject({ tags: [] });
    const withTags = (rows: unknown[]) =>
      rows.filter((r) => Array.isArray((r as { tags?: unknown }).tags) && (r as { tags: unknown[] }).tags.length);
    expect(withTags(after.accounts)).toEqual(withTags(before.accounts));
    for (const table of ['observations', 'icps', 'activities', 'answers', 'settings'] as const) {
      expect(after[table], table).toEqual(before[table]);
    }
  });

  it('serves the new stage and tag indexes on upgraded rows', async () => {
    const { name } = await populatedAt(1);
    const db = openCurrent(name);
    expect(await db.accounts.where('stage').equals('SQL').count()).toBe(2);
    expect(await db.accounts.where('tags').equals('shared').count()).toBe(4);
    expect(await db.accounts.where('tags').equals('tag-0').count()).toBe(2);
    expect(await db.contacts.where('tags').equals('shared').count()).toBe(0);
    await db.contacts.toCollection().modify({ stage: 'Lead', tags: ['hot'] });
    expect(await db.contacts.where('stage').equals('Lead').count()).toBe(await db.contacts.count());
    expect(await db.contacts.where('tags').equals('hot').count()).toBe(await db.contacts.count());
    expect(await db.contacts.where('score.tier').anyOf('A', 'B', 'C', 'D', 'X', '?').count()).toBeGreaterThan(0);
  });

  it('normalises malformed lead fields: tags not a list, duplicate tags, an empty stage', async () => {
    const name = `migration-malformed-${++n}`;
    const old = openDbAtVersion(name, 1);
    await old.accounts.put({
      id: 'a.example',
      aliases: 'x',
      signals: {},
      firstSeen: 1,
      lastSeen: 1,
      tags: 'vip',
      stage: ' ',
    } as never);
    await old.accounts.put({
      id: 'b.example',
      aliases: [],
      signals: {},
      firstSeen: 1,
      lastSeen: 1,
      tags: ['x', 'x', 3],
    } as never);
    old.close();
    const db = openCurrent(name);
    expect(await db.accounts.get('a.example')).toMatchObject({ tags: [], aliases: [] });
    expect((await db.accounts.get('a.example'))?.stage).toBeUndefined();
    expect((await db.accounts.get('b.example'))?.tags).toEqual(['x']);
  });
});

describe('upgrade v2 -> v3', () => {
  it('keeps every row and adds the research tables, empty and indexed', async () => {
    const { name, before } = await populatedAt(2);
    const db = openCurrent(name, 3);
    const after = await snapshot(db);
    expect(db.verno).toBe(3);
    for (const table of ALL_TABLES) expect(after[table], table).toEqual(before[table]);
    expect(await db.researchFetches.count()).toBe(0);
    await db.researchFetches.put({ url: 'https://acme.example/about', site: 'acme.example', at: 5, outcome: 'read' });
    await db.researchTasks.put({ site: 'acme.example', accountId: 'acme.example', state: 'queued', queuedAt: 1 });
    expect(await db.researchFetches.where('site').equals('acme.example').count()).toBe(1);
    expect(await db.researchTasks.where('state').equals('queued').count()).toBe(1);
  });
});

describe('upgrade v3 -> v4 ("not a company" marks)', () => {
  it('keeps every row as it was, adds an empty exclusions table, and pages are recorded and kept out after it', async () => {
    const { name, before } = await populatedAt(3);
    const db = openCurrent(name, 4);
    const after = await snapshot(db);
    expect(db.verno).toBe(4);
    for (const table of ALL_TABLES) expect(after[table], table).toEqual(before[table]);
    expect(await db.exclusions.count()).toBe(0);
    const icp = await getActiveIcp(db);
    const page = {
      url: 'https://news.example/story',
      extractedAt: 9,
      company: { name: { ...EVIDENCE, value: 'Daily News' }, domain: { ...EVIDENCE, value: 'news.example' } },
    };
    expect((await recordPage(db, page, icp, 9)).account?.id).toBe('news.example');
    await db.exclusions.put({ key: 'news.example', name: 'Daily News', at: 10 });
    await db.accounts.delete('news.example');
    expect(await recordPage(db, page, icp, 11)).toMatchObject({ excluded: 'news.example' });
    expect(await db.accounts.get('news.example')).toBeUndefined();
  });
});

describe('upgrade v4 -> v6 (the CRM push log)', () => {
  it('keeps every row as it was and adds an empty push log indexed by account and time', async () => {
    const { name, before } = await populatedAt(4);
    const db = openCurrent(name, 6);
    const after = await snapshot(db);
    expect(db.verno).toBe(6);
    for (const table of ALL_TABLES) expect(after[table], table).toEqual(before[table]);
    expect(await db.crmPushes.count()).toBe(0);
    const push = { crm: 'hubspot' as const, fields: 3, company: {}, contacts: {}, failures: [] };
    await db.crmPushes.add({ ...push, accountId: 'acme.example', at: 5 });
    await db.crmPushes.add({ ...push, accountId: 'acme.example', at: 9 });
    const latest = await db.crmPushes.where('accountId').equals('acme.example').sortBy('at');
    expect(latest.map((p) => p.at)).toEqual([5, 9]);
  });
});

/** The version v7 follows (4 when it was written; another feature's 5 or 6 once merged). */
const BEFORE_V7 = DB_VERSIONS[DB_VERSIONS.findIndex((v) => v.version === 7) - 1]?.version ?? 1;

describe(`upgrade v${BEFORE_V7} -> v7 (earlier ICP versions)`, () => {
  it('keeps every row as it was and adds an empty table of ICP versions, filled by the next save', async () => {
    const { name, before } = await populatedAt(BEFORE_V7);
    const db = openCurrent(name, 7);
    const after = await snapshot(db);
    expect(db.verno).toBe(7);
    for (const table of ALL_TABLES) expect(after[table], table).toEqual(before[table]);
    expect(await db.icpVersions.count()).toBe(0);
    const icp = await getActiveIcp(db);
    await saveIcp(db, { ...icp, name: 'Renamed' }, 50);
    expect(await db.icpVersions.where('icpId').equals(icp.id).toArray()).toEqual([
      {
        key: `${icp.id}@${icp.version}`,
        icpId: icp.id,
        version: icp.version,
        icp,
        replacedAt: 50,
        replacedBy: 'edited',
      },
    ]);
  });
});
