import type { ActivityRecord, IcpLensDb } from '../db/db';
import type { ActivityTypeId } from './activity-types';
import type { Target } from './limits';

const DAY_MS = 86_400_000;
/** Earliest date accepted: older activities have decayed to nothing and are more likely a typo. */
const EARLIEST = Date.UTC(2000, 0, 1);

export interface NewActivity {
  target: Target;
  type: ActivityTypeId;
  at: number;
  note?: string;
}

/**
 * Logs an activity against an account or a contact. A date more than a day ahead (a time zone is not a typo) or
 * before 2000 is refused with the reason; the record must exist.
 */
export async function logActivity(db: IcpLensDb, activity: NewActivity, now: number): Promise<ActivityRecord> {
  const { target, type, at, note } = activity;
  if (at > now + DAY_MS) throw new Error('the activity date is in the future');
  if (at < EARLIEST) throw new Error('the activity date is before 2000');
  const table = target.kind === 'account' ? db.accounts : db.contacts;
  return db.transaction('rw', [table, db.activities], async () => {
    if (!(await table.get(target.id))) throw new Error(`no saved ${target.kind} ${target.id}`);
    const record: ActivityRecord = {
      ...(target.kind === 'account' ? { accountId: target.id } : { contactId: target.id }),
      type,
      at,
      ...(note?.trim() ? { note: note.trim() } : {}),
    };
    record.id = await db.activities.add(record);
    return record;
  });
}

export async function deleteActivity(db: IcpLensDb, id: number): Promise<ActivityRecord> {
  return db.transaction('rw', db.activities, async () => {
    const record = await db.activities.get(id);
    if (!record) throw new Error(`no activity ${id}`);
    await db.activities.delete(id);
    return record;
  });
}

/** A target's activities, newest first. */
export async function activitiesOf(db: IcpLensDb, target: Target): Promise<ActivityRecord[]> {
  const index = target.kind === 'account' ? 'accountId' : 'contactId';
  const rows = await db.activities.where(index).equals(target.id).toArray();
  return rows.sort((a, b) => b.at - a.at || (b.id ?? 0) - (a.id ?? 0));
}
