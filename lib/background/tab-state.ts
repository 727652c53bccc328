import { browser } from 'wxt/browser';
import { z } from 'zod';

/**
 * What the background knows about each tab, in session storage: the service worker may be stopped at any time, and
 * this survives it (but not a browser restart, when tabs are gone anyway).
 */
export const tabStateSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('pending'), since: z.number() }),
  z.object({ status: z.literal('empty'), url: z.string() }),
  /** The page's site was marked "not a company": nothing was stored; the panel says so. */
  z.object({ status: z.literal('excluded'), url: z.string(), site: z.string() }),
  /** The page was read but could not be stored (storage full...): the panel shows why. */
  z.object({ status: z.literal('failed'), url: z.string(), error: z.string() }),
  z.object({
    status: z.literal('scored'),
    url: z.string(),
    accountId: z.string().optional(),
    contactId: z.string().optional(),
  }),
]);
export type TabState = z.infer<typeof tabStateSchema>;

const key = (tabId: number) => `tab:${tabId}`;

export async function getTabState(tabId: number): Promise<TabState | undefined> {
  const stored = await browser.storage.session.get(key(tabId));
  const parsed = tabStateSchema.safeParse(stored[key(tabId)]);
  return parsed.success ? parsed.data : undefined;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: state });
}

export async function clearTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}

/** Every tab the background knows about, with its state: which tabs show which accounts. */
export async function listTabStates(): Promise<Map<number, TabState>> {
  const all = await browser.storage.session.get(null);
  const states = new Map<number, TabState>();
  for (const [k, value] of Object.entries(all)) {
    const match = /^tab:(\d+)$/.exec(k);
    const parsed = tabStateSchema.safeParse(value);
    if (match && parsed.success) states.set(Number(match[1]), parsed.data);
  }
  return states;
}
