/**
 * What every CRM client shares on the wire: waiting after a rate limit (Retry-After, else exponential backoff with
 * jitter), trying a request again only when that is safe, and keeping the token out of every message.
 */
const RETRY_CAP_MS = 60_000;
const BASE_BACKOFF_MS = 1_000;
export const MESSAGE_MAX = 400;

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

/** A CRM's message with every secret cut out (should the CRM ever echo one), and capped. */
export function redact(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) if (secret && secret.length >= 8) out = out.split(secret).join('[token]');
  return out.slice(0, MESSAGE_MAX);
}

export interface RetryOptions {
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Tries per request, the first included. */
  maxAttempts?: number;
  /** Whether the request may be sent again after a network failure or a server error (a read, an update). */
  idempotent: boolean;
  /** Whether this refusal is worth waiting out (a rate limit; a server error for an idempotent request). */
  retryable(response: Response): Promise<boolean>;
  /** The error to throw when the CRM could not be reached at all. */
  unreachable(): Error;
}

/**
 * Sends a request, waiting and trying again while `retryable` says so, up to `maxAttempts` (5). Returns the last
 * response, which the caller reads or turns into an error in words.
 */
export async function fetchWithRetry(url: URL, init: RequestInit, options: RetryOptions): Promise<Response> {
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((ok) => setTimeout(ok, ms)));
  const attempts = options.maxAttempts ?? 5;
  for (let attempt = 0; ; attempt++) {
    let response: Response;
    try {
      response = await doFetch(url, { ...init, credentials: 'omit' });
    } catch {
      // Offline or refused before the CRM answered: a read may be tried again, a write may have arrived.
      if (options.idempotent && attempt + 1 < attempts) {
        await sleep(backoffMs(attempt));
        continue;
      }
      throw options.unreachable();
    }
    if (response.ok || attempt + 1 >= attempts || !(await options.retryable(response))) return response;
    await sleep(retryAfterMs(response.headers.get('retry-after')) ?? backoffMs(attempt));
  }
}

/** A JSON call with a bearer token, sent through fetchWithRetry. */
export function fetchJson(
  url: URL,
  request: { method: string; body?: unknown },
  bearer: string,
  options: RetryOptions,
): Promise<Response> {
  const init: RequestInit = {
    method: request.method,
    headers: {
      authorization: `Bearer ${bearer}`,
      accept: 'application/json',
      ...(request.body !== undefined && { 'content-type': 'application/json' }),
    },
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  };
  return fetchWithRetry(url, init, options);
}

/**
 * Sends with the current token; when the CRM refuses it (401) and `renew` gives a fresh one (OAuth's refresh token),
 * sends once more with that. Returns the last response and the token it carried.
 */
export async function sendRenewing(
  token: string,
  renew: (() => Promise<string | undefined>) | undefined,
  send: (token: string) => Promise<Response>,
): Promise<{ response: Response; token: string }> {
  const response = await send(token);
  if (response.status !== 401 || !renew) return { response, token };
  const fresh = await renew();
  return fresh ? { response: await send(fresh), token: fresh } : { response, token };
}

/** The body of a refusal as text; empty when it cannot be read (the status alone says what happened). */
export async function bodyText(response: Response): Promise<string> {
  try {
    return await response.text();
  } catch {
    return '';
  }
}
