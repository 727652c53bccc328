import { z } from 'zod';

/**
 * A refused REST request's body: a JSON array of errors, each with a message, Salesforce's error code, and the fields
 * it concerns when it concerns fields.
 * Source: Salesforce REST API Developer Guide, "Status Codes and Error Responses" (errorcodes.htm).
 */
export const errorBody = z
  .array(
    z
      .object({
        message: z.string().min(1),
        errorCode: z.string().regex(/^[A-Z_]+$/),
        fields: z.array(z.string()).optional(),
      })
      .strict(),
  )
  .min(1);

/**
 * The error codes the local Salesforce answers with, and their HTTP statuses in that section: 401 INVALID_SESSION_ID
 * (expired or invalid token), 403 REQUEST_LIMIT_EXCEEDED (the org's API request limit), 400 for a malformed request
 * (MALFORMED_QUERY, JSON_PARSER_ERROR, INVALID_FIELD), 404 NOT_FOUND.
 */
export const ERROR_STATUS = {
  INVALID_SESSION_ID: 401,
  REQUEST_LIMIT_EXCEEDED: 403,
  MALFORMED_QUERY: 400,
  INVALID_FIELD: 400,
  JSON_PARSER_ERROR: 400,
  NOT_FOUND: 404,
} as const;
