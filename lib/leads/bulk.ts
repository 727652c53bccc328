import Dexie from 'dexie';
import type { AccountRecord, ContactRecord, IcpLensDb } from '../db/db';
import { exclusionOf } from '../db/exclusions';
import { outcomeForStage } from '../review/outcomes';
import type { Target } from '../workflow/limits';
import { WORKFLOW_LIMITS } from '../workflow/limits';
import { cleanTags } from '../workflow/records';
import type { BulkAction, BulkOutcome, RemovedCounts } from './bulk-action';
import { addRemoved, type Deleting, deleteBatch, emptyRemoved, previewDeleteBatch } from './delete-leads';

/** Leads changed per step of a bulk action: between steps the page hears how far it got. */
export const BULK_BATCH = 500;

type Lead = AccountRecord | ContactRecord;

function batches(targets: readonly Target[]): { accounts: string[]; contacts: string[]; size: number }[] {
  const out = [];
  for (let start = 0; start < targets.length; start += BULK_BATCH) {
    const slice = targets.slice(start, start + BULK_BATCH);
    out.push({
      accounts: slice.filter((t) => t.kind === 'account').map((t) => t.id),
      contacts: slice.filter((t) => t.kind === 'contact').map((t) => t.id),
      size: slice.length,
    });
  }
  return out;
}

function deletingOf(targets: readonly Target[]): Deleting {
  return {
    accounts: new Set(targets.filter((t) => t.kind === 'account').map((t) => t.id)),
    contacts: new Set(targets.filter((t) => t.kind === 'contact').map((t) => t.id)),
  };
}

const sameTag = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The record after a change, or `undefined` when it already is as asked; 'skip' when the action cannot apply. */
function changed(lead: Lead, action: BulkAction, now: number): Lead | undefined | 'skip' {
  switch (action.type) {
    case 'add-tag': {
      if (lead.tags.some((t) => sameTag(t, action.tag))) return undefined;
      if (lead.tags.length >= WORKFLOW_LIMITS.tags) return 'skip';
      return { ...lead, tags: cleanTags([...lead.tags, action.tag]) };
    }
    case 'remove-tag': {
      const tags = lead.tags.filter((t) => !sameTag(t, action.tag));
      return tags.length === lead.tags.length ? undefined : { ...lead, tags };
    }
    case 'set-stage': {
      const stage = action.stage ?? undefined;
      if (lead.stage === stage) return undefined;
      const next = { ...lead, stage, outcome: outcomeForStage(stage, now, undefined, lead.outcome) };
      if (stage === undefined) delete next.stage;
      if (next.outcome === undefined) delete next.outcome;
      return next;
    }
    case 'hide':
      return lead.hiddenAt === undefined ? { ...lead, hiddenAt: now } : undefined;
    case 'unhide': {
      if (lead.hiddenAt === undefined) return undefined;
      const { hiddenAt: _, ...rest } = lead;
      return rest as Lead;
    }
    default:
      return 'skip';
  }
}

/** Tag, stage, hide or unhide one batch: each record read, changed in memory, written back if it changed. */
async function updateBatch(
  db: IcpLensDb,
  batch: { accounts: string[]; contacts: string[] },
  action: BulkAction,
  now: number,
  outcome: BulkOutcome,
) {
  for (const [name, keys] of [
    ['accounts', batch.accounts],
    ['contacts', batch.contacts],
  ] as const) {
    // One code path for both kinds: the changes touch only fields the two records share.
    const table = db.table<Lead, string>(name);
    const records = await table.bulkGet(keys);
    const writes: Lead[] = [];
    for (const record of records) {
      if (!record) outcome.missing++;
      else {
        const next = changed(record, action, now);
        if (next === 'skip') outcome.skipped++;
        else if (next === undefined) outcome.unchanged++;
        else writes.push(next);
      }
    }
    await table.bulkPut(writes);
    outcome.changed += writes.length;
  }
}

/** "Not a company": each company's key is marked (lib/db/exclusions.ts), then it is deleted as by "delete". */
async function excludeBatch(db: IcpLensDb, accountIds: string[], now: number) {
  const accounts = (await db.accounts.bulkGet(accountIds)).filter((a) => a !== undefined);
  await db.exclusions.bulkPut(accounts.map((a) => exclusionOf(a, now)));
}

/**
 * Applies one action to every target in one read-write transaction: the whole selection changes or, if anything
 * fails (storage full...), nothing does. Works in batches of BULK_BATCH and reports after each; `onProgress` must
 * not wait on anything outside the database.
 */
export async function applyBulk(
  db: IcpLensDb,
  targets: readonly Target[],
  action: BulkAction,
  now: number,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { total: targets.length, changed: 0, unchanged: 0, missing: 0, skipped: 0 };
  const removing = action.type === 'delete' || action.type === 'not-a-company';
  const deleting = deletingOf(removing ? targets : []);
  const tables = [db.accounts, db.contacts, db.observations, db.activities, db.answers, db.exclusions];
  await db.transaction('rw', tables, async () => {
    let done = 0;
    const removed = emptyRemoved();
    for (const batch of batches(targets)) {
      if (removing) {
        // "Not a company" is about companies: people selected with them are left alone.
        const contacts = action.type === 'delete' ? batch.contacts : [];
        outcome.skipped += batch.contacts.length - contacts.length;
        if (action.type === 'not-a-company') await excludeBatch(db, batch.accounts, now);
        const counts = await deleteBatch(db, batch.accounts, contacts, deleting);
        addRemoved(removed, counts);
        outcome.changed += counts.accounts + counts.contacts;
        outcome.missing += batch.accounts.length + contacts.length - counts.accounts - counts.contacts;
      } else {
        await updateBatch(db, batch, action, now, outcome);
      }
      done += batch.size;
      Dexie.ignoreTransaction(() => onProgress(done, targets.length));
    }
    if (removing) outcome.removed = removed;
  });
  return outcome;
}

/** What deleting the targets would remove, read in one transaction and writing nothing: the confirmation's figures. */
export async function previewDelete(db: IcpLensDb, targets: readonly Target[]): Promise<RemovedCounts> {
  const deleting = deletingOf(targets);
  const tables = [db.accounts, db.contacts, db.observations, db.activities, db.answers];
  return db.transaction('r', tables, async () => {
    const removed = emptyRemoved();
    for (const batch of batches(targets)) {
      addRemoved(removed, await previewDeleteBatch(db, batch.accounts, batch.contacts, deleting));
    }
    return removed;
  });
}
