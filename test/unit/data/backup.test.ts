import { afterEach, describe, expect, it } from 'vitest';
import { exportBackup, restoreBackup } from '../../../lib/data/backup';
import { BackupError, checkBackup } from '../../../lib/data/backup-file';
import { type IcpLensDb, openDb, openDbAtVersion } from '../../../lib/db/db';
import { ensureDefaultIcp } from '../../../lib/db/icps';
import { tally } from '../../trust/tally';
import { populate, snapshot } from './populate';

const opened: IcpLensDb[] = [];
let n = 0;
function fresh(version?: number): IcpLensDb {
  const name = `backup-${++n}`;
  const db = version ? openDbAtVersion(name, version) : openDb(name);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function backupOf(companies = 3): Promise<{ source: IcpLensDb; text: string }> {
  const source = fresh();
  await populate(source, companies);
  return { source, text: await exportBackup(source) };
}

/** A database holding other data than the backup, to show a restore replaces it and a refusal keeps it. */
async function target(): Promise<IcpLensDb> {
  const db = fresh();
  await ensureDefaultIcp(db, 42);
  await db.accounts.put({ id: 'kept.example', aliases: [], signals: {}, firstSeen: 1, lastSeen: 1, tags: ['mine'] });
  return db;
}

const restore = (db: IcpLensDb, text: string, onProgress?: (done: number, total: number) => void) =>
  restoreBackup(db, checkBackup(text), onProgress);

describe('backup and restore', () => {
  it('gives back identical data in every table (export then import)', async () => {
    const { source, text } = await backupOf(5);
    const db = await target();
    const counts = await restore(db, text);
    expect(await snapshot(db)).toEqual(await snapshot(source));
    expect(counts.accounts).toBe(5);
    expect(counts.observations).toBe(10);
    // Exporting the restored database gives the same file but for its name.
    const again = JSON.parse(await exportBackup(db));
    const first = JSON.parse(text);
    expect(again.data.data).toEqual(first.data.data);
  });

  it('keeps values JSON cannot hold: undefined fields, dates, NaN and Infinity', async () => {
    const source = fresh();
    await source.settings.put({
      key: 'odd',
      value: { missing: undefined, when: new Date(5), nan: Number.NaN, inf: Number.POSITIVE_INFINITY, list: [] },
    });
    const db = await target();
    await restore(db, await exportBackup(source));
    const value = (await db.settings.get('odd'))?.value as Record<string, unknown>;
    expect(Object.hasOwn(value, 'missing')).toBe(true);
    expect(value).toEqual({
      missing: undefined,
      when: new Date(5),
      nan: Number.NaN,
      inf: Number.POSITIVE_INFINITY,
      list: [],
    });
  });

  it('reports progress as rows done out of the total, ending at the total', async () => {
    const { text } = await backupOf(3);
    const steps: [number, number][] = [];
    await restore(await target(), text, (done, total) => steps.push([done, total]));
    const total = checkBackup(text).total;
    expect(steps.at(-1)).toEqual([total, total]);
    expect(steps.map(([done]) => done)).toEqual([...steps.map(([done]) => done)].sort((a, b) => a - b));
  });

  it('carries the hidden mark and the sites marked "not a company"; a version 2 backup restores without them', async () => {
    const { text } = await backupOf(3);
    const db = await target();
    await restore(db, text);
    expect(await db.exclusions.toArray()).toEqual([{ key: 'news.example', name: 'Daily News', at: 4_500 }]);
    expect((await db.accounts.toArray()).filter((a) => a.hiddenAt === 4_000)).toHaveLength(1);

    const old = fresh(2);
    await populate(old, 2);
    const oldText = await exportBackup(old);
    expect(JSON.parse(oldText).data.tables.map((t: { name: string }) => t.name)).not.toContain('exclusions');
    await db.exclusions.put({ key: 'gone.example', name: 'Gone', at: 1 });
    await restore(db, oldText);
    expect(await db.exclusions.count()).toBe(0);
    expect(await db.accounts.count()).toBe(2);
    // A current backup without the table is damaged, not old: refused.
    const current = JSON.parse(text);
    current.data.tables = current.data.tables.filter((t: { name: string }) => t.name !== 'exclusions');
    current.data.data = current.data.data.filter((t: { tableName: string }) => t.tableName !== 'exclusions');
    expect(() => checkBackup(JSON.stringify(current))).toThrow('The backup has no "exclusions" table');
  });

  it('restores a backup made by database version 1, normalised as the upgrade would', async () => {
    const old = fresh(1);
    await populate(old, 2);
    const text = await exportBackup(old);
    expect(JSON.parse(text).data.databaseVersion).toBe(1);
    const db = await target();
    await restore(db, text);
    expect((await db.accounts.get('legacy.example'))?.tags).toEqual([]);
    expect(await db.accounts.where('tags').equals('shared').count()).toBe(2);
    expect(await db.icps.count()).toBe(1);
  });
});

type Edit = (file: {
  formatName: unknown;
  formatVersion: unknown;
  data: Record<string, unknown> & {
    tables: { name: string; rowCount: number }[];
    data: { tableName: string; rows: Record<string, unknown>[]; inbound: boolean }[];
  };
}) => void;

const table = (file: Parameters<Edit>[0], name: string) => {
  const found = file.data.data.find((t) => t.tableName === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
};

/** Each fault: how the file is damaged, and what the refusal must say. */
const FAULTS: [string, (text: string) => string, RegExp][] = [
  ['an empty file', () => '  ', /The file is empty/],
  ['a file cut in half', (text) => text.slice(0, text.length / 2), /not valid JSON, so it is truncated or corrupt/],
  ['one byte missing at the end', (text) => text.slice(0, -1), /not valid JSON/],
  ['JSON of something else', () => '{"hello":"world"}', /not an ICP Lens backup/],
  ['a JSON list', () => '[1,2,3]', /not an ICP Lens backup/],
  ...(
    [
      [
        'another format version',
        (f) => {
          f.formatVersion = 2;
        },
        /format version \(2\) is not supported/,
      ],
      [
        'a newer database version',
        (f) => {
          f.data.databaseVersion = 99;
        },
        /newer ICP Lens/,
      ],
      [
        'a foreign database',
        (f) => {
          f.data.databaseName = 'todo-app';
          f.data.tables.push({ name: 'todos', schema: '++id', rowCount: 0 } as never);
          f.data.data.push({ tableName: 'todos', rows: [], inbound: true });
        },
        /not of ICP Lens data \("todo-app"\).*todos/,
      ],
      [
        'a table missing',
        (f) => {
          f.data.tables = f.data.tables.filter((t) => t.name !== 'answers');
          f.data.data = f.data.data.filter((t) => t.tableName !== 'answers');
        },
        /no "answers" table/,
      ],
      [
        'rows missing (valid JSON)',
        (f) => {
          table(f, 'observations').rows.pop();
        },
        /"observations" table should have 6 rows but has 5/,
      ],
      [
        'an invalid ICP',
        (f) => {
          table(f, 'icps').rows[0] = { ...table(f, 'icps').rows[0], version: -1 };
        },
        /icps row 1 is invalid: version/,
      ],
      [
        'an account without an id',
        (f) => {
          delete table(f, 'accounts').rows[1]?.id;
        },
        /accounts row 2 is invalid: id/,
      ],
      [
        'an answer with an unknown status',
        (f) => {
          (table(f, 'answers').rows[0] as { status: string }).status = 'maybe';
        },
        /answers row 1 is invalid: status/,
      ],
      [
        'a value type ICP Lens never writes',
        (f) => {
          table(f, 'settings').rows[0] = { key: 'x', value: {}, $types: { value: 'blob' } };
        },
        /settings row 1 cannot be read: unsupported value type "blob"/,
      ],
      [
        'a repeated key',
        (f) => {
          table(f, 'contacts').rows.push(table(f, 'contacts').rows[0] as never);
        },
        /repeats the id/,
      ],
      [
        'keys outside the rows',
        (f) => {
          table(f, 'settings').inbound = false;
        },
        /without its keys/,
      ],
      [
        'a damaged structure',
        (f) => {
          f.data.tables = 'x' as never;
        },
        /structure is damaged/,
      ],
    ] as [string, Edit, RegExp][]
  ).map(([name, edit, error]): [string, (text: string) => string, RegExp] => [
    name,
    (text) => {
      const file = JSON.parse(text);
      edit(file);
      // A row added to a table is also declared, so only the fault under test is present.
      if (name === 'a repeated key')
        file.data.tables.find((t: { name: string }) => t.name === 'contacts').rowCount += 1;
      return JSON.stringify(file);
    },
    error,
  ]),
];

describe('fault: corrupt, truncated or foreign backup files are refused and nothing stored changes', () => {
  for (const [name, damage, error] of FAULTS) {
    it(`refuses ${name}`, async () => {
      const { text } = await backupOf(3);
      const db = await target();
      const before = await snapshot(db);
      const attempt = Promise.resolve().then(() => restore(db, damage(text)));
      await expect(attempt).rejects.toThrow(BackupError);
      await expect(attempt).rejects.toThrow(error);
      expect(await snapshot(db)).toEqual(before);
      tally({ test: `restore refuses ${name}`, faults: 1 });
    });
  }
});
