import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runRescore } from '../../../lib/background/rescore-runner';
import { reviewRoutes } from '../../../lib/background/review-handlers';
import type { RouteContext } from '../../../lib/background/route-types';
import { type AccountRecord, type IcpLensDb, openDb } from '../../../lib/db/db';
import { ensureDefaultIcp, getActiveIcp, saveIcp } from '../../../lib/db/icps';
import type { AcceptReply, ReviewReply } from '../../../lib/messaging/views';
import { outcomeSet, reviewIcp } from './helpers';

let db: IcpLensDb;
let context: RouteContext;
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue(undefined);
  db = openDb(`review-handlers-${++n}`);
  context = { db };
  const seeded = await ensureDefaultIcp(db, 1);
  // The review's synthetic ICP as the active one, at version 1 as a fresh install has it.
  await db.icps.put({ ...reviewIcp(), id: seeded.id, version: 1 });
  const rows: AccountRecord[] = outcomeSet(20, 30).map((a) => ({
    ...a,
    tags: [...a.tags],
    aliases: [],
    firstSeen: 1,
    lastSeen: 1,
  }));
  await db.accounts.bulkPut(rows);
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

const review = async (icpId?: string) => (await reviewRoutes['ui-bg/review-icp']?.({ icpId }, context)) as ReviewReply;

describe('the review handlers', () => {
  it('review the active ICP on every stored outcome, writing nothing', async () => {
    const before = await db.accounts.toArray();
    const reply = await review();
    expect(reply.active).toBe(true);
    expect(reply.versions).toEqual([]);
    expect(reply.review.counts.won).toBe(20);
    expect(reply.review.suggestions.length).toBeGreaterThan(0);
    expect(await db.accounts.toArray()).toEqual(before);
    expect((await getActiveIcp(db)).version).toBe(1);
  });

  it('accepting one suggestion makes v2 with its diff, keeps v1, and rescores every account with v2', async () => {
    const { review: result } = await review();
    const remove = result.suggestions.find((s) => s.criterionId === 'age');
    expect(remove).toMatchObject({ kind: 'remove' });
    const reply = (await reviewRoutes['ui-bg/accept-review']?.(
      { icpId: result.icp.id, version: 1, changes: [{ criterionId: 'age', weight: 0 }] },
      context,
    )) as AcceptReply;
    expect(reply).toEqual({ version: 2, diff: 'v1 -> v2: founded removed', rescoring: true });
    const icp = await getActiveIcp(db);
    expect(icp.version).toBe(2);
    expect(icp.criteria.map((c) => c.id)).toEqual(['industry', 'size', 'revenue']);
    expect((await db.icpVersions.get(`${icp.id}@1`))?.icp.criteria).toHaveLength(4);
    await runRescore(db);
    const accounts = await db.accounts.toArray();
    expect(accounts).toHaveLength(50);
    expect(accounts.every((a) => a.score?.icpVersion === 2)).toBe(true);
    const again = await review();
    expect(again.versions).toEqual([
      { version: 1, replacedAt: expect.any(Number), replacedBy: 'review suggestions accepted', diff: reply.diff },
    ]);
  });

  it('refuses suggestions from a review of an older version, and changes nothing', async () => {
    const icp = await getActiveIcp(db);
    await saveIcp(db, { ...icp, name: 'Edited meanwhile' }, 5);
    await expect(
      reviewRoutes['ui-bg/accept-review']?.(
        { icpId: icp.id, version: 1, changes: [{ criterionId: 'age', weight: 0 }] },
        context,
      ),
    ).rejects.toThrow('The ICP changed since this review (it is at v2 now)');
    expect((await getActiveIcp(db)).criteria).toHaveLength(4);
  });

  it('refuses a change to a criterion the ICP does not have', async () => {
    await expect(
      reviewRoutes['ui-bg/accept-review']?.(
        { icpId: 'default-b2b-saas', version: 1, changes: [{ criterionId: 'nope', weight: 10 }] },
        context,
      ),
    ).rejects.toThrow('no longer has');
  });
});
