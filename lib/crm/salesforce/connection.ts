import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { SalesforceTransport } from './http';
import { refresh } from './oauth';

/**
 * The token lives in the extension's own storage (browser.storage.local), never in IndexedDB: backups and exports
 * read IndexedDB only, so it can never end up in a file.
 */
const KEY = 'crm.salesforce';
/** The login address and consumer key last used: not secrets, kept after a disconnect to fill the form again. */
const APP_KEY = 'crm.salesforce.app';
/**
 * Tests only: lets an org address be the tests' local Salesforce on a loopback address (http://127.0.0.1:port). Set
 * from the e2e's service worker, never from a page; the store build has no host permission for loopback anyway.
 */
export const TEST_LOOPBACK_KEY = 'crm.salesforce.testLoopback';

const storedSchema = z.object({
  accessToken: z.string().min(8),
  refreshToken: z.string().min(8).optional(),
  instanceUrl: z.string().url(),
  method: z.enum(['oauth', 'pasted']),
  loginUrl: z.string().url().optional(),
  clientId: z.string().optional(),
  connectedAt: z.number().int(),
});
export type Connection = z.infer<typeof storedSchema>;
const appSchema = z.object({ loginUrl: z.string(), clientId: z.string() });

export async function getConnection(): Promise<Connection | undefined> {
  const parsed = storedSchema.safeParse((await browser.storage.local.get(KEY))[KEY]);
  return parsed.success ? parsed.data : undefined;
}

export async function saveConnection(connection: Connection): Promise<void> {
  await browser.storage.local.set({ [KEY]: connection });
  if (connection.loginUrl && connection.clientId) {
    await browser.storage.local.set({ [APP_KEY]: { loginUrl: connection.loginUrl, clientId: connection.clientId } });
  }
}

export async function lastApp(): Promise<z.infer<typeof appSchema> | undefined> {
  const parsed = appSchema.safeParse((await browser.storage.local.get(APP_KEY))[APP_KEY]);
  return parsed.success ? parsed.data : undefined;
}

export async function removeConnection(): Promise<void> {
  await browser.storage.local.remove(KEY);
}

export async function loopbackAllowed(): Promise<boolean> {
  return (await browser.storage.local.get(TEST_LOOPBACK_KEY))[TEST_LOOPBACK_KEY] === true;
}

/** "00D…WXYZ": the org id's prefix and the last four characters; never enough to use it. */
export const maskToken = (token: string) => `${token.slice(0, 3)}…${token.slice(-4)}`;

/**
 * How the client reaches Salesforce now, or undefined when not connected. A signed-in connection renews its access
 * token with the refresh token when Salesforce refuses it, and keeps the new one.
 */
export async function currentTransport(): Promise<SalesforceTransport | undefined> {
  const connection = await getConnection();
  if (!connection) return undefined;
  const { loginUrl, clientId, refreshToken } = connection;
  return {
    instanceUrl: connection.instanceUrl,
    token: connection.accessToken,
    ...(loginUrl &&
      clientId &&
      refreshToken && {
        renew: async () => {
          try {
            const tokens = await refresh(loginUrl, clientId, refreshToken);
            await saveConnection({ ...connection, accessToken: tokens.accessToken });
            return tokens.accessToken;
          } catch {
            return undefined;
          }
        },
      }),
  };
}
