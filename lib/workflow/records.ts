import type { AccountRecord, ContactRecord, IcpLensDb } from '../db/db';
import { outcomeForStage } from '../review/outcomes';
import type { Stage } from '../scoring/stage';
import { type Target, WORKFLOW_LIMITS } from './limits';

type LeadRecord = AccountRecord | ContactRecord;

function tableOf(db: IcpLensDb, target: Target) {
  return target.kind === 'account' ? db.accounts : db.contacts;
}

/**
 * Changes one stored account or contact in a transaction of its own; a target that is not stored (deleted meanwhile,
 * or a made-up id) is refused with a clear error and nothing is written.
 */
async function updateRecord(
  db: IcpLensDb,
  target: Target,
  change: (record: LeadRecord) => Partial<LeadRecord>,
): Promise<LeadRecord> {
  const table = tableOf(db, target);
  return db.transaction('rw', table, async () => {
    const record = await table.get(target.id);
    if (!record) throw new Error(`no saved ${target.kind} ${target.id}`);
    const next = { ...record, ...change(record) };
    await table.put(next as AccountRecord & ContactRecord);
    return next;
  });
}

/**
 * The user's lifecycle stage; undefined clears it and lets the suggestion show again. An outcome stage (Customer,
 * Lost, Disqualified) records when it was first set and, for a loss, why; any other stage drops the outcome.
 */
export function setStage(db: IcpLensDb, target: Target, stage: Stage | undefined, now: number, reason?: string) {
  return updateRecord(db, target, (record) => ({
    stage,
    outcome: outcomeForStage(stage, now, reason?.slice(0, WORKFLOW_LIMITS.outcomeReasonChars), record.outcome),
  }));
}

/** Trimmed, whitespace collapsed, duplicates dropped regardless of case, capped in length and count. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().slice(0, WORKFLOW_LIMITS.tagChars);
    if (!tag || seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    out.push(tag);
  }
  return out.slice(0, WORKFLOW_LIMITS.tags);
}

export function setTags(db: IcpLensDb, target: Target, tags: readonly string[]) {
  return updateRecord(db, target, () => ({ tags: cleanTags(tags) }));
}

export function setNotes(db: IcpLensDb, target: Target, notes: string) {
  const text = notes.trim().slice(0, WORKFLOW_LIMITS.notesChars);
  return updateRecord(db, target, () => ({ notes: text || undefined }));
}

/**
 * "Save lead": marks the record saved (once, keeping the first date) and makes it a Lead unless it has a stage. A
 * lead the user hid from the list comes back: saving it again is asking for it.
 */
export function saveLead(db: IcpLensDb, target: Target, now: number) {
  return updateRecord(db, target, (record) => ({
    savedAt: record.savedAt ?? now,
    stage: record.stage ?? 'Lead',
    hiddenAt: undefined,
  }));
}
