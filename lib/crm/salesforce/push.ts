import type { CrmPushRecord } from '../../db/db';
import { type FieldRules, toWrite } from '../diff';
import type { AccountForPush } from '../gather';
import { chunks } from '../match';
import { type AccountPlan, logRows, type PushOutcome, planAccounts, type RecordPlan, startOutcome } from '../plan';
import { BATCH, createRecords, type NewRecord, type SObject, updateRecords } from './api';
import { inspectFields, missingNotes, type OrgFields, OWN_FIELDS } from './fields';
import { findExisting } from './find';
import { SalesforceError, type SalesforceTransport } from './http';
import { accountFields, contactFields, fieldLabel, fitToOrg, typed } from './mapping';
import type { SaveResult } from './wire';

export interface PushPlan {
  accounts: AccountPlan[];
  /** What the push leaves out, in words (ICP Lens fields the org lacks). */
  notes: string[];
  org: OrgFields;
}

/** Every field ICP Lens may write on the object, whatever the lead: what a push reads back to compare. */
const UNIVERSE: Record<SObject, string[]> = {
  Account: [
    'Name',
    'Website',
    'Industry',
    'NumberOfEmployees',
    'BillingCity',
    'BillingState',
    'BillingCountry',
    'YearStarted',
    'Type',
  ],
  Contact: ['FirstName', 'LastName', 'Email', 'Title', 'AccountId'],
};

const readList = (sobject: SObject, org: OrgFields) =>
  [...UNIVERSE[sobject], ...[...OWN_FIELDS]].filter((name) => org.fields[sobject].has(name));

const rulesFor = (sobject: SObject, org: OrgFields): FieldRules => ({
  label: (name) => fieldLabel(sobject, org.fields[sobject], name),
  own: (name) => OWN_FIELDS.has(name),
});

/**
 * Reads what Salesforce holds for these accounts and says, field by field, what a push would do. Writes nothing: this
 * is the preview, and the first half of every push (run again just before writing, so the preview is never stale).
 */
export async function planPush(
  t: SalesforceTransport,
  accounts: readonly AccountForPush[],
  logs: ReadonlyMap<string, CrmPushRecord>,
  overwrite: boolean,
): Promise<PushPlan> {
  const org = await inspectFields(t);
  const pushable = accounts.filter((a) => a.company.domain);
  const found = await findExisting(t, pushable, logs, {
    Account: readList('Account', org),
    Contact: readList('Contact', org),
  });
  const plans = planAccounts(accounts, logs, overwrite, {
    companies: found.accounts,
    contacts: found.contacts,
    valuesOf: (record) => record.values,
    companyRules: rulesFor('Account', org),
    contactRules: rulesFor('Contact', org),
    companyFields: (c) => fitToOrg(accountFields(c), org.fields.Account),
    contactFields: (c) => fitToOrg(contactFields(c), org.fields.Contact),
    noDomain: 'its website is not known yet, and Salesforce accounts are matched by domain',
  });
  return { accounts: plans, notes: missingNotes(org), org };
}

interface Write {
  plan: RecordPlan;
  record: NewRecord;
  who: string;
}

/** Salesforce's own words for a refused record: "Salesforce refused it: Account Name: required field missing". */
function refusedWords(result: SaveResult): string {
  const said = [...new Set(result.errors.map((e) => e.message))].join('; ');
  return `Salesforce refused it: ${said || 'no reason given'}`;
}

/**
 * Sends writes 200 at a time with `allOrNone: false`: Salesforce answers per record, so a refused record is named with
 * its message and the rest are written. A request refused as a whole (a limit still reached after the retries, a
 * server error) fails its records with that message; a refused token stops the push.
 */
