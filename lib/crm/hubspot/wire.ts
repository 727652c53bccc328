import { z } from 'zod';

/**
 * The parts of HubSpot's replies ICP Lens reads (its OpenAPI documents in ../shared/specs/hubspot give the whole
 * shapes; test/unit/crm checks these against them). Property values are strings, or null when empty.
 */
const id = z.string().min(1).max(64);
const properties = z.record(z.string().max(200), z.string().max(100_000).nullable());

export const objectSchema = z.object({ id, properties });
export type HubSpotObject = z.infer<typeof objectSchema>;

const standardError = z.object({
  message: z.string().max(2_000),
  context: z.record(z.string(), z.array(z.string())).optional(),
});
export type StandardError = z.infer<typeof standardError>;

/** Batch create/update/read: 200 or 207 (some inputs failed, each named in `errors`). */
export const batchObjectsSchema = z.object({
  results: z.array(objectSchema.extend({ objectWriteTraceId: z.string().optional() })),
  errors: z.array(standardError).optional(),
});

export const searchSchema = z.object({
  results: z.array(objectSchema),
  paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
});

export const propertyGroupSchema = z.object({ name: z.string(), label: z.string() });
export const propertiesBatchSchema = z.object({
  results: z.array(
    z.object({
      name: z.string(),
      groupName: z.string(),
      options: z.array(z.object({ value: z.string(), hidden: z.boolean().optional() })).optional(),
    }),
  ),
  errors: z.array(standardError).optional(),
});

export const associationsReadSchema = z.object({
  results: z.array(
    z.object({
      from: z.object({ id }),
      to: z.array(z.object({ toObjectId: z.union([id, z.number()]).transform(String) })),
    }),
  ),
  errors: z.array(standardError).optional(),
});
export const associateSchema = z.object({ errors: z.array(standardError).optional() }).passthrough();

/** A list call, only to check the token and scopes at connect time. */
export const pageSchema = z.object({ results: z.array(objectSchema) });
