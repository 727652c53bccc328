import { z } from 'zod';

/**
 * sObject Collections: `POST /services/data/vXX.X/composite/sobjects` creates, `PATCH` the same path updates, up to
 * 200 records a request, each with an `attributes` map naming its type; `allOrNone` (default false) says whether one
 * failure rolls back the rest. A create names no id; an update names each record's id. The answer is one SaveResult
 * per record, in the order sent.
 * Source: Salesforce REST API Developer Guide, "Create Records Using sObject Collections"
 * (resources_composite_sobjects_collections_create.htm) and "Update Records Using sObject Collections"
 * (resources_composite_sobjects_collections_update.htm); SaveResult and its Error: SOAP API Developer Guide,
 * "SaveResult".
 */
export const collectionsPath = /^\/services\/data\/v\d+\.\d\/composite\/sobjects\/?$/;
export const COLLECTION_MAX = 200;

const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const attributes = z.object({ type: z.enum(['Account', 'Contact']) }).strict();
const salesforceId = z.string().regex(/^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$/);

export const createRequest = z
  .object({
    allOrNone: z.boolean().optional(),
    records: z
      .array(
        z
          .object({ attributes })
          .catchall(fieldValue)
          .refine((r) => !('id' in r) && !('Id' in r), 'a record to create names no id'),
      )
      .min(1)
      .max(COLLECTION_MAX),
  })
  .strict();

export const updateRequest = z
  .object({
    allOrNone: z.boolean().optional(),
    records: z
      .array(z.object({ attributes, id: salesforceId }).catchall(fieldValue))
      .min(1)
      .max(COLLECTION_MAX),
  })
  .strict();

export const saveResult = z
  .object({
    id: salesforceId.nullable().optional(),
    success: z.boolean(),
    errors: z.array(
      z
        .object({ statusCode: z.string().regex(/^[A-Z_]+$/), message: z.string(), fields: z.array(z.string()) })
        .strict(),
    ),
  })
  .strict()
  .refine((r) => r.success === (r.errors.length === 0), 'success exactly when there is no error');

export const saveResults = z.array(saveResult);
