import type { CrmPushRecord } from '../db/db';
import { type FieldChange, heldAsOurs, writtenCount } from './diff';

/** One record's part of a push: who it is in words, its id in the CRM when it exists, and each field's fate. */
export interface RecordPlan {
  key: string;
  label: string;
  crmId?: string;
  fields: FieldChange[];
}

export interface AccountPlan {
  accountId: string;
  name: string;
  /** Why the account cannot be pushed, in words; its people are left out with it. */
  skipped?: string;
  company: RecordPlan;
  contacts: RecordPlan[];
}

export interface PushOutcome {
  companies: { created: number; updated: number };
  contacts: { created: number; updated: number };
  /** Fields written, new or changed. */
  fields: number;
  /** Each failed record in words, with the CRM's own message. */
  failures: { who: string; message: string }[];
  skipped: { who: string; reason: string }[];
  log: CrmPushRecord[];
}

/** What a push achieved, record by record: which were written, and the CRM's ids of accounts and people. */
export interface Written {
  done: ReadonlySet<RecordPlan>;
  companyIds: ReadonlyMap<string, string>;
  contactIds: ReadonlyMap<string, string>;
}

/**
 * One push log row per account: the fields written, the CRM's ids, the values the CRM now holds as ICP Lens's (only
 * for records actually written) and the failures that name the account or one of its people.
 */
export function logRows(
  crm: CrmPushRecord['crm'],
  accounts: readonly AccountPlan[],
  written: Written,
  failures: PushOutcome['failures'],
  now: number,
): CrmPushRecord[] {
  return accounts.map((a) => {
    const count = (r: RecordPlan) => (written.done.has(r) ? writtenCount(r.fields) : 0);
    const fields = count(a.company) + a.contacts.reduce((sum, c) => sum + count(c), 0);
    const contacts: CrmPushRecord['contacts'] = {};
    for (const c of a.contacts) {
      const crmId = written.contactIds.get(c.key);
      if (crmId && written.done.has(c)) contacts[c.key] = { crmId, values: heldAsOurs(c.fields) };
    }
    return {
      accountId: a.accountId,
      crm,
      at: now,
      fields,
      companyId: written.companyIds.get(a.accountId),
      company: written.done.has(a.company) ? heldAsOurs(a.company.fields) : {},
      contacts,
      failures: failures
        .filter((f) => f.who === a.name || f.who.endsWith(`(${a.name})`))
        .map((f) => `${f.who}: ${f.message}`),
    };
  });
}
