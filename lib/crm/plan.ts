import type { CrmPushRecord } from '../db/db';
import { type FieldChange, type FieldRules, heldAsOurs, type Properties, planFieldsWith, writtenCount } from './diff';
import type { AccountForPush } from './gather';
import type { CompanyInput, ContactInput } from './input';

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

/** What one CRM gives the shared planner: its records found, its field rules and mapping, and why it needs a domain. */
export interface PlanSide<R extends { id: string }> {
  companies: ReadonlyMap<string, R>;
  contacts: ReadonlyMap<string, R>;
  /** A found record's current values, as the CRM names its fields. */
  valuesOf(record: R): Record<string, string | null>;
  companyRules: FieldRules;
  contactRules: FieldRules;
  companyFields(input: CompanyInput): Properties;
  contactFields(input: ContactInput): Properties;
  /** Why an account without a known domain is left out ("… Twenty companies are matched by domain"). */
  noDomain: string;
}

/**
 * Every account's plan, field by field, against what the CRM holds (`found`) and what ICP Lens pushed there last time
 * (the CRM's push log): the same for every CRM once its records are found.
 */
export function planAccounts<R extends { id: string }>(
  accounts: readonly AccountForPush[],
  logs: ReadonlyMap<string, CrmPushRecord>,
  overwrite: boolean,
  side: PlanSide<R>,
): AccountPlan[] {
  return accounts.map((a): AccountPlan => {
    const { company } = a;
    const name = company.name ?? company.domain ?? 'this account';
    const log = logs.get(company.accountId);
    const existing = side.companies.get(company.accountId);
    const plan: AccountPlan = {
      accountId: company.accountId,
      name,
      company: {
        key: company.accountId,
        label: name,
        crmId: existing?.id,
        fields: planFieldsWith(
          side.companyRules,
          side.companyFields(company),
          existing && side.valuesOf(existing),
          log?.company,
          overwrite,
        ),
      },
      contacts: a.contacts.map((c) => {
        const record = side.contacts.get(c.contactId);
        return {
          key: c.contactId,
          label: c.name ?? c.signals.name?.value ?? 'a person',
          crmId: record?.id,
          fields: planFieldsWith(
            side.contactRules,
            side.contactFields(c),
            record && side.valuesOf(record),
            log?.contacts[c.contactId]?.values,
            overwrite,
          ),
        };
      }),
    };
    if (!company.domain) plan.skipped = side.noDomain;
    return plan;
  });
}

/**
 * Sends one batch; when the CRM refuses it whole for one bad record (`splits`), it is split in halves until the bad
 * record stands alone (named by `fail`), and the others go through. Any other error is `fail`ed for the whole batch or
 * rethrown by it.
 */
export async function sendSplitting<W>(
  batch: readonly W[],
  send: (batch: readonly W[]) => Promise<void>,
  splits: (error: unknown) => boolean,
  fail: (batch: readonly W[], error: unknown) => void,
): Promise<void> {
  try {
    await send(batch);
  } catch (error) {
    if (splits(error) && batch.length > 1) {
      const half = Math.ceil(batch.length / 2);
      await sendSplitting(batch.slice(0, half), send, splits, fail);
      await sendSplitting(batch.slice(half), send, splits, fail);
      return;
    }
    fail(batch, error);
  }
}

/** An empty outcome, and the accounts a push writes: those left out are counted as skipped, with their reason. */
export function startOutcome(plans: readonly AccountPlan[], failures: PushOutcome['failures'] = []) {
  const outcome: PushOutcome = {
    companies: { created: 0, updated: 0 },
    contacts: { created: 0, updated: 0 },
    fields: 0,
    failures,
    skipped: [],
    log: [],
  };
  const accounts = plans.filter((a) => {
    if (a.skipped) outcome.skipped.push({ who: a.name, reason: a.skipped });
    return !a.skipped;
  });
  return { outcome, accounts };
}
