import { DATA } from './hosts';
import { callSalesforce, type SalesforceTransport } from './http';
import { asRecord, describeSchema, queryResultSchema, type SalesforceRecord, saveResultsSchema } from './wire';

/**
 * Every REST request the Salesforce client makes, one function each (test/unit/crm/salesforce-contract.test.ts sends
 * each to a local Salesforce that checks it against the shapes in test/contracts/salesforce). Sizes are Salesforce's
 * limits: sObject Collections take 200 records a request.
 */
export const BATCH = { collection: 200, ids: 100, domains: 50 } as const;
export type SObject = 'Account' | 'Contact';

/** The object's fields as this org has them: which exist, may be written, their labels, lengths and picklists. */
export function describe(t: SalesforceTransport, sobject: SObject) {
  return callSalesforce(
    t,
    { method: 'GET', path: `${DATA}/sobjects/${sobject}/describe`, idempotent: true },
    describeSchema,
  );
}

/** Every record a SOQL query returns, page after page (bounded, so a runaway cursor stops). */
export async function query(t: SalesforceTransport, soql: string): Promise<SalesforceRecord[]> {
  const out: SalesforceRecord[] = [];
  let reply = await callSalesforce(
    t,
    { method: 'GET', path: `${DATA}/query`, query: { q: soql }, idempotent: true },
    queryResultSchema,
  );
  out.push(...reply.records.map(asRecord));
  for (let page = 0; !reply.done && reply.nextRecordsUrl && page < 20; page++) {
    reply = await callSalesforce(t, { method: 'GET', path: reply.nextRecordsUrl, idempotent: true }, queryResultSchema);
    out.push(...reply.records.map(asRecord));
  }
  return out;
}

export interface NewRecord {
  type: SObject;
  fields: Record<string, string | number>;
}

/**
 * Creates up to 200 records; `allOrNone: false`, so one refused record does not stop the others. The results come
 * back in the order sent.
 */
export function createRecords(t: SalesforceTransport, records: readonly NewRecord[]) {
  return callSalesforce(
    t,
    {
      method: 'POST',
      path: `${DATA}/composite/sobjects`,
      body: { allOrNone: false, records: records.map((r) => ({ attributes: { type: r.type }, ...r.fields })) },
      idempotent: false,
    },
    saveResultsSchema,
  );
}

/** Updates up to 200 records by id; repeating an update is harmless. */
export function updateRecords(t: SalesforceTransport, records: readonly (NewRecord & { id: string })[]) {
  return callSalesforce(
    t,
    {
      method: 'PATCH',
      path: `${DATA}/composite/sobjects`,
      body: {
        allOrNone: false,
        records: records.map((r) => ({ attributes: { type: r.type }, id: r.id, ...r.fields })),
      },
      idempotent: true,
    },
    saveResultsSchema,
  );
}
