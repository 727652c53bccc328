import type { z } from 'zod';
import type { CrmPushRecord } from '../../db/db';
import type { AccountForPush } from '../gather';
import {
  type AccountPlan,
  logRows,
  type PushOutcome,
  planAccounts,
  type RecordPlan,
  sendSplitting,
  startOutcome,
} from '../plan';
import { associateContacts, BATCH, createObjects, type ObjectType, updateObjects } from './api';
import { HUBSPOT_RULES, toWrite } from './diff';
import { chunks, findExisting } from './find';
import { HubSpotError, type HubSpotTransport } from './http';
import { companyProperties, contactProperties, type Properties } from './mapping';
import { createMissingProperties, inspectProperties, type PropertyInspection } from './properties';
import type { batchObjectsSchema, StandardError } from './wire';

export type { AccountPlan, PushOutcome, RecordPlan };

export interface PushPlan {
  accounts: AccountPlan[];
  /** The first push creates ICP Lens's property group and this many properties. */
  createsProperties: number;
  inspection: PropertyInspection;
}

const READ = {
  companies: [
    'name',
    'domain',
    'website',
    'industry',
    'icp_lens_industry',
    'numberofemployees',
    'city',
    'state',
    'country',
    'founded_year',
    'linkedin_company_page',
    'lifecyclestage',
  ],
  contacts: ['firstname', 'lastname', 'email', 'jobtitle', 'company', 'lifecyclestage', 'icp_lens_profile'],
};

function readList(type: ObjectType, inspection: PropertyInspection): string[] {
  const own = ['icp_lens_fit', 'icp_lens_tier', 'icp_lens_best_case', 'icp_lens_confidence', 'icp_lens_icp_name'];
  const more = ['icp_lens_icp_version', 'icp_lens_matrix_cell', 'icp_lens_suggested_stage', 'icp_lens_chosen_stage'];
  const missing = new Set(inspection.missing[type].map((d) => d.name));
  return [...READ[type], ...own, ...more, 'icp_lens_explanation'].filter((p) => !missing.has(p));
}

/**
 * Reads what HubSpot holds for these accounts and says, field by field, what a push would do. Writes nothing: this is
 * the preview, and the first half of every push (run again just before writing, so the preview is never stale).
 */
export async function planPush(
  t: HubSpotTransport,
  accounts: readonly AccountForPush[],
  logs: ReadonlyMap<string, CrmPushRecord>,
  overwrite: boolean,
): Promise<PushPlan> {
  const inspection = await inspectProperties(t);
  const pushable = accounts.filter((a) => a.company.domain);
  const found = await findExisting(t, pushable, logs, {
    companies: readList('companies', inspection),
    contacts: readList('contacts', inspection),
  });
  const plans = planAccounts(accounts, logs, overwrite, {
    companies: found.companies,
    contacts: found.contacts,
    valuesOf: (record) => record.properties,
    companyRules: HUBSPOT_RULES,
    contactRules: HUBSPOT_RULES,
    companyFields: (c) => companyProperties(c, inspection.options.companies.get('industry')),
    contactFields: contactProperties,
    noDomain: 'its website is not known yet, and HubSpot companies are matched by domain',
  });
  const createsProperties = inspection.missing.companies.length + inspection.missing.contacts.length;
  return { accounts: plans, createsProperties, inspection };
}

interface Write {
  plan: RecordPlan;
  properties: Properties;
  who: string;
}

/** Which inputs of a batch a 207's errors name: by our trace id or by HubSpot id in the error's context. */
function namedBy(error: StandardError, writes: readonly Write[]): Write[] {
  const said = new Set(Object.values(error.context ?? {}).flat());
  return writes.filter((w) => said.has(w.plan.key) || (w.plan.crmId && said.has(w.plan.crmId)));
}

/**
 * Sends writes in batches; HubSpot refuses a whole batch (400) for one bad record, so a refused batch is split until
 * the bad record stands alone and is named with HubSpot's message, and the rest go through. A refused token stops all.
 */
type Written = z.infer<typeof batchObjectsSchema>['results'];

async function sendAll(
  writes: readonly Write[],
  request: (batch: readonly Write[]) => Promise<{ results: Written; errors?: StandardError[] } | undefined>,
  onResult: (batch: readonly Write[], results: Written) => void,
  failures: PushOutcome['failures'],
) {
  const send = async (batch: readonly Write[]) => {
    const reply = await request(batch);
    const failed = new Set<Write>();
    for (const error of reply?.errors ?? []) {
      const named = namedBy(error, batch);
      for (const w of named) {
        failed.add(w);
        failures.push({ who: w.who, message: `HubSpot refused it: ${error.message}` });
      }
      if (!named.length)
        failures.push({ who: `${batch.length} records`, message: `HubSpot refused some: ${error.message}` });
    }
    onResult(
      batch.filter((w) => !failed.has(w)),
      reply?.results ?? [],
    );
  };
  const fail = (batch: readonly Write[], error: unknown) => {
    if (!(error instanceof HubSpotError) || error.status === 401 || error.status === 403) throw error;
    for (const w of batch) failures.push({ who: w.who, message: error.message });
  };
  const splits = (error: unknown) => error instanceof HubSpotError && error.status === 400;
  for (const batch of chunks(writes, BATCH.objects)) await sendSplitting(batch, send, splits, fail);
}

