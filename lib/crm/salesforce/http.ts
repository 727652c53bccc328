import type { z } from 'zod';
import { bodyText, fetchJson, redact, sendRenewing } from '../http';
import { errorBodySchema } from './wire';

/** Where and as whom the client talks to Salesforce. `fetch` and `sleep` are replaceable for tests. */
export interface SalesforceTransport {
  /** The org's address (`https://acme.my.salesforce.com`), or the tests' local Salesforce. */
  instanceUrl: string;
  token: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  maxAttempts?: number;
  /**
   * A fresh access token after Salesforce refused this one (401), from the refresh token of a sign-in; undefined
   * when there is none (a pasted token), and the push stops with the refusal.
   */
  renew?: () => Promise<string | undefined>;
}

export interface SalesforceRequest {
  method: 'GET' | 'POST' | 'PATCH';
  /** From the org's root: `/services/data/v63.0/...`. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /**
   * A create Salesforce may have carried out before failing with a server error is not sent again: the next push
   * finds the record first. 429, 503 and REQUEST_LIMIT_EXCEEDED mean Salesforce did nothing: always retried.
   */
  idempotent: boolean;
}

/** A refusal from Salesforce, with Salesforce's own message; never the token, never an error code. */
export class SalesforceError extends Error {
  constructor(
    message: string,
    readonly status: number,
    /** Salesforce's error code (INVALID_SESSION_ID...): for the client's decisions, never shown. */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SalesforceError';
  }
}

/** Salesforce's error codes for "too many requests now": the org's API limit or its concurrent request limit. */
const LIMIT_CODES = new Set(['REQUEST_LIMIT_EXCEEDED', 'API_CURRENTLY_DISABLED_LIMIT']);

async function errorsOf(response: Response): Promise<z.infer<typeof errorBodySchema>> {
  try {
    return errorBodySchema.parse(JSON.parse(await bodyText(response)));
  } catch {
    // Not Salesforce's JSON error (a proxy's page): no message to pass on.
    return [];
  }
}

async function retryable(response: Response, idempotent: boolean): Promise<boolean> {
  if (response.status === 429 || response.status === 503) return true;
  if (response.status === 403) return (await errorsOf(response.clone())).some((e) => LIMIT_CODES.has(e.errorCode));
  return idempotent && response.status >= 500;
}

function describe(status: number, code: string | undefined, detail: string): string {
  const said = detail ? `: ${detail}` : '';
  if (status === 401) return `Salesforce did not accept the access token (it may have expired: connect again)${said}`;
  if (code && LIMIT_CODES.has(code))
    return `Salesforce's API request limit was still reached after several tries; push again later${said}`;
  if (status === 429) return `Salesforce's rate limit was still reached after several tries; push again later${said}`;
  if (status === 403) return `Your Salesforce user may not do this (a permission is missing)${said}`;
  if (status === 404) return `Salesforce does not know this${said}`;
  if (status >= 500) return `Salesforce had a problem on its side${said}`;
  return `Salesforce refused it${said}`;
}

async function refusal(response: Response, secrets: readonly string[]): Promise<SalesforceError> {
  const errors = await errorsOf(response);
  const detail = [...new Set(errors.map((e) => e.message))].join('; ');
  return new SalesforceError(
    describe(response.status, errors[0]?.errorCode, redact(detail, secrets)),
    response.status,
    errors[0]?.errorCode,
  );
}

/**
 * One call to Salesforce: JSON in and out, the reply validated with `schema`. Rate and request limits (429, 503,
 * REQUEST_LIMIT_EXCEEDED) are waited out with backoff, honouring Retry-After; a 401 renews a signed-in token once.
 */
export async function callSalesforce<S extends z.ZodType>(
  transport: SalesforceTransport,
  request: SalesforceRequest,
  schema: S,
): Promise<z.infer<S>> {
  const url = new URL(request.path, transport.instanceUrl);
  if (url.origin !== new URL(transport.instanceUrl).origin)
    throw new SalesforceError('Salesforce sent an address outside the org', 0);
  for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, value);
  const { response, token } = await sendRenewing(transport.token, transport.renew, (bearer) =>
    fetchJson(url, request, bearer, {
      ...transport,
      idempotent: request.idempotent,
      retryable: (r) => retryable(r, request.idempotent),
      unreachable: () => new SalesforceError('Salesforce could not be reached: check the connection and push again', 0),
    }),
  );
  if (response.ok) {
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success)
      throw new SalesforceError('Salesforce answered in a shape ICP Lens does not know', response.status);
    return parsed.data;
  }
  throw await refusal(response, [transport.token, token]);
}