async function sendAll(
  writes: readonly Write[],
  send: (batch: readonly Write[]) => Promise<SaveResult[]>,
  onSaved: (write: Write, id: string) => void,
  failures: PushOutcome['failures'],
) {
  for (const batch of chunks(writes, BATCH.collection)) {
    let results: SaveResult[];
    try {
      results = await send(batch);
    } catch (error) {
      if (!(error instanceof SalesforceError) || error.status === 401) throw error;
      for (const w of batch) failures.push({ who: w.who, message: error.message });
      continue;
    }
    batch.forEach((w, i) => {
      const result = results[i];
      if (result?.success && (result.id || w.plan.crmId)) onSaved(w, result.id ?? (w.plan.crmId as string));
      else failures.push({ who: w.who, message: result ? refusedWords(result) : 'Salesforce gave no result for it' });
    });
  }
}

const hasWrites = (w: Write) => Object.keys(w.record.fields).length > 0;

/**
 * Carries out a plan: accounts (created or updated), then people (created with their account, or updated), only what
 * changes. Returns the outcome and one push log row per account.
 */
export async function applyPush(t: SalesforceTransport, plan: PushPlan, now: number): Promise<PushOutcome> {
  const { outcome, accounts } = startOutcome(plan.accounts);
  const companyIds = new Map<string, string>();
  const contactIds = new Map<string, string>();
  const done = new Set<RecordPlan>();

  const accountWrites: Write[] = accounts.map((a) => ({
    plan: a.company,
    record: { type: 'Account', fields: typed(toWrite(a.company.fields), plan.org.fields.Account) },
    who: a.name,
  }));
  for (const w of accountWrites) {
    if (w.plan.crmId) companyIds.set(w.plan.key, w.plan.crmId);
    if (w.plan.crmId && !hasWrites(w)) done.add(w.plan);
  }
  const saved =
    (kind: 'companies' | 'contacts', ids: Map<string, string>, created: boolean) => (w: Write, id: string) => {
      ids.set(w.plan.key, id);
      done.add(w.plan);
      outcome[kind][created ? 'created' : 'updated']++;
    };
  await sendAll(
    accountWrites.filter((w) => !w.plan.crmId),
    (batch) =>
      createRecords(
        t,
        batch.map((w) => w.record),
      ),
    saved('companies', companyIds, true),
    outcome.failures,
  );
  await sendAll(
    accountWrites.filter((w) => w.plan.crmId && hasWrites(w)),
    (batch) =>
      updateRecords(
        t,
        batch.map((w) => ({ ...w.record, id: w.plan.crmId as string })),
      ),
    saved('companies', companyIds, false),
    outcome.failures,
  );

  const people = accounts.flatMap((a) =>
    a.contacts.map((c) => ({
      account: a,
      write: {
        plan: c,
        record: { type: 'Contact' as const, fields: typed(toWrite(c.fields), plan.org.fields.Contact) },
        who: `${c.label} (${a.name})`,
      },
    })),
  );
  const placed = people.filter((p) => companyIds.has(p.account.accountId));
  for (const p of people) {
    if (!placed.includes(p)) outcome.skipped.push({ who: p.write.who, reason: 'their account is not in Salesforce' });
  }
  for (const { write } of placed) {
    if (write.plan.crmId) contactIds.set(write.plan.key, write.plan.crmId);
    if (write.plan.crmId && !hasWrites(write)) done.add(write.plan);
  }
  await sendAll(
    placed
      .filter((p) => !p.write.plan.crmId)
      .map((p) => ({
        ...p.write,
        // A new person belongs to their account; a person found elsewhere keeps the account a person gave them.
        record: {
          ...p.write.record,
          fields: { ...p.write.record.fields, AccountId: companyIds.get(p.account.accountId) as string },
        },
      })),
    (batch) =>
      createRecords(
        t,
        batch.map((w) => w.record),
      ),
    saved('contacts', contactIds, true),
    outcome.failures,
  );
  await sendAll(
    placed.map((p) => p.write).filter((w) => w.plan.crmId && hasWrites(w)),
    (batch) =>
      updateRecords(
        t,
        batch.map((w) => ({ ...w.record, id: w.plan.crmId as string })),
      ),
    saved('contacts', contactIds, false),
    outcome.failures,
  );

  outcome.log = logRows('salesforce', accounts, { done, companyIds, contactIds }, outcome.failures, now);
  outcome.fields = outcome.log.reduce((sum, row) => sum + row.fields, 0);
  return outcome;
}
