import { callTwenty, type TwentyTransport } from './http';
import {
  asRecord,
  createFieldSchema,
  createManySchema,
  findManySchema,
  objectsSchema,
  type RawRecord,
  type TwentyRecord,
  updateOneSchema,
} from './wire';

/**
 * Every REST request the Twenty client makes, one function each (test/unit/crm/twenty-contract.test.ts sends each to a
 * local Twenty that checks it against the shapes in test/contracts/twenty). Twenty takes 60 records a batch and
 * returns at most 60 a page.
 */
export const BATCH = { records: 60, page: 60, filterValues: 30 } as const;
export type TwentyObject = 'companies' | 'people';
const NAMES: Record<TwentyObject, { plural: string; singular: string }> = {
  companies: { plural: 'Companies', singular: 'Company' },
  people: { plural: 'People', singular: 'Person' },
};

/** A filter value in Twenty's syntax: always quoted, its quotes and backslashes escaped, so none can change the filter. */
export const quoted = (value: string) => `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
export const inList = (values: readonly string[]) => `[${values.map(quoted).join(',')}]`;

/**
 * Every record a filter finds, oldest first, page after page (bounded, so a runaway cursor stops); `pages` 1 reads
 * one page only (the check made when connecting).
 */
export async function findRecords(
  t: TwentyTransport,
  object: TwentyObject,
  filter: string,
  pages = 20,
): Promise<TwentyRecord[]> {
  const out: TwentyRecord[] = [];
  let after: string | undefined;
  for (let page = 0; page < pages; page++) {
    const reply = await callTwenty(
      t,
      {
        method: 'GET',
        path: `/rest/${object}`,
        query: {
          filter,
          order_by: 'createdAt',
          limit: String(BATCH.page),
          depth: '0',
          ...(after && { starting_after: after }),
        },
        idempotent: true,
      },
      findManySchema(object),
    );
    out.push(...(reply.data[object] as RawRecord[]).map(asRecord));
    after = reply.pageInfo?.hasNextPage ? (reply.pageInfo.endCursor ?? undefined) : undefined;
    if (!after) break;
  }
  return out;
}

/** Creates up to 60 records in one request; Twenty answers with them in the order sent. */
export async function createRecords(t: TwentyTransport, object: TwentyObject, records: readonly unknown[]) {
  const key = `create${NAMES[object].plural}`;
  const reply = await callTwenty(
    t,
    { method: 'POST', path: `/rest/batch/${object}`, body: records, idempotent: false },
    createManySchema(key),
  );
  return (reply.data[key] as RawRecord[]).map(asRecord);
}

/** Updates one record by id (Twenty's REST updates one record a request); repeating it is harmless. */
export async function updateRecord(t: TwentyTransport, object: TwentyObject, id: string, values: unknown) {
  const key = `update${NAMES[object].singular}`;
  const reply = await callTwenty(
    t,
    { method: 'PATCH', path: `/rest/${object}/${encodeURIComponent(id)}`, body: values, idempotent: true },
    updateOneSchema(key),
  );
  return asRecord(reply.data[key] as RawRecord);
}

/** The workspace's objects and their fields (the Metadata API). */
export async function listObjects(t: TwentyTransport) {
  return (await callTwenty(t, { method: 'GET', path: '/rest/metadata/objects', idempotent: true }, objectsSchema)).data
    .objects;
}

export interface NewField {
  objectMetadataId: string;
  type: 'TEXT' | 'NUMBER';
  name: string;
  label: string;
  description: string;
}

export async function createField(t: TwentyTransport, field: NewField) {
  return (
    await callTwenty(
      t,
      { method: 'POST', path: '/rest/metadata/fields', body: field, idempotent: false },
      createFieldSchema,
    )
  ).data.createOneField;
}
