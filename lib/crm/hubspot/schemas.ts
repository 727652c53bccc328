import { z } from 'zod';

/**
 * What the settings page may send to sign in with the team's HubSpot app (lib/messaging/messages/crm.ts). Plain
 * schemas, no browser code; the messages are in words because the settings page shows them as they are.
 */

/** A HubSpot public app's client id: a UUID. Not a secret. */
export const clientIdSchema = z
  .string()
  .trim()
  .regex(
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    "The client id is the app's ID from HubSpot, like 1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d",
  );

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The team's broker: an https address without a name and password in it, query or fragment. Plain http is taken
 * only on this computer (127.0.0.1, localhost), where nothing crosses a network: a broker being tried out, or the
 * tests'.
 */
export const brokerUrlSchema = z
  .string()
  .trim()
  .max(300)
  .transform((text, ctx) => {
    let url: URL | undefined;
    try {
      url = new URL(text);
    } catch {
      url = undefined;
    }
    const secure = url?.protocol === 'https:' || (url?.protocol === 'http:' && LOOPBACK.has(url.hostname));
    if (!url || !secure) {
      ctx.addIssue({
        code: 'custom',
        message: "The broker's address must start with https://, like https://hubspot-broker.example.com",
      });
      return z.NEVER;
    }
    if (url.username || url.password || url.search || url.hash) {
      ctx.addIssue({
        code: 'custom',
        message: "The broker's address must not hold a name, a password, a ? or a #: only https://host/path",
      });
      return z.NEVER;
    }
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  });
