import { z } from 'zod';
import { bodyText, fetchJson, redact, sendRenewing } from '../http';

/** Where and as whom the client talks to HubSpot. `fetch` and `sleep` are replaceable for tests. */
export interface HubSpotTransport {
  /** `https://api.hubapi.com`, or a local mock in tests (lib/crm/hubspot/connection.ts). */
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Tries per request, the first included. */
  maxAttempts?: number;
  /**
   * A fresh access token after HubSpot refused this one (401), from a sign-in's refresh token (lib/crm/hubspot/oauth.ts);
   * absent for a private-app token, and the push stops with the refusal.
   */
  renew?: () => Promise<string | undefined>;
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

export { backoffMs, retryAfterMs } from '../http';

/** HubSpot's message for a refusal, in words, with the token cut out should HubSpot ever echo it. */
async function refusal(response: Response, tokens: readonly string[]): Promise<HubSpotError> {
  const text = await bodyText(response);
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
  const clean = redact(detail, tokens);
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
  const url = new URL(request.path, transport.baseUrl);
  for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, value);
  const { response, token } = await sendRenewing(transport.token, transport.renew, (bearer) =>
    fetchJson(url, request, bearer, {
      ...transport,
      idempotent: request.idempotent,
      retryable: async (r) => retryable(r.status, request.idempotent),
      unreachable: () => new HubSpotError('HubSpot could not be reached: check the connection and push again', 0),
    }),
  );
  const refused = token !== transport.token ? transport.token : undefined;
  // The rest of this push's calls carry the renewed token instead of each being refused once.
  transport.token = token;
  if (response.ok) {
    if (response.status === 204) return schema.parse(undefined);
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new HubSpotError('HubSpot answered in a shape ICP Lens does not know', response.status);
    return parsed.data;
  }
  if (response.status === 404 && allowMissing) return undefined;
  throw await refusal(response, [token, refused ?? '']);
}
