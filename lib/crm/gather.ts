import type { AccountRecord, IcpLensDb } from '../db/db';
import { getActiveIcp } from '../db/icps';
import { elementsOf } from '../questions/banks';
import type { ScoreResult } from '../scoring/types';
import { getSettings } from '../settings/settings';
import { loadLeadWork } from '../workflow/lead-view';
import type { CompanyInput, ContactInput } from './hubspot/mapping';

/** One account as a push needs it: the company, its people, each with score and stage as the panel shows them. */
export interface AccountForPush {
  company: CompanyInput;
  contacts: ContactInput[];
}

/**
 * Reads the accounts to push and their people from the database, with the status the panel and the leads list show
 * (lib/workflow/lead-status.ts), so HubSpot gets the same tier, matrix cell and stage. Unknown ids are left out.
 */
export async function gatherAccounts(db: IcpLensDb, accountIds: readonly string[], now: number) {
  const icp = await getActiveIcp(db, now);
  const elements = elementsOf((await getSettings(db)).framework);
  const icps = new Map((await db.icps.toArray()).map((i) => [i.id, i]));
  const icpOf = (score?: ScoreResult) => {
    const used = score ? icps.get(score.icpId) : undefined;
    return { name: used?.name ?? icp.name, version: score?.icpVersion ?? icp.version };
  };
  const accounts = (await db.accounts.bulkGet([...accountIds])).filter((a): a is AccountRecord => !!a);
  const out: AccountForPush[] = [];
  for (const account of accounts) {
    const work = await loadLeadWork(db, { kind: 'account', id: account.id }, account, { icp, elements, now });
    const people = await db.contacts.where('accountId').equals(account.id).toArray();
    const contacts: ContactInput[] = [];
    for (const person of people) {
      const personWork = await loadLeadWork(db, { kind: 'contact', id: person.id }, person, {
        icp,
        elements,
        now,
        answersAccountId: account.id,
        employer: account,
      });
      contacts.push({
        contactId: person.id,
        name: person.name,
        signals: person.signals,
        employerName: account.name,
        score: person.score,
        status: personWork.status,
        icp: icpOf(person.score),
      });
    }
    out.push({
      company: {
        accountId: account.id,
        domain: account.domain,
        name: account.name,
        signals: account.signals,
        score: account.score,
        status: work.status,
        icp: icpOf(account.score),
      },
      contacts,
    });
  }
  return out;
}
