import { z } from 'zod';

/**
 * `GET /services/data/vXX.X/query?q=<SOQL>`, and the next page at the `nextRecordsUrl` the previous answer gave
 * (`/services/data/vXX.X/query/<locator>-<offset>`, no parameters).
 * Source: Salesforce REST API Developer Guide, "Query" (resources_query.htm) and "Execute a SOQL Query"
 * (dome_query.htm); SOQL itself: SOQL and SOSL Reference, "SELECT" and "Quoted String Escape Sequences".
 */
export const queryPath = /^\/services\/data\/v\d+\.\d\/query\/?$/;
export const nextPagePath = /^\/services\/data\/v\d+\.\d\/query\/[A-Za-z0-9]+-\d+$/;

/** The one parameter: a SOQL SELECT (the local Salesforce parses the subset ICP Lens sends). */
export const queryParams = z
  .object({
    q: z
      .string()
      .min(1)
      .max(100_000)
      .regex(/^SELECT /),
  })
  .strict();

export const queryRecord = z
  .object({
    attributes: z
      .object({ type: z.enum(['Account', 'Contact']), url: z.string().regex(/^\/services\/data\//) })
      .strict(),
    Id: z.string().regex(/^[A-Za-z0-9]{18}$/),
  })
  .catchall(z.union([z.string(), z.number(), z.boolean(), z.null()]));

export const queryResponse = z
  .object({
    totalSize: z.number().int().nonnegative(),
    done: z.boolean(),
    nextRecordsUrl: z.string().regex(nextPagePath).optional(),
    records: z.array(queryRecord),
  })
  .strict()
  .refine((r) => r.done === (r.nextRecordsUrl === undefined), 'nextRecordsUrl is there exactly when done is false');
