import type { z } from 'zod';
import { bodyText, fetchJson, redact } from '../http';
import { errorBodySchema } from './wire';

/** Where and as whom the client talks to Twenty. `fetch` and `sleep` are replaceable for tests. */
export interface TwentyTransport {
  /** `https://api.twenty.com`, a self-hosted workspace's origin, or the tests' local Twenty. */
  baseUrl: string;
  apiKey: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  maxAttempts?: number;
}

export interface TwentyRequest {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /**
   * A create Twenty may have carried out before failing with a server error is not sent again: the next push finds
   * the record first. A 429 means Twenty did nothing: always retried.
   */
  idempotent: boolean;
}

/** A refusal from Twenty, with Twenty's own message; never the key. */
export class TwentyError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'TwentyError';
  }
}

function describe(status: number, detail: string): string {
  const said = detail ? `: ${detail}` : '';
  if (status === 401) return `Twenty did not accept the API key (it may have been revoked or expired)${said}`;
  if (status === 403) return `This API key may not do this in Twenty (its role lacks a permission)${said}`;
  if (status === 429) return `Twenty's rate limit was still reached after several tries; push again later${said}`;
  if (status === 404) return `Twenty does not know this${said}`;
  if (status >= 500) return `Twenty had a problem on its side${said}`;
  return `Twenty refused it${said}`;
}

async function refusal(response: Response, key: string): Promise<TwentyError> {
  let detail = '';
  try {
    const body = errorBodySchema.parse(JSON.parse(await bodyText(response)));
    detail = [...new Set(body.messages ?? [])].join('; ');
  } catch {
    // Not Twenty's JSON error (a proxy's page): no message to pass on.
  }
  return new TwentyError(describe(response.status, redact(detail, [key])), response.status);
}

/**
 * One call to Twenty: JSON in and out, the reply validated with `schema`. 429 is waited out honouring Retry-After
 * (else 1 s, 2 s, 4 s…); server errors are tried again only for reads and updates.
 */
export async function callTwenty<S extends z.ZodType>(
  t: TwentyTransport,
  request: TwentyRequest,
  schema: S,
): Promise<z.infer<S>> {
  const url = new URL(request.path, t.baseUrl);
  for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, value);
  const response = await fetchJson(url, request, t.apiKey, {
    ...t,
    idempotent: request.idempotent,
    retryable: async (r) => r.status === 429 || (request.idempotent && r.status >= 500),
    unreachable: () => new TwentyError('Twenty could not be reached: check the address and the connection', 0),
  });
  if (!response.ok) throw await refusal(response, t.apiKey);
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new TwentyError('Twenty answered in a shape ICP Lens does not know', response.status);
  return parsed.data;
}
