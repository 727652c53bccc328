import { browser } from 'wxt/browser';
import type { IcpLensDb } from '../db/db';
import { rescoreBatch } from '../db/rescore';
import type { RescoreProgress } from '../messaging/views';
import { setTierBadge } from './badge';
import { notifyTabChanged } from './handlers';
import { listTabStates } from './tab-state';

let running: Promise<void> | undefined;
let again = false;

/**
 * Runs the stored rescoring job to its end; one runner per worker. A call while it runs makes it look for a job
 * once more before stopping, so a job started during the last batch is not left waiting for the next wake-up.
 */
export function runRescore(db: IcpLensDb): Promise<void> {
  again = true;
  running ??= loop(db).finally(() => {
    running = undefined;
  });
  return running;
}

async function loop(db: IcpLensDb): Promise<void> {
  while (again) {
    again = false;
    for (let step = await rescoreBatch(db, Date.now()); step; step = await rescoreBatch(db, Date.now())) {
      const { icpId, done, total } = step.job;
      await broadcast({ icpId, done, total, finished: step.finished });
      await refreshTabs(db, new Set(step.accountIds), new Set(step.contactIds));
    }
  }
}

async function broadcast(progress: RescoreProgress): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'bg-ui/rescore-progress', payload: progress });
  } catch {
    // No panel open: progress is also readable from the job state.
  }
}

/** Open tabs showing a rescored account or contact get their new badge, and open panels reload their view. */
async function refreshTabs(db: IcpLensDb, accountIds: Set<string>, contactIds: Set<string>): Promise<void> {
  for (const [tabId, state] of await listTabStates()) {
    if (state.status !== 'scored') continue;
    const account = state.accountId && accountIds.has(state.accountId) ? state.accountId : undefined;
    const contact = state.contactId && contactIds.has(state.contactId) ? state.contactId : undefined;
    if (!account && !contact) continue;
    // The badge shows the account's tier when the tab has one (as when the page was recorded), else the contact's.
    const accountTier = state.accountId ? (await db.accounts.get(state.accountId))?.score?.tier : undefined;
    const contactTier = state.contactId ? (await db.contacts.get(state.contactId))?.score?.tier : undefined;
    await setTierBadge(tabId, accountTier ?? contactTier);
    await notifyTabChanged(tabId);
  }
}
