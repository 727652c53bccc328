import { z } from 'zod';

/**
 * A refused request's body. The workspace OpenAPI document declares error responses (400, 401, 404) as an object
 * with an `error` string; Twenty's server fills it as `{ statusCode, error, messages }`, `messages` being Twenty's
 * own words (a validation failure, "Token invalid", a rate limit).
 * Sources: the workspace OpenAPI document's error responses; docs.twenty.com "API" (developers/api-and-webhooks/api:
 * a missing or invalid key answers 401) and "APIs" (developers/extend/api: 100 requests a minute; past it, 429).
 */
export const errorBody = z
  .object({
    statusCode: z.number().int().min(400).max(599),
    error: z.string().min(1),
    messages: z.array(z.string().min(1)).min(1),
  })
  .strict();
