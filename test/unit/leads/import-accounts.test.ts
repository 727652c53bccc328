import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AccountRecord, type IcpLensDb, openDb } from '../../../lib/db/db';
import { ensureDefaultIcp } from '../../../lib/db/icps';
import type { Icp } from '../../../lib/icp/schema';
import { parseAccountsCsv } from '../../../lib/leads/csv-import';
import { IMPORT_BATCH, importAccounts } from '../../../lib/leads/import-accounts';
import { scoreCompany } from '../../../lib/scoring/fit';
import { fact } from '../scoring/helpers';

let db: IcpLensDb;
let icp: Icp;
let n = 0;
beforeEach(async () => {
  db = openDb(`import-${++n}`);
  icp = await ensureDefaultIcp(db, 1_000);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function entriesOf(text: string) {
  const parsed = parseAccountsCsv(text);
  if (!parsed.ok) throw new Error('test file refused');
  return parsed.entries;
}

const visited: AccountRecord = {
  id: 'acme.com',
  domain: 'acme.com',
  aliases: ['linkedin.com/company/acme'],
  name: 'Acme Corporation',
  signals: {
    name: fact('Acme Corporation'),
    domain: fact('acme.com'),
    employees: fact({ min: 201, max: 500 }),
    hq: fact({ country: 'US' }),
  },
  firstSeen: 500,
  lastSeen: 600,
  stage: 'SQL',
  tags: ['q3'],
};

describe('importAccounts', () => {
  it('stores new accounts keyed like visited ones, with what the user typed as user-layer facts, scored', async () => {
    const outcome = await importAccounts(db, entriesOf('domain,name\nwww.globex.com,Globex\n\n,Initech\n'), icp, 2_000);
    expect(outcome).toEqual({ created: 2, merged: 0, outcomes: 0 });
    expect((await db.accounts.get('name:initech'))?.domain).toBeUndefined();
    const globex = await db.accounts.get('globex.com');
    expect(globex).toMatchObject({
      id: 'globex.com',
      domain: 'globex.com',
      name: 'Globex',
      firstSeen: 2_000,
      tags: [],
    });
    expect(globex?.signals.name).toMatchObject({
      value: 'Globex',
      layer: 'user',
      source: 'csv-import',
      selector: 'row 2',
    });
    expect(globex?.score).toEqual(scoreCompany(icp, globex?.signals ?? {}, 2_000));
    expect(globex?.score?.icpId).toBe(icp.id);
  });

  it('keys name-only rows by normalized name', async () => {
    await importAccounts(db, entriesOf('company\nInitech\n"Initech, "\n'), icp, 2_000);
    expect(await db.accounts.toCollection().primaryKeys()).toEqual(['name:initech']);
  });

  it('merges into an account already stored: its signals, tags, stage and dates stay; the typed name wins', async () => {
    await db.accounts.put(visited);
    const outcome = await importAccounts(db, entriesOf('domain,name\nacme.com,ACME\n'), icp, 2_000);
    expect(outcome).toEqual({ created: 0, merged: 1, outcomes: 0 });
    expect(await db.accounts.count()).toBe(1);
    const acme = await db.accounts.get('acme.com');
    expect(acme).toMatchObject({ name: 'ACME', stage: 'SQL', tags: ['q3'], firstSeen: 500, lastSeen: 600 });
    expect(acme?.aliases).toEqual(['linkedin.com/company/acme']);
    expect(acme?.signals.employees?.value).toEqual({ min: 201, max: 500 });
    expect(acme?.score?.fit).toBe(scoreCompany(icp, acme?.signals ?? {}, 2_000).fit);
  });

  it('keeps a visited name when the row gives none', async () => {
    await db.accounts.put(visited);
    await importAccounts(db, entriesOf('acme.com\n'), icp, 2_000);
    expect((await db.accounts.get('acme.com'))?.name).toBe('Acme Corporation');
  });

  it('is all or nothing: a failure part-way leaves the database as it was', async () => {
    await db.accounts.put(visited);
    const lines = Array.from({ length: IMPORT_BATCH * 2 + 10 }, (_, i) => `c${i}.example`);
    const entries = entriesOf(`domain\nacme.com\n${lines.join('\n')}`);
    let batches = 0;
    await expect(
      importAccounts(db, entries, icp, 2_000, () => {
        if (++batches === 2) throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await db.accounts.toCollection().primaryKeys()).toEqual(['acme.com']);
    expect(await db.accounts.get('acme.com')).toEqual(visited);
  });

  it('reports progress per batch', async () => {
    const entries = entriesOf(`domain\n${Array.from({ length: 2_500 }, (_, i) => `c${i}.example`).join('\n')}`);
    const seen: [number, number][] = [];
    await importAccounts(db, entries, icp, 2_000, (done, total) => seen.push([done, total]));
    expect(seen).toEqual([
      [1_000, 2_500],
      [2_000, 2_500],
      [2_500, 2_500],
    ]);
    expect(await db.accounts.count()).toBe(2_500);
  });
});
