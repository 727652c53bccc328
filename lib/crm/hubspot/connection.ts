import { browser } from 'wxt/browser';
import { z } from 'zod';
import { HUBSPOT_API } from './hosts';
import type { HubSpotTransport } from './http';
import { type OAuthTokens, refresh } from './oauth';

/**
 * The tokens live in the extension's own storage (browser.storage.local), never in IndexedDB: backups and exports
 * read IndexedDB only, so they can never end up in a file.
 */
const KEY = 'crm.hubspot';
/** The team app's client id and broker last used: not secrets, kept after a disconnect to fill the form again. */
const APP_KEY = 'crm.hubspot.app';
/**
 * Tests only: a local mock of HubSpot (test/crm). Set from the e2e's service worker, never from any page, and taken
 * only for a loopback address, so it can never send the token anywhere else.
 */
export const TEST_BASE_KEY = 'crm.hubspot.testBaseUrl';
/** An access token this close to its end is renewed before a push uses it, not after HubSpot refuses it. */
export const RENEW_MARGIN_MS = 5 * 60_000;

/** Private-app tokens are `pat-<region>-<uuid>`; OAuth access tokens are longer: both are plain URL-safe text. */
export const tokenSchema = z
  .string()
  .trim()
  .min(8)
  .max(4_096)
  .regex(/^[A-Za-z0-9._~+/=-]+$/, 'An access token is letters, digits and dashes, with no spaces');

const appSchema = z.object({ clientId: z.string(), brokerUrl: z.string() });

/** A pasted private-app token (stored before sign-in existed: no `method`), or a sign-in's tokens. */
const storedSchema = z.union([
  z.object({
    method: z.literal('oauth'),
    token: tokenSchema,
    refreshToken: z.string().min(8),
    expiresAt: z.number(),
    hubId: z.number().int().optional(),
    clientId: z.string(),
    brokerUrl: z.string(),
    connectedAt: z.number().int(),
  }),
  z.object({ method: z.literal('pasted').default('pasted'), token: tokenSchema, connectedAt: z.number().int() }),
]);
export type Connection = z.infer<typeof storedSchema>;
export type OAuthConnection = Extract<Connection, { method: 'oauth' }>;

export async function getConnection(): Promise<Connection | undefined> {
  const stored = await browser.storage.local.get(KEY);
  const parsed = storedSchema.safeParse(stored[KEY]);
  return parsed.success ? parsed.data : undefined;
}

export async function saveConnection(token: string, now: number): Promise<void> {
  await browser.storage.local.set({ [KEY]: { method: 'pasted', token, connectedAt: now } satisfies Connection });
}

export async function saveSignIn(
  tokens: OAuthTokens,
  app: { clientId: string; brokerUrl: string },
  connectedAt: number,
): Promise<OAuthConnection> {
  const connection: OAuthConnection = {
    method: 'oauth',
    token: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    expiresAt: tokens.expiresAt,
    ...(tokens.hubId !== undefined && { hubId: tokens.hubId }),
    clientId: app.clientId,
    brokerUrl: app.brokerUrl,
    connectedAt,
  };
  // Only the two names: `app` may be a whole connection (a renewal), whose tokens must not land under APP_KEY.
  const names = { clientId: app.clientId, brokerUrl: app.brokerUrl };
  await browser.storage.local.set({ [KEY]: connection, [APP_KEY]: names });
  return connection;
}

export async function lastApp(): Promise<z.infer<typeof appSchema> | undefined> {
  const parsed = appSchema.safeParse((await browser.storage.local.get(APP_KEY))[APP_KEY]);
  return parsed.success ? parsed.data : undefined;
}

export async function removeConnection(): Promise<void> {
  await browser.storage.local.remove(KEY);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** HubSpot's address, or the tests' local mock when one is set on a loopback address. */
export async function apiBase(): Promise<string> {
  const stored = (await browser.storage.local.get(TEST_BASE_KEY))[TEST_BASE_KEY];
  if (typeof stored !== 'string') return HUBSPOT_API;
  try {
    const url = new URL(stored);
    return url.protocol === 'http:' && LOOPBACK.has(url.hostname) ? url.origin : HUBSPOT_API;
  } catch {
    return HUBSPOT_API;
  }
}

/** The host permission the client needs, asked for when the user connects (optional_host_permissions). */
export const originPattern = (base: string) => `${new URL(base).origin}/*`;

/** "pat-na1-…c0de": enough to recognise which token is saved, never enough to use it. */
export function maskToken(token: string): string {
  const prefix = /^pat-[a-z0-9]+-/i.exec(token)?.[0] ?? '';
  return `${prefix}…${token.slice(-4)}`;
}

/**
 * Renews a sign-in through the team's broker and keeps the new tokens; undefined when HubSpot no longer accepts the
 * refresh token (the push then stops with HubSpot's refusal, and the settings say to sign in again).
 */
export async function renewSignIn(
  connection: OAuthConnection,
  clock: { fetch?: typeof fetch; now?: () => number } = {},
): Promise<OAuthConnection | undefined> {
  try {
    const tokens = await refresh(connection.brokerUrl, connection.refreshToken, clock);
    return await saveSignIn(tokens, connection, connection.connectedAt);
  } catch {
    return undefined;
  }
}

/**
 * How the client reaches HubSpot now, or undefined when not connected. A sign-in whose access token is about to end
 * is renewed first; one HubSpot refuses anyway (401) is renewed once more, by `renew`, shared by the push's calls.
 */
export async function currentTransport(
  clock: { fetch?: typeof fetch; now?: () => number } = {},
): Promise<HubSpotTransport | undefined> {
  let connection = await getConnection();
  if (!connection) return undefined;
  const baseUrl = await apiBase();
  if (connection.method !== 'oauth') return { baseUrl, token: connection.token };
  const now = clock.now ?? Date.now;
  if (connection.expiresAt - now() < RENEW_MARGIN_MS) connection = (await renewSignIn(connection, clock)) ?? connection;
  let renewing: Promise<string | undefined> | undefined;
  const signedIn = connection;
  return {
    baseUrl,
    token: signedIn.token,
    renew: () => {
      renewing ??= renewSignIn(signedIn, clock).then((c) => c?.token);
      return renewing;
    },
  };
}
