import { browser } from 'wxt/browser';
import type { IcpLensDb } from '../db/db';
import type { Target } from './limits';
import { saveLead } from './records';

/** How long a "Save lead" click waits for the page's report: reading takes a second or two. */
const SAVE_INTENT_MS = 30_000;
const intentKey = (tabId: number) => `save-lead:${tabId}`;

/** In session storage: the service worker may stop between the click and the page's report. */
export async function rememberSaveIntent(tabId: number, now: number): Promise<void> {
  await browser.storage.session.set({ [intentKey(tabId)]: now });
}

/**
 * Called when a tab's page has been read: if "Save lead" was clicked on it just before, marks the person (on a
 * person page) or else the account as a saved lead. A page with nothing to read, or a late report, drops the intent.
 */
export async function saveOnReport(
  db: IcpLensDb,
  tabId: number,
  recorded: { accountId?: string; contactId?: string },
  now: number,
): Promise<Target | undefined> {
  const key = intentKey(tabId);
  const stored = (await browser.storage.session.get(key))[key];
  if (typeof stored !== 'number') return undefined;
  await browser.storage.session.remove(key);
  if (now - stored > SAVE_INTENT_MS) return undefined;
  const target: Target | undefined = recorded.contactId
    ? { kind: 'contact', id: recorded.contactId }
    : recorded.accountId
      ? { kind: 'account', id: recorded.accountId }
      : undefined;
  if (target) await saveLead(db, target, now);
  return target;
}
