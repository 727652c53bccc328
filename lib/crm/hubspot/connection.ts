import { browser } from 'wxt/browser';
import { z } from 'zod';
import { HUBSPOT_API } from './hosts';
import type { HubSpotTransport } from './http';

/**
 * The token lives in the extension's own storage (browser.storage.local), never in IndexedDB: backups and exports
 * read IndexedDB only, so it can never end up in a file.
 */
const KEY = 'crm.hubspot';
/**
 * Tests only: a local mock of HubSpot (test/crm). Set from the e2e's service worker, never from any page, and taken
 * only for a loopback address, so it can never send the token anywhere else.
 */
export const TEST_BASE_KEY = 'crm.hubspot.testBaseUrl';

/** Private-app tokens are `pat-<region>-<uuid>`; OAuth access tokens are longer: both are plain URL-safe text. */
export const tokenSchema = z
  .string()
  .trim()
  .min(8)
  .max(1_024)
  .regex(/^[A-Za-z0-9._~+/=-]+$/, 'An access token is letters, digits and dashes, with no spaces');

const storedSchema = z.object({ token: tokenSchema, connectedAt: z.number().int() });
export type Connection = z.infer<typeof storedSchema>;

export async function getConnection(): Promise<Connection | undefined> {
  const stored = await browser.storage.local.get(KEY);
  const parsed = storedSchema.safeParse(stored[KEY]);
  return parsed.success ? parsed.data : undefined;
}

export async function saveConnection(token: string, now: number): Promise<void> {
  await browser.storage.local.set({ [KEY]: { token, connectedAt: now } satisfies Connection });
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

/** How the client reaches HubSpot now, or undefined when not connected. */
export async function currentTransport(): Promise<HubSpotTransport | undefined> {
  const connection = await getConnection();
  if (!connection) return undefined;
  return { baseUrl: await apiBase(), token: connection.token };
}
