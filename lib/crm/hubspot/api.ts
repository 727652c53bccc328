import { callHubSpot, type HubSpotTransport } from './http';
import {
  associateSchema,
  associationsReadSchema,
  batchObjectsSchema,
  type HubSpotObject,
  pageSchema,
  propertiesBatchSchema,
  propertyGroupSchema,
  searchSchema,
} from './wire';

/**
 * Every request the HubSpot client makes, one function each (test/unit/crm/contract.test.ts sends each to a server
 * that checks it against HubSpot's OpenAPI documents). Batch sizes are the APIs' own limits.
 */
export const BATCH = { objects: 100, search: 100, associations: 1_000 } as const;
export type ObjectType = 'companies' | 'contacts';

const PROPERTIES = '/crm/properties/2026-09';

/** Checks the token and the read scope of both object types: one record of each, or none. */
export async function checkAccess(t: HubSpotTransport): Promise<void> {
  for (const type of ['companies', 'contacts'] as const) {
    await callHubSpot(
      t,
      { method: 'GET', path: `/crm/v3/objects/${type}`, query: { limit: '1', archived: 'false' }, idempotent: true },
      pageSchema,
    );
  }
}

export async function readGroup(t: HubSpotTransport, type: ObjectType, name: string) {
  return callHubSpot(
    t,
    { method: 'GET', path: `${PROPERTIES}/${type}/groups/${encodeURIComponent(name)}`, idempotent: true },
    propertyGroupSchema,
    true,
  );
}

export async function createGroup(t: HubSpotTransport, type: ObjectType, group: { name: string; label: string }) {
  return callHubSpot(
    t,
    { method: 'POST', path: `${PROPERTIES}/${type}/groups`, body: { ...group, displayOrder: -1 }, idempotent: false },
    propertyGroupSchema,
  );
}

/**
 * Which of these properties exist, with the options of a dropdown (what HubSpot accepts in it); the missing ones come
 * back as errors, not as a failure.
 */
export async function readProperties(t: HubSpotTransport, type: ObjectType, names: readonly string[]) {
  const reply = await callHubSpot(
    t,
    {
      method: 'POST',
      path: `${PROPERTIES}/${type}/batch/read`,
      body: { archived: false, dataSensitivity: 'non_sensitive', inputs: names.map((name) => ({ name })) },
      idempotent: true,
    },
    propertiesBatchSchema,
  );
  const found = new Map<string, string[] | undefined>();
  for (const p of reply?.results ?? [])
    found.set(
      p.name,
      p.options?.filter((o) => !o.hidden).map((o) => o.value),
    );
  return found;
}

export interface PropertyDefinition {
  name: string;
  label: string;
  description: string;
  type: 'string' | 'number' | 'enumeration';
  fieldType: 'text' | 'textarea' | 'number' | 'select';
  options?: { label: string; value: string; displayOrder: number; hidden: boolean }[];
}

export async function createProperties(
  t: HubSpotTransport,
  type: ObjectType,
  groupName: string,
  definitions: readonly PropertyDefinition[],
) {
  return callHubSpot(
    t,
    {
      method: 'POST',
      path: `${PROPERTIES}/${type}/batch/create`,
      body: { inputs: definitions.map((d) => ({ ...d, groupName, formField: false })) },
      idempotent: false,
    },
    propertiesBatchSchema,
  );
}

/** Companies whose domain is one of `domains` (at most BATCH.search), with the given properties. */
export async function searchCompaniesByDomain(
  t: HubSpotTransport,
  domains: readonly string[],
  properties: readonly string[],
): Promise<HubSpotObject[]> {
  const found: HubSpotObject[] = [];
  let after = '0';
  // A domain may be on several companies: every page is read (200 a page), bounded so a runaway cursor stops.
  for (let page = 0; page < 20; page++) {
    const reply = await callHubSpot(
      t,
      {
        method: 'POST',
        path: '/crm/v3/objects/companies/search',
        body: {
          filterGroups: [{ filters: [{ propertyName: 'domain', operator: 'IN', values: [...domains] }] }],
          properties: [...properties],
          sorts: ['hs_object_id'],
          limit: 200,
          after,
        },
        idempotent: true,
      },
      searchSchema,
    );
    found.push(...(reply?.results ?? []));
    const next = reply?.paging?.next?.after;
    if (!next) break;
    after = next;
  }
  return found;
}

/** Records by HubSpot id, or by a unique property (`email` for contacts); unknown ones are left out. */
export async function readObjects(
  t: HubSpotTransport,
  type: ObjectType,
  ids: readonly string[],
  properties: readonly string[],
  idProperty?: 'email',
) {
  const reply = await callHubSpot(
    t,
    {
      method: 'POST',
      path: `/crm/v3/objects/${type}/batch/read`,
      query: { archived: 'false' },
      body: {
        inputs: ids.map((id) => ({ id })),
        properties: [...properties],
        propertiesWithHistory: [],
        ...(idProperty && { idProperty }),
      },
      idempotent: true,
    },
    batchObjectsSchema,
  );
  return reply?.results ?? [];
}

export interface CreateInput {
  properties: Record<string, string>;
  /** Ours, to name the record a result or an error belongs to (companies only: contacts' batch create has none). */
  traceId?: string;
}

export async function createObjects(t: HubSpotTransport, type: ObjectType, inputs: readonly CreateInput[]) {
  return callHubSpot(
    t,
    {
      method: 'POST',
      path: `/crm/v3/objects/${type}/batch/create`,
      body: {
        inputs: inputs.map((i) => ({
          properties: i.properties,
          associations: [],
          ...(type === 'companies' && i.traceId && { objectWriteTraceId: i.traceId }),
        })),
      },
      idempotent: false,
    },
    batchObjectsSchema,
  );
}

export async function updateObjects(
  t: HubSpotTransport,
  type: ObjectType,
  inputs: readonly { id: string; properties: Record<string, string>; traceId?: string }[],
) {
  return callHubSpot(
    t,
    {
      method: 'POST',
      path: `/crm/v3/objects/${type}/batch/update`,
      body: {
        inputs: inputs.map((i) => ({
          id: i.id,
          properties: i.properties,
          ...(i.traceId && { objectWriteTraceId: i.traceId }),
        })),
      },
      idempotent: true,
    },
    batchObjectsSchema,
  );
}

/** The contacts associated with each company (first page each: plenty for the people one seller found). */
export async function readCompanyContacts(t: HubSpotTransport, companyIds: readonly string[]) {
  const reply = await callHubSpot(
    t,
    {
      method: 'POST',
      path: '/crm/v4/associations/companies/contacts/batch/read',
      body: { inputs: companyIds.map((id) => ({ id })) },
      idempotent: true,
    },
    associationsReadSchema,
  );
  const byCompany = new Map<string, string[]>();
  for (const r of reply?.results ?? [])
    byCompany.set(
      r.from.id,
      r.to.map((to) => to.toObjectId),
    );
  return byCompany;
}

/** Associates each contact with its company with HubSpot's default (unlabelled) association; repeating it is harmless. */
export async function associateContacts(
  t: HubSpotTransport,
  pairs: readonly { contactId: string; companyId: string }[],
) {
  return callHubSpot(
    t,
    {
      method: 'POST',
      path: '/crm/v4/associations/contacts/companies/batch/associate/default',
      body: { inputs: pairs.map((p) => ({ from: { id: p.contactId }, to: { id: p.companyId } })) },
      idempotent: true,
    },
    associateSchema,
  );
}
