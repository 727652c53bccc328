import { z } from 'zod';

/** Where and as whom the client talks to HubSpot. `fetch` and `sleep` are replaceable for tests. */
export interface HubSpotTransport {
  /** `https://api.hubapi.com`, or a local mock in tests (lib/crm/hubspot/connection.ts). */
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Tries per request, the first included. */
  maxAttempts?: number;
}

export interface HubSpotRequest {
  method: 'GET' | 'POST';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /**
   * A request HubSpot may have carried out before failing with a server error (a create) is not sent again then: the
   * next push searches first, so nothing is created twice. Every request is retried after 429, which HubSpot sends
   * before doing anything.
   */
  idempotent: boolean;
}

const errorBody = z.object({
  message: z.string().max(2_000).optional(),
  category: z.string().max(200).optional(),
  errors: z.array(z.object({ message: z.string().max(2_000) })).optional(),
});

/** A refusal from HubSpot, with HubSpot's own message; never the token. */
export class HubSpotError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly category?: string,
  ) {
    super(message);
    this.name = 'HubSpotError';
  }
}

const RETRY_CAP_MS = 60_000;
const BASE_BACKOFF_MS = 1_000;
const MESSAGE_MAX = 400;

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1_000, RETRY_CAP_MS);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.min(Math.max(0, at - now), RETRY_CAP_MS);
}

/** 1 s, 2 s, 4 s... with a little jitter so parallel pushes do not retry in step. */
export function backoffMs(attempt: number, random = Math.random): number {
  return Math.min(BASE_BACKOFF_MS * 2 ** attempt, RETRY_CAP_MS) * (0.8 + 0.4 * random());
}

/** HubSpot's message for a refusal, in words, with the token cut out should HubSpot ever echo it. */
async function refusal(response: Response, token: string): Promise<HubSpotError> {
  let text = '';
  try {
    text = await response.text();
  } catch {
    // The body could not be read: the status alone says what happened.
  }
  let parsed: z.infer<typeof errorBody> = {};
  try {
    parsed = errorBody.parse(JSON.parse(text));
  } catch {
    // Not HubSpot's JSON error (a proxy's page): no message to pass on.
  }
  const detail = [parsed.message, ...(parsed.errors?.map((e) => e.message) ?? [])]
    .filter((m): m is string => !!m)
    .filter((m, i, all) => all.indexOf(m) === i)
    .join('; ');
  const clean = (token ? detail.split(token).join('[token]') : detail).slice(0, MESSAGE_MAX);
  return new HubSpotError(describe(response.status, clean), response.status, parsed.category);
}

function describe(status: number, detail: string): string {
  const said = detail ? `: ${detail}` : '';
  if (status === 401) return `HubSpot did not accept the access token${said}`;
  if (status === 403) return `The HubSpot app is missing a permission (scope)${said}`;
  if (status === 404) return `HubSpot does not know this record${said}`;
  if (status === 429)
    return `HubSpot's rate limit was still reached after several tries; push again in a minute${said}`;
  if (status >= 500) return `HubSpot had a problem on its side${said}`;
  return `HubSpot refused it${said}`;
}

const retryable = (status: number, idempotent: boolean) => status === 429 || (idempotent && status >= 500);

/**
 * One call to HubSpot: JSON in and out, the reply validated with `schema`. 429 and (for requests safe to repeat) 5xx
 * are retried with backoff, honouring Retry-After. A 404 the caller expects (`allowMissing`) resolves to undefined.
 */
export async function callHubSpot<S extends z.ZodType>(
  transport: HubSpotTransport,
  request: HubSpotRequest,
  schema: S,
  allowMissing = false,
): Promise<z.infer<S> | undefined> {
  const doFetch = transport.fetch ?? fetch;
  const sleep = transport.sleep ?? ((ms: number) => new Promise<void>((ok) => setTimeout(ok, ms)));
  const attempts = transport.maxAttempts ?? 5;
  const url = new URL(request.path, transport.baseUrl);
  for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, value);
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await doFetch(url, {
        method: request.method,
        headers: {
          authorization: `Bearer ${transport.token}`,
          accept: 'application/json',
          ...(request.body !== undefined && { 'content-type': 'application/json' }),
        },
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        credentials: 'omit',
      });
    } catch {
      // Offline or refused before HubSpot answered: a read may be tried again, a write may have arrived.
      if (request.idempotent && attempt + 1 < attempts) {
        await sleep(backoffMs(attempt));
        continue;
      }
      throw new HubSpotError('HubSpot could not be reached: check the connection and push again', 0);
    }
    if (response.ok) {
      if (response.status === 204) return schema.parse(undefined);
      const parsed = schema.safeParse(await response.json().catch(() => undefined));
      if (!parsed.success)
        throw new HubSpotError('HubSpot answered in a shape ICP Lens does not know', response.status);
      return parsed.data;
    }
    if (response.status === 404 && allowMissing) return undefined;
    if (retryable(response.status, request.idempotent) && attempt + 1 < attempts) {
      await sleep(retryAfterMs(response.headers.get('retry-after')) ?? backoffMs(attempt));
      continue;
    }
    throw await refusal(response, transport.token);
  }
}
