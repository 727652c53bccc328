import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AccountRecord, type IcpLensDb, openDb } from '../../../lib/db/db';
import { createFromPreset, ensureDefaultIcp, setActiveIcp } from '../../../lib/db/icps';
import { getRescoreJob, type RescoreStep, rescoreBatch, startRescore } from '../../../lib/db/rescore';
import { fact } from '../scoring/helpers';

let db: IcpLensDb;
let name: string;
let n = 0;

const account = (i: number): AccountRecord => ({
  id: `acct-${String(i).padStart(3, '0')}.example`,
  aliases: [],
  tags: [],
  firstSeen: 0,
  lastSeen: 0,
  signals: { employees: fact({ min: 100 + i, max: 200 + i }), hq: fact({ country: i % 2 ? 'US' : 'PT' }) },
});

beforeEach(async () => {
  name = `rescore-${++n}`;
  db = openDb(name);
  await ensureDefaultIcp(db, 1);
  await db.accounts.bulkAdd(Array.from({ length: 23 }, (_, i) => account(i)));
  await db.contacts.bulkAdd(
    Array.from({ length: 4 }, (_, i) => ({
      id: `https://www.linkedin.com/in/p${i}`,
      tags: [],
      firstSeen: 0,
      lastSeen: 0,
      signals: { seniority: fact(i ? ('vp' as const) : ('entry' as const)) },
    })),
  );
});
afterEach(async () => {
  db.close();
  await db.delete();
});

async function drain(size: number, now = 2): Promise<RescoreStep[]> {
  const steps: RescoreStep[] = [];
  for (let step = await rescoreBatch(db, now, size); step; step = await rescoreBatch(db, now, size)) steps.push(step);
  return steps;
}

describe('rescoring job', () => {
  it('rescores every account and contact in batches, with progress, and then clears the job', async () => {
    const icp = await createFromPreset(db, 'enterprise', 1);
    await setActiveIcp(db, icp.id);
    expect(await startRescore(db, icp.id, 1)).toMatchObject({ done: 0, total: 27, phase: 'accounts' });
    const steps = await drain(10);
    expect(steps.map((s) => `${s.job.done}/${s.job.total}`)).toEqual(['10/27', '20/27', '23/27', '27/27']);
    expect(steps.at(-1)?.finished).toBe(true);
    expect(steps.flatMap((s) => s.accountIds)).toHaveLength(23);
    expect(steps.flatMap((s) => s.contactIds)).toHaveLength(4);
    for (const a of await db.accounts.toArray()) expect(a.score).toMatchObject({ icpId: 'enterprise', scoredAt: 2 });
    for (const c of await db.contacts.toArray()) expect(c.score?.icpId).toBe('enterprise');
    expect(await getRescoreJob(db)).toBeUndefined();
    expect(await rescoreBatch(db, 3)).toBeUndefined();
  });

  it('resumes at its cursor after the worker stops, doing each row once', async () => {
    const icp = await createFromPreset(db, 'local-services', 1);
    await startRescore(db, icp.id, 1);
    await rescoreBatch(db, 2, 10);
    db.close();
    db = openDb(name);
    expect(await getRescoreJob(db)).toMatchObject({ cursor: 'acct-009.example', done: 10 });
    const rest = await drain(10, 3);
    expect(rest.flatMap((s) => s.accountIds)[0]).toBe('acct-010.example');
    expect(rest.at(-1)?.job).toMatchObject({ done: 27, total: 27 });
    const scoredAt = (await db.accounts.toArray()).map((a) => a.score?.scoredAt);
    expect(scoredAt.filter((t) => t === 2)).toHaveLength(10);
    expect(scoredAt.filter((t) => t === 3)).toHaveLength(13);
  });

  it('restarts from the beginning when another ICP becomes active mid-job', async () => {
    const enterprise = await createFromPreset(db, 'enterprise', 1);
    await startRescore(db, enterprise.id, 1);
    await rescoreBatch(db, 2, 10);
    await startRescore(db, 'default-b2b-saas', 1);
    await drain(10, 3);
    for (const a of await db.accounts.toArray()) expect(a.score?.icpId).toBe('default-b2b-saas');
  });

  it('drops the job of an ICP deleted meanwhile', async () => {
    const icp = await createFromPreset(db, 'enterprise', 1);
    await startRescore(db, icp.id, 1);
    await db.icps.delete(icp.id);
    expect(await rescoreBatch(db, 2)).toBeUndefined();
    expect(await getRescoreJob(db)).toBeUndefined();
  });
});
