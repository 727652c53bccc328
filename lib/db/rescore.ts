import { z } from 'zod';
import { scoreCompany, scorePerson } from '../scoring/fit';
import type { AccountRecord, ContactRecord, IcpLensDb } from './db';

/**
 * Rescoring every stored account and contact against the active ICP, as a job whose state lives in the settings
 * table: the service worker may be stopped between two batches, and the next start picks the job up at its cursor.
 * Each batch reads, scores and writes its rows and advances the cursor in one transaction, so a batch is either
 * wholly done or not at all, and a page recorded meanwhile is never overwritten by a stale copy.
 */
export const RESCORE_JOB = 'rescoreJob';
export const RESCORE_BATCH = 500;

const jobSchema = z.object({
  icpId: z.string(),
  phase: z.enum(['accounts', 'contacts']),
  /** The last primary key done in the current phase; null before the first batch of a phase. */
  cursor: z.string().nullable(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  startedAt: z.number(),
});
export type RescoreJob = z.infer<typeof jobSchema>;

export interface RescoreStep {
  job: RescoreJob;
  finished: boolean;
  accountIds: string[];
  contactIds: string[];
}

/** Starts (or restarts, when the ICP changes again mid-job) the rescoring of everything against one ICP. */
export async function startRescore(db: IcpLensDb, icpId: string, now: number): Promise<RescoreJob> {
  return db.transaction('rw', db.accounts, db.contacts, db.settings, async () => {
    const total = (await db.accounts.count()) + (await db.contacts.count());
    const job: RescoreJob = { icpId, phase: 'accounts', cursor: null, done: 0, total, startedAt: now };
    await db.settings.put({ key: RESCORE_JOB, value: job });
    return job;
  });
}

export async function getRescoreJob(db: IcpLensDb): Promise<RescoreJob | undefined> {
  const parsed = jobSchema.safeParse((await db.settings.get(RESCORE_JOB))?.value);
  return parsed.success ? parsed.data : undefined;
}

async function nextRows<T extends AccountRecord | ContactRecord>(
  table: IcpLensDb['accounts'] | IcpLensDb['contacts'],
  cursor: string | null,
  size: number,
): Promise<T[]> {
  const rows = cursor === null ? table.orderBy(':id') : table.where(':id').above(cursor);
  return (await rows.limit(size).toArray()) as T[];
}

/** Rescores the next batch; undefined when there is no job (none started, or the last one finished). */
export async function rescoreBatch(
  db: IcpLensDb,
  now: number,
  size: number = RESCORE_BATCH,
): Promise<RescoreStep | undefined> {
  return db.transaction('rw', [db.accounts, db.contacts, db.icps, db.settings], async () => {
    const job = await getRescoreJob(db);
    if (!job) return undefined;
    const icp = await db.icps.get(job.icpId);
    if (!icp) {
      // The ICP was deleted mid-job: the job of the ICP that replaced it carries on instead.
      await db.settings.delete(RESCORE_JOB);
      return undefined;
    }
    const step: RescoreStep = { job, finished: false, accountIds: [], contactIds: [] };
    let count: number;
    if (job.phase === 'accounts') {
      const rows = await nextRows<AccountRecord>(db.accounts, job.cursor, size);
      for (const row of rows) row.score = scoreCompany(icp, row.signals, now);
      await db.accounts.bulkPut(rows);
      step.accountIds = rows.map((r) => r.id);
      count = rows.length;
    } else {
      const rows = await nextRows<ContactRecord>(db.contacts, job.cursor, size);
      for (const row of rows) row.score = scorePerson(icp, row.signals, now);
      await db.contacts.bulkPut(rows);
      step.contactIds = rows.map((r) => r.id);
      count = rows.length;
    }
    const ids = job.phase === 'accounts' ? step.accountIds : step.contactIds;
    const done = job.done + count;
    // Pages recorded during the job add rows: the total grows rather than the bar overflowing.
    const next: RescoreJob = { ...job, cursor: ids.at(-1) ?? job.cursor, done, total: Math.max(job.total, done) };
    if (count < size) {
      if (job.phase === 'accounts') Object.assign(next, { phase: 'contacts', cursor: null });
      else step.finished = true;
    }
    if (step.finished) await db.settings.delete(RESCORE_JOB);
    else await db.settings.put({ key: RESCORE_JOB, value: next });
    step.job = step.finished ? { ...next, total: done } : next;
    return step;
  });
}
