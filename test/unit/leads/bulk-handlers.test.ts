import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { broadcastLeadChanges } from '../../../lib/background/leads-broadcast';
import { leadsRoutes } from '../../../lib/background/leads-handlers';
import type { RouteContext } from '../../../lib/background/route-types';
import { type IcpLensDb, openDb } from '../../../lib/db/db';
import { ensureDefaultIcp } from '../../../lib/db/icps';
import type { BulkOutcome, RemovedCounts } from '../../../lib/leads/bulk-action';
import { chunkSelection, SELECTION_CHUNK, SelectionStaging } from '../../../lib/leads/selection';
import { extendTo, keepShown, NO_SELECTION, selectAll, targetsOf, toggleRow } from '../../../lib/leads/selection-model';
import { isLeadsChanged } from '../../../lib/leads/use-lead-list';
import { protocol } from '../../../lib/messaging/protocol';
import type { LeadDetail } from '../../../lib/messaging/views';
import type { Target } from '../../../lib/workflow/limits';
import { leadRow } from './helpers';

let db: IcpLensDb;
let context: RouteContext;
let sent: { type: string; payload: unknown }[];
let n = 0;
beforeEach(async () => {
  fakeBrowser.reset();
  db = openDb(`bulk-handlers-${++n}`);
  context = { db };
  await ensureDefaultIcp(db, 1);
  sent = [];
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (m: unknown) => {
    sent.push(m as { type: string; payload: unknown });
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

async function seedAccounts(count: number) {
  await db.accounts.bulkPut(
    Array.from({ length: count }, (_, i) => ({
      id: `s${i}.example`,
      domain: `s${i}.example`,
      aliases: [],
      name: `S ${i}`,
      signals: {},
      firstSeen: 1,
      lastSeen: 1,
      tags: [],
    })),
  );
}

/** Stages a selection the way the page does, then runs an action on it. */
async function bulk(
  targets: Target[],
  action: Parameters<NonNullable<(typeof leadsRoutes)['ui-bg/apply-bulk']>>[0]['action'],
) {
  const bulkId = crypto.randomUUID();
  const chunks = chunkSelection(targets);
  for (const [index, chunk] of chunks.entries()) {
    await leadsRoutes['ui-bg/stage-selection']?.({ bulkId, index, total: chunks.length, targets: chunk }, context);
  }
  return { bulkId, chunks: chunks.length, run: () => leadsRoutes['ui-bg/apply-bulk']?.({ bulkId, action }, context) };
}

describe('bulk messages', () => {
  it('a selection of thousands is staged in parts under the message cap, then tagged with progress', async () => {
    await seedAccounts(2_500);
    const targets: Target[] = Array.from({ length: 2_500 }, (_, i) => ({ kind: 'account', id: `s${i}.example` }));
    const staged = await bulk(targets, { type: 'add-tag', tag: 'q3' });
    expect(staged.chunks).toBe(2);
    const outcome = (await staged.run()) as BulkOutcome;
    expect(outcome).toMatchObject({ total: 2_500, changed: 2_500 });
    expect(await db.accounts.where('tags').equals('q3').count()).toBe(2_500);
    const progress = sent.filter((m) => m.type === 'bg-ui/bulk-progress').map((m) => m.payload);
    expect(progress.at(-1)).toEqual({ bulkId: staged.bulkId, done: 2_500, total: 2_500 });
    for (const m of sent)
      expect(protocol[m.type as 'bg-ui/bulk-progress'].payload.safeParse(m.payload).success).toBe(true);
    // Taken once: the same selection cannot be applied twice by accident.
    await expect(staged.run()).rejects.toThrow('unknown or expired');
  });

  it('previews a delete without changing anything, then deletes exactly what it said', async () => {
    await seedAccounts(3);
    await db.activities.add({ accountId: 's0.example', type: 'demo-request', at: 5 });
    const targets: Target[] = [
      { kind: 'account', id: 's0.example' },
      { kind: 'account', id: 's1.example' },
    ];
    const staged = await bulk(targets, { type: 'delete' });
    const preview = (await leadsRoutes['ui-bg/preview-bulk']?.(
      { bulkId: staged.bulkId, action: 'delete' },
      context,
    )) as RemovedCounts;
    expect(preview).toMatchObject({ accounts: 2, activities: 1 });
    expect(await db.accounts.count()).toBe(3);
    const outcome = (await staged.run()) as BulkOutcome;
    expect(outcome.removed).toEqual(preview);
    expect(await db.accounts.count()).toBe(1);
  });

  it('refuses a selection part that does not fit, and a staged list over the cap', () => {
    const staging = new SelectionStaging();
    expect(() => staging.add('a', 2, 2, [], 0)).toThrow('does not fit');
    const many = Array.from({ length: 50_001 }, (_, i): Target => ({ kind: 'account', id: `x${i}` }));
    expect(() => staging.add('b', 0, 1, many, 0)).toThrow('too many leads selected');
    expect(() => staging.get('b')).toThrow('unknown or expired');
    // Each part fits a message even with the longest ids the schema allows.
    const long = Array.from({ length: 500 }, (_, i): Target => ({ kind: 'contact', id: `${'p'.repeat(2_000)}${i}` }));
    for (const part of chunkSelection(long))
      expect(JSON.stringify(part).length).toBeLessThan(SELECTION_CHUNK.chars + 10_000);
  });

  it('opens one lead with its work and people; a deleted lead is refused in words', async () => {
    await seedAccounts(1);
    await db.contacts.put({
      id: 'linkedin.com/in/ann',
      accountId: 's0.example',
      name: 'Ann',
      signals: {},
      firstSeen: 1,
      lastSeen: 1,
      tags: [],
    });
    const detail = (await leadsRoutes['ui-bg/get-lead']?.(
      { target: { kind: 'account', id: 's0.example' } },
      context,
    )) as LeadDetail;
    expect(detail.kind).toBe('account');
    expect(detail.people).toEqual([{ id: 'linkedin.com/in/ann', name: 'Ann' }]);
    expect(detail.work.status.stage.stage).toBe('Suspect');
    const person = (await leadsRoutes['ui-bg/get-lead']?.(
      { target: { kind: 'contact', id: 'linkedin.com/in/ann' } },
      context,
    )) as LeadDetail;
    expect(person.kind === 'contact' && person.employer?.id).toBe('s0.example');
    await expect(
      leadsRoutes['ui-bg/get-lead']?.({ target: { kind: 'account', id: 'gone.example' } }, context),
    ).rejects.toThrow('This company is no longer saved');
  });
});

describe('live updates', () => {
  it('one leads-changed message per burst of committed writes, none for writes outside the list', async () => {
    const name = db.name;
    const at: number[] = [];
    const stop = broadcastLeadChanges((time) => at.push(time), name);
    try {
      await seedAccounts(3);
      await db.accounts.update('s0.example', { tags: ['x'] });
      await db.observations.add({ url: 'https://s0.example/', observedAt: 1, page: { url: 'x', extractedAt: 1 } });
      await vi.waitFor(() => expect(at).toHaveLength(1), { timeout: 2_000 });
      await db.observations.add({ url: 'https://s0.example/', observedAt: 2, page: { url: 'x', extractedAt: 2 } });
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(at).toHaveLength(1);
    } finally {
      stop();
    }
    expect(isLeadsChanged({ type: 'bg-ui/leads-changed', payload: { at: 5 } })).toBe(true);
    expect(isLeadsChanged({ type: 'bg-ui/leads-changed', payload: { at: 'soon' } })).toBe(false);
    expect(isLeadsChanged({ type: 'bg-ui/tab-changed', payload: { tabId: 1 } })).toBe(false);
  });
});

describe('selection on the page', () => {
  const rows = ['a', 'b', 'c', 'd', 'e'].map((id) => leadRow({ id }));

  it('shift-click selects the range from the anchor; shift-arrow keeps only the range', () => {
    let s = toggleRow(NO_SELECTION, rows, 'account:b', false);
    s = toggleRow(s, rows, 'account:d', true);
    expect([...s.keys]).toEqual(['account:b', 'account:c', 'account:d']);
    s = toggleRow(s, rows, 'account:c', true);
    expect([...s.keys]).toEqual(['account:b']);
    s = extendTo({ keys: new Set(['account:a', 'account:e']), anchor: 'account:c' }, rows, 0);
    expect([...s.keys].sort()).toEqual(['account:a', 'account:b', 'account:c']);
  });

  it('keeps only rows still shown, and sends plain targets', () => {
    const all = selectAll(rows);
    const kept = keepShown(all, rows.slice(1, 3));
    expect([...kept.keys]).toEqual(['account:b', 'account:c']);
    expect(keepShown(kept, rows)).toBe(kept);
    expect(targetsOf(kept, rows)).toEqual([
      { kind: 'account', id: 'b' },
      { kind: 'account', id: 'c' },
    ]);
  });
});
