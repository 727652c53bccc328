import type { IcpLensDb } from '../db/db';
import { getActiveIcp } from '../db/icps';
import type { LeadDetail, LeadPerson } from '../messaging/views';
import { bankFor, elementsOf } from '../questions/banks';
import { getSettings } from '../settings/settings';
import { activityTypesFor } from '../workflow/activity-types';
import { loadLeadWork } from '../workflow/lead-view';
import type { Target } from '../workflow/limits';

/** People listed under a company in its detail: enough to recognise and open them. */
const PEOPLE_SHOWN = 200;

/**
 * One lead as the leads page's detail view shows it: the record (facts with their evidence, score with breakdown and
 * unknowns), the user's work on it (answers, activities, stage) computed as the side panel does, the company's people
 * or the person's employer. A lead deleted meanwhile is refused with a clear error.
 */
export async function loadLeadDetail(db: IcpLensDb, target: Target, now: number): Promise<LeadDetail> {
  const [icp, { framework }] = await Promise.all([getActiveIcp(db, now), getSettings(db)]);
  const input = { icp, elements: elementsOf(framework), now };
  const bank = bankFor(framework);
  const common = {
    icp: { id: icp.id, name: icp.name },
    framework: { id: framework, name: bank.name, elements: [...bank.elements] },
    activityTypes: activityTypesFor(icp),
  };
  if (target.kind === 'account') {
    const account = await db.accounts.get(target.id);
    if (!account) throw new Error('This company is no longer saved: it was deleted.');
    const [work, people] = await Promise.all([
      loadLeadWork(db, target, account, input),
      db.contacts.where('accountId').equals(account.id).toArray(),
    ]);
    return { ...common, kind: 'account', account, work, people: people.slice(0, PEOPLE_SHOWN).map(personOf) };
  }
  const contact = await db.contacts.get(target.id);
  if (!contact) throw new Error('This person is no longer saved: they were deleted.');
  const employer = contact.accountId ? await db.accounts.get(contact.accountId) : undefined;
  const work = await loadLeadWork(db, target, contact, { ...input, answersAccountId: employer?.id, employer });
  return { ...common, kind: 'contact', contact, employer, work, people: [] };
}

function personOf(contact: {
  id: string;
  name?: string;
  signals: { title?: { value: string } };
  stage?: string;
}): LeadPerson {
  return {
    id: contact.id,
    name: contact.name ?? contact.id,
    title: contact.signals.title?.value,
    stage: contact.stage,
  };
}
