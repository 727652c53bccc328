import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { TwentyTransport } from './http';

/**
 * The API key lives in the extension's own storage (browser.storage.local), never in IndexedDB: backups and exports
 * read IndexedDB only, so it can never end up in a file.
 */
const KEY = 'crm.twenty';
/**
 * Tests only: lets the workspace address be the tests' local Twenty on a loopback address (http://127.0.0.1:port). Set
 * from the e2e's service worker, never from a page; the store build has no host permission for loopback anyway.
 */
export const TEST_LOOPBACK_KEY = 'crm.twenty.testLoopback';

const storedSchema = z.object({
  apiKey: z.string().min(16),
  baseUrl: z.string().url(),
  connectedAt: z.number().int(),
});
export type Connection = z.infer<typeof storedSchema>;

export async function getConnection(): Promise<Connection | undefined> {
  const parsed = storedSchema.safeParse((await browser.storage.local.get(KEY))[KEY]);
  return parsed.success ? parsed.data : undefined;
}

export async function saveConnection(connection: Connection): Promise<void> {
  await browser.storage.local.set({ [KEY]: connection });
}

export async function removeConnection(): Promise<void> {
  await browser.storage.local.remove(KEY);
}

export async function loopbackAllowed(): Promise<boolean> {
  return (await browser.storage.local.get(TEST_LOOPBACK_KEY))[TEST_LOOPBACK_KEY] === true;
}

/** "eyJ…WXYZ": the key's first and last characters; never enough to use it. */
export const maskKey = (key: string) => `${key.slice(0, 3)}…${key.slice(-4)}`;

export async function currentTransport(): Promise<TwentyTransport | undefined> {
  const c = await getConnection();
  return c && { baseUrl: c.baseUrl, apiKey: c.apiKey };
}
