import type { CrmPushRecord } from '../../db/db';
import { type FieldRules, toWrite } from '../diff';
import type { AccountForPush } from '../gather';
import { chunks } from '../match';
import {
  type AccountPlan,
  logRows,
  type PushOutcome,
  planAccounts,
  type RecordPlan,
  sendSplitting,
  startOutcome,
} from '../plan';
import { BATCH, createRecords, type TwentyObject, updateRecord } from './api';
import { createMissingFields, inspectWorkspace, missingCount, OWN_FIELDS, type Workspace } from './fields';
import { findExisting } from './find';
import { TwentyError, type TwentyTransport } from './http';
import { companyFields, fieldLabel, fitToWorkspace, personFields, toBody } from './mapping';
import type { TwentyRecord } from './wire';

export interface PushPlan {
  accounts: AccountPlan[];
  /** ICP Lens fields the push creates first (0 once they exist). */
  createsProperties: number;
  notes: string[];
  workspace: Workspace;
  /** What Twenty holds of each record found, to write a composite field whole. */
  held: Map<string, TwentyRecord['values']>;
}

const rulesFor = (object: TwentyObject, ws: Workspace): FieldRules => ({
  label: (path) => fieldLabel(object, ws, path),
  own: (path) => OWN_FIELDS.has(path),
});

/**
 * Reads what Twenty holds for these accounts and says, field by field, what a push would do. Writes nothing: this is
 * the preview, and the first half of every push (run again just before writing, so the preview is never stale).
 */
export async function planPush(
  t: TwentyTransport,
  accounts: readonly AccountForPush[],
  logs: ReadonlyMap<string, CrmPushRecord>,
  overwrite: boolean,
): Promise<PushPlan> {
  const ws = await inspectWorkspace(t);
  const found = await findExisting(
    t,
    accounts.filter((a) => a.company.domain),
    logs,
    { domainField: ws.fields.companies.has('icpLensDomain'), profileField: ws.fields.people.has('icpLensProfile') },
  );
  const held = new Map<string, TwentyRecord['values']>();
  for (const [key, r] of [...found.companies, ...found.people]) held.set(key, r.values);
  const plans = planAccounts(accounts, logs, overwrite, {
    companies: found.companies,
    contacts: found.people,
    valuesOf: (record) => record.values,
    companyRules: rulesFor('companies', ws),
    contactRules: rulesFor('people', ws),
    companyFields: (c) => fitToWorkspace(companyFields(c), 'companies', ws),
    contactFields: (c) => fitToWorkspace(personFields(c), 'people', ws),
    noDomain: 'its website is not known yet, and Twenty companies are matched by domain',
  });
  return { accounts: plans, createsProperties: missingCount(ws), notes: [], workspace: ws, held };
}

interface Write {
  plan: RecordPlan;
  body: Record<string, unknown>;
  who: string;
}

/**
 * Creates records 60 at a time. Twenty refuses a whole batch (400) for one bad record, so a refused batch is split
 * until the bad record stands alone and is named with Twenty's message, and the rest go through. A refused key stops
 * the push.
 */
async function createAll(
  t: TwentyTransport,
  object: TwentyObject,
  writes: readonly Write[],
  onSaved: (w: Write, id: string) => void,
  failures: PushOutcome['failures'],
) {
  const send = async (batch: readonly Write[]) => {
    const made = await createRecords(
      t,
      object,
      batch.map((w) => w.body),
    );
    batch.forEach((w, i) => {
      const id = made[i]?.id;
      if (id) onSaved(w, id);
      else failures.push({ who: w.who, message: 'Twenty gave no record back for it' });
    });
  };
  const fail = (batch: readonly Write[], error: unknown) => {
    if (!(error instanceof TwentyError) || error.status === 401 || error.status === 403) throw error;
    for (const w of batch) failures.push({ who: w.who, message: error.message });
  };
  const splits = (error: unknown) => error instanceof TwentyError && error.status === 400;
  for (const batch of chunks(writes, BATCH.records)) await sendSplitting(batch, send, splits, fail);
}

/** Updates records one by one (Twenty's REST has no batch update of different values); a refusal names its record. */
async function updateAll(
  t: TwentyTransport,
  object: TwentyObject,
  writes: readonly Write[],
  onSaved: (w: Write, id: string) => void,
  failures: PushOutcome['failures'],
) {
  for (const w of writes) {
    try {
      onSaved(w, (await updateRecord(t, object, w.plan.crmId as string, w.body)).id);
    } catch (error) {
      if (!(error instanceof TwentyError) || error.status === 401 || error.status === 403) throw error;
      failures.push({ who: w.who, message: error.message });
    }
  }
}

/**
 * Carries out a plan: ICP Lens's fields first (the first push), then companies (created or updated), then people
 * (created on their company, or updated), only what changes. Returns the outcome and one push log row per account.
 */
export async function applyPush(t: TwentyTransport, plan: PushPlan, now: number): Promise<PushOutcome> {
  const ws = plan.workspace;
  const refused = await createMissingFields(t, ws);
  const { outcome, accounts } = startOutcome(
    plan.accounts,
    refused.map((message) => ({ who: 'ICP Lens fields', message })),
  );
  const companyIds = new Map<string, string>();
  const contactIds = new Map<string, string>();
  const done = new Set<RecordPlan>();
  const write = (object: TwentyObject, p: RecordPlan, who: string, extra: Record<string, string> = {}): Write => {
    // A field Twenty refused to create is left out; every other value goes as planned.
    const values = fitToWorkspace(toWrite(p.fields), object, ws, false);
    return { plan: p, body: { ...toBody(values, object, ws, plan.held.get(p.key)), ...extra }, who };
  };
  const saved =
    (kind: 'companies' | 'contacts', ids: Map<string, string>, created: boolean) => (w: Write, id: string) => {
      ids.set(w.plan.key, id);
      done.add(w.plan);
      outcome[kind][created ? 'created' : 'updated']++;
    };
  const sorted = (writes: Write[]) => {
    const changes = writes.filter((w) => w.plan.crmId && Object.keys(w.body).length);
    for (const w of writes) if (w.plan.crmId && !Object.keys(w.body).length) done.add(w.plan);
    return { creates: writes.filter((w) => !w.plan.crmId), changes };
  };

  const companies = sorted(accounts.map((a) => write('companies', a.company, a.name)));
  for (const a of accounts) if (a.company.crmId) companyIds.set(a.accountId, a.company.crmId);
  await createAll(t, 'companies', companies.creates, saved('companies', companyIds, true), outcome.failures);
  await updateAll(t, 'companies', companies.changes, saved('companies', companyIds, false), outcome.failures);

  const placed: Write[] = [];
  for (const a of accounts) {
    for (const c of a.contacts) {
      const who = `${c.label} (${a.name})`;
      const companyId = companyIds.get(a.accountId);
      if (!companyId) outcome.skipped.push({ who, reason: 'their company is not in Twenty' });
      // A new person belongs to their company; a person found elsewhere keeps the company a person gave them.
      else placed.push(write('people', c, who, c.crmId ? {} : { companyId }));
    }
  }
  for (const w of placed) if (w.plan.crmId) contactIds.set(w.plan.key, w.plan.crmId);
  const people = sorted(placed);
  await createAll(t, 'people', people.creates, saved('contacts', contactIds, true), outcome.failures);
  await updateAll(t, 'people', people.changes, saved('contacts', contactIds, false), outcome.failures);

  outcome.log = logRows('twenty', accounts, { done, companyIds, contactIds }, outcome.failures, now);
  outcome.fields = outcome.log.reduce((sum, row) => sum + row.fields, 0);
  return outcome;
}