/**
 * Carries out a plan: ICP Lens's properties first (the first push), then companies (created or updated), then people
 * (created or updated, only where their company is in HubSpot), then each person's association with the company.
 * Records that need no change are not sent. Returns the outcome and one push log row per account.
 */
export async function applyPush(t: HubSpotTransport, plan: PushPlan, now: number): Promise<PushOutcome> {
  await createMissingProperties(t, plan.inspection);
  const { outcome, accounts } = startOutcome(plan.accounts);
  const companyIds = new Map<string, string>();
  const contactIds = new Map<string, string>();
  const done = new Set<RecordPlan>();

  const companyWrites = accounts.map((a) => ({ plan: a.company, properties: toWrite(a.company.fields), who: a.name }));
  for (const w of companyWrites) {
    if (w.plan.crmId) companyIds.set(w.plan.key, w.plan.crmId);
    if (w.plan.crmId && !Object.keys(w.properties).length) done.add(w.plan);
  }
  await sendAll(
    companyWrites.filter((w) => !w.plan.crmId),
    (batch) =>
      createObjects(
        t,
        'companies',
        batch.map((w) => ({ properties: w.properties, traceId: w.plan.key })),
      ),
    (batch, results) => {
      for (const w of batch) {
        const result =
          results.find((r) => r.objectWriteTraceId === w.plan.key) ??
          results.find((r) => r.properties.domain === w.properties.domain);
        if (!result) continue;
        companyIds.set(w.plan.key, result.id);
        done.add(w.plan);
        outcome.companies.created++;
      }
    },
    outcome.failures,
  );
  await sendAll(
    companyWrites.filter((w) => w.plan.crmId && Object.keys(w.properties).length),
    (batch) =>
      updateObjects(
        t,
        'companies',
        batch.map((w) => ({ id: w.plan.crmId as string, properties: w.properties, traceId: w.plan.key })),
      ),
    (batch) => {
      for (const w of batch) done.add(w.plan);
      outcome.companies.updated += batch.length;
    },
    outcome.failures,
  );

  const people = accounts.flatMap((a) =>
    a.contacts.map((c) => ({
      account: a,
      write: { plan: c, properties: toWrite(c.fields), who: `${c.label} (${a.name})` },
    })),
  );
  const placed = people.filter((p) => companyIds.has(p.account.accountId));
  for (const p of people) {
    if (!placed.includes(p)) outcome.skipped.push({ who: p.write.who, reason: 'their company is not in HubSpot' });
  }
  for (const { write } of placed) {
    if (write.plan.crmId) contactIds.set(write.plan.key, write.plan.crmId);
    if (write.plan.crmId && !Object.keys(write.properties).length) done.add(write.plan);
  }
  await sendAll(
    placed.filter((p) => !p.write.plan.crmId).map((p) => p.write),
    (batch) =>
      createObjects(
        t,
        'contacts',
        batch.map((w) => ({ properties: w.properties })),
      ),
    (batch, results) => {
      // Contacts' batch create has no trace id: the profile ICP Lens writes on each tells them apart.
      for (const w of batch) {
        const result = results.find((r) => r.properties.icp_lens_profile === w.plan.key);
        if (!result) continue;
        contactIds.set(w.plan.key, result.id);
        done.add(w.plan);
        outcome.contacts.created++;
      }
    },
    outcome.failures,
  );
  await sendAll(
    placed.filter((p) => p.write.plan.crmId && Object.keys(p.write.properties).length).map((p) => p.write),
    (batch) =>
      updateObjects(
        t,
        'contacts',
        batch.map((w) => ({ id: w.plan.crmId as string, properties: w.properties })),
      ),
    (batch) => {
      for (const w of batch) done.add(w.plan);
      outcome.contacts.updated += batch.length;
    },
    outcome.failures,
  );

  const pairs = placed
    .filter((p) => contactIds.has(p.write.plan.key))
    .map((p) => ({
      contactId: contactIds.get(p.write.plan.key) as string,
      companyId: companyIds.get(p.account.accountId) as string,
    }));
  for (const batch of chunks(pairs, BATCH.objects)) {
    try {
      await associateContacts(t, batch);
    } catch (error) {
      if (!(error instanceof HubSpotError) || error.status === 401 || error.status === 403) throw error;
      outcome.failures.push({
        who: `${batch.length} people`,
        message: `not linked to their company: ${error.message}`,
      });
    }
  }

  outcome.log = logRows('hubspot', accounts, { done, companyIds, contactIds }, outcome.failures, now);
  outcome.fields = outcome.log.reduce((sum, row) => sum + row.fields, 0);
  return outcome;
}
