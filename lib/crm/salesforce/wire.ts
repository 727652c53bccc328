import { z } from 'zod';

/**
 * The parts of Salesforce's replies ICP Lens reads (test/contracts/salesforce holds the whole documented shapes, and
 * the local Salesforce of the tests answers in them). Field values come back as JSON: text, numbers, booleans or null.
 */
const id = z.string().min(15).max(18);

/** One error of a refused request: `[{ message, errorCode, fields }]`. */
export const errorBodySchema = z.array(
  z.object({
    message: z.string().max(2_000),
    errorCode: z.string().max(200),
    fields: z.array(z.string()).optional(),
  }),
);

/** sObject Collections create and update: one SaveResult per record, in the order sent. */
export const saveResultsSchema = z.array(
  z.object({
    id: id.nullable().optional(),
    success: z.boolean(),
    errors: z.array(
      z.object({
        statusCode: z.string().max(200),
        message: z.string().max(2_000),
        fields: z.array(z.string()).optional(),
      }),
    ),
  }),
);
export type SaveResult = z.infer<typeof saveResultsSchema>[number];

export const queryResultSchema = z.object({
  totalSize: z.number().int(),
  done: z.boolean(),
  nextRecordsUrl: z.string().max(500).optional(),
  records: z.array(z.object({ Id: id }).catchall(z.unknown())),
});

export const describeSchema = z.object({
  name: z.string(),
  fields: z.array(
    z.object({
      name: z.string(),
      label: z.string(),
      type: z.string(),
      createable: z.boolean(),
      updateable: z.boolean(),
      length: z.number().int().optional(),
      externalId: z.boolean().optional(),
      picklistValues: z.array(z.object({ value: z.string(), active: z.boolean() })).optional(),
    }),
  ),
});
export type Describe = z.infer<typeof describeSchema>;

export const tokenReplySchema = z.object({
  access_token: z.string().min(8).max(4_096),
  refresh_token: z.string().min(8).max(4_096).optional(),
  instance_url: z.string().url(),
  token_type: z.string().optional(),
});
export const tokenErrorSchema = z.object({ error: z.string().max(200), error_description: z.string().max(2_000) });

/** A record as text by field name, the way the shared diff compares it (lib/crm/diff.ts). */
export type SalesforceRecord = { id: string; values: Record<string, string | null> };

export function asRecord(raw: z.infer<typeof queryResultSchema>['records'][number]): SalesforceRecord {
  const values: Record<string, string | null> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === null) values[key] = null;
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      values[key] = String(value);
  }
  return { id: raw.Id, values };
}
