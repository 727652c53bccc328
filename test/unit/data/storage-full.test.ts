import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportBackup, restoreBackup } from '../../../lib/data/backup';
import { checkBackup } from '../../../lib/data/backup-file';
import { deleteAllData } from '../../../lib/data/delete-all';
import { describeError, isQuotaError, STORAGE_FULL_MESSAGE } from '../../../lib/data/storage-errors';
import { type IcpLensDb, openDb } from '../../../lib/db/db';
import { ensureDefaultIcp } from '../../../lib/db/icps';
import { recordPage } from '../../../lib/db/record-page';
import { fillStorage, quotaError } from './faults';
import { populate, snapshot } from './populate';

const opened: IcpLensDb[] = [];
let n = 0;
function fresh(): IcpLensDb {
  const db = openDb(`quota-${++n}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('storage errors become a clear message', () => {
  it('recognises the quota error however Dexie wraps it', () => {
    const inner = quotaError();
    expect(isQuotaError(inner)).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('aborted', inner))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('bulk', { 3: inner } as never))).toBe(true);
    expect(isQuotaError(new Error('wrapper', { cause: inner }))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new Dexie.ConstraintError('key exists'))).toBe(false);
    expect(isQuotaError(new Error('QuotaExceededError in the text only'))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  it('maps a quota error to the storage-full message and keeps other messages', () => {
    expect(describeError(new Dexie.AbortError('aborted', quotaError()))).toBe(STORAGE_FULL_MESSAGE);
    expect(STORAGE_FULL_MESSAGE).toMatch(
      /storage for ICP Lens is full: free space by deleting old leads or exporting a backup/,
    );
    expect(describeError(new Error('no ICP x'))).toBe('no ICP x');
    expect(describeError('plain')).toBe('plain');
  });
});

describe('fault: storage full during a write, nothing partial is stored', () => {
  it('a page visit that cannot be stored leaves no account without its observation', async () => {
    const db = fresh();
    const icp = await ensureDefaultIcp(db, 1);
    const before = await snapshot(db);
    fillStorage('observations');
    const evidence = {
      source: 'jsonld',
      layer: 'structured' as const,
      url: 'https://full.example/',
      confidence: 0.9,
      observedAt: 5,
    };
    const page = {
      url: 'https://full.example/',
      extractedAt: 5,
      company: { name: { ...evidence, value: 'Full' }, domain: { ...evidence, value: 'full.example' } },
    };
    const attempt = recordPage(db, page, icp, 5);
    await expect(attempt).rejects.toSatisfy(isQuotaError);
    expect(describeError(await attempt.catch((e: unknown) => e))).toBe(STORAGE_FULL_MESSAGE);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });

  it('a restore that runs out of space part-way leaves the previous data exactly as it was', async () => {
    const source = fresh();
    await populate(source, 4);
    const backup = checkBackup(await exportBackup(source));
    const db = fresh();
    await populate(db, 1);
    const before = await snapshot(db);
    // accounts, contacts, observations and icps are cleared and written before answers fails.
    fillStorage('answers');
    const attempt = restoreBackup(db, backup);
    await expect(attempt).rejects.toSatisfy(isQuotaError);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });

  it('delete-all that cannot re-seed the default ICP deletes nothing', async () => {
    const db = fresh();
    await populate(db, 2);
    const before = await snapshot(db);
    fillStorage('icps');
    await expect(deleteAllData(db, 9)).rejects.toSatisfy(isQuotaError);
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });
});
