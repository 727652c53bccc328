import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * The host permissions granted for a service connection (a CRM's API, the team's sign-in broker) rather than for
 * reading the site, by connection ("hubspot", "twenty"...). Both kinds are optional host permissions and the browser
 * does not tell them apart; this record does. A CRM's API is no page to read, and removing it from the site list
 * would silently break the connection. Kept in extension storage beside the connections themselves.
 */
const KEY = 'platform.serviceHosts';
const recordSchema = z.record(z.string().min(1), z.array(z.string().min(1)));
type ServiceHosts = z.infer<typeof recordSchema>;

async function read(): Promise<ServiceHosts> {
  const parsed = recordSchema.safeParse((await browser.storage.local.get(KEY))[KEY]);
  return parsed.success ? parsed.data : {};
}

/** Every host pattern some connection holds. */
export async function serviceHosts(): Promise<Set<string>> {
  return new Set(Object.values(await read()).flat());
}

/** Adds `patterns` to what `connection` holds; earlier ones stay until it disconnects (a failed attempt's too). */
export async function recordServiceHosts(connection: string, patterns: readonly string[]): Promise<void> {
  const record = await read();
  record[connection] = [...new Set([...(record[connection] ?? []), ...patterns])].sort();
  await browser.storage.local.set({ [KEY]: record });
}

/**
 * Forgets what `connection` holds. Returns those patterns, with `current` (the connection's hosts, recorded or not:
 * a connection made before this record existed), less the ones another connection still holds.
 */
export async function forgetServiceHosts(connection: string, current: readonly string[] = []): Promise<string[]> {
  const { [connection]: held = [], ...others } = await read();
  await browser.storage.local.set({ [KEY]: others });
  const kept = new Set(Object.values(others).flat());
  return [...new Set([...held, ...current])].filter((pattern) => !kept.has(pattern));
}

/** Calls `listener` whenever the record changes (a connection made or removed from another page); returns the undo. */
export function watchServiceHosts(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
