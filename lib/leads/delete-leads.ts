import type { IcpLensDb } from '../db/db';
import type { RemovedCounts } from './bulk-action';

/** The ids of everything a whole delete selection covers, so one batch knows what the other batches will delete. */
export interface Deleting {
  accounts: ReadonlySet<string>;
  contacts: ReadonlySet<string>;
}

interface DeletePlan {
  accounts: string[];
  contacts: string[];
  observations: number[];
  /** Page visits that were both a deleted company's and a kept person's (or the reverse): unlinked, not deleted. */
  unlinkObservationAccount: number[];
  unlinkObservationContact: number[];
  activities: number[];
  answers: number[];
  unlinkContacts: string[];
}

export const emptyRemoved = (): RemovedCounts => ({
  accounts: 0,
  contacts: 0,
  observations: 0,
  activities: 0,
  answers: 0,
  unlinkedContacts: 0,
});

const ids = <T extends { id?: number }>(rows: T[]) => rows.map((r) => r.id as number);

/**
 * What deleting these accounts and contacts takes with it. A company goes with its page visits, logged activities and
 * recorded answers; its people stay (each is a lead of its own, with their own work) and lose the link to it. A page
 * visit that was also a kept lead's is unlinked from the deleted one instead of deleted. Read-only.
 */
async function planDelete(
  db: IcpLensDb,
  accountIds: string[],
  contactIds: string[],
  deleting: Deleting,
): Promise<DeletePlan> {
  const [accounts, contacts, byAccount, byContact, activities, contactActivities, answers, linked] = await Promise.all([
    db.accounts.bulkGet(accountIds),
    db.contacts.bulkGet(contactIds),
    db.observations.where('accountId').anyOf(accountIds).toArray(),
    db.observations.where('contactId').anyOf(contactIds).toArray(),
    db.activities.where('accountId').anyOf(accountIds).toArray(),
    db.activities.where('contactId').anyOf(contactIds).toArray(),
    db.answers.where('accountId').anyOf(accountIds).toArray(),
    db.contacts.where('accountId').anyOf(accountIds).toArray(),
  ]);
  const plan: DeletePlan = {
    accounts: accounts.filter((a) => a !== undefined).map((a) => a.id),
    contacts: contacts.filter((c) => c !== undefined).map((c) => c.id),
    observations: [],
    unlinkObservationAccount: [],
    unlinkObservationContact: [],
    activities: [...ids(activities), ...ids(contactActivities)],
    answers: ids(answers),
    unlinkContacts: linked.filter((c) => !deleting.contacts.has(c.id)).map((c) => c.id),
  };
  const dropped = new Set<number>();
  for (const o of byAccount) {
    if (o.contactId && !deleting.contacts.has(o.contactId)) plan.unlinkObservationAccount.push(o.id as number);
    else dropped.add(o.id as number);
  }
  for (const o of byContact) {
    if (o.accountId && !deleting.accounts.has(o.accountId)) plan.unlinkObservationContact.push(o.id as number);
    else dropped.add(o.id as number);
  }
  plan.observations = [...dropped];
  return plan;
}

/** Counts of a plan, summed over batches by the caller. */
function countsOf(plan: DeletePlan): RemovedCounts {
  return {
    accounts: plan.accounts.length,
    contacts: plan.contacts.length,
    observations: plan.observations.length,
    activities: new Set(plan.activities).size,
    answers: plan.answers.length,
    unlinkedContacts: plan.unlinkContacts.length,
  };
}

export function addRemoved(total: RemovedCounts, more: RemovedCounts): RemovedCounts {
  for (const key of Object.keys(total) as (keyof RemovedCounts)[]) total[key] += more[key];
  return total;
}

/** What deleting one batch would remove, writing nothing (the delete confirmation's figures). */
export async function previewDeleteBatch(
  db: IcpLensDb,
  accountIds: string[],
  contactIds: string[],
  deleting: Deleting,
) {
  return countsOf(await planDelete(db, accountIds, contactIds, deleting));
}

/**
 * Deletes one batch with everything that goes with it; run inside the caller's read-write transaction over accounts,
 * contacts, observations, activities and answers, so a whole selection is deleted or nothing is.
 */
export async function deleteBatch(
  db: IcpLensDb,
  accountIds: string[],
  contactIds: string[],
  deleting: Deleting,
): Promise<RemovedCounts> {
  const plan = await planDelete(db, accountIds, contactIds, deleting);
  await db.observations.bulkDelete(plan.observations);
  await db.observations
    .where('id')
    .anyOf(plan.unlinkObservationAccount)
    .modify((o) => void delete o.accountId);
  await db.observations
    .where('id')
    .anyOf(plan.unlinkObservationContact)
    .modify((o) => void delete o.contactId);
  await db.activities.bulkDelete([...new Set(plan.activities)]);
  await db.answers.bulkDelete(plan.answers);
  await db.contacts
    .where('id')
    .anyOf(plan.unlinkContacts)
    .modify((c) => void delete c.accountId);
  await db.accounts.bulkDelete(plan.accounts);
  await db.contacts.bulkDelete(plan.contacts);
  return countsOf(plan);
}
