import { browser } from 'wxt/browser';
import type { AccountRecord, IcpLensDb } from '../db/db';
import type { NextLink, ResearchView } from '../messaging/views';
import { ALL_SITES, sitePattern } from '../platform/site-access';
import { accessFor } from '../research/access';
import { RESEARCH_LIMITS } from '../research/limits';
import { enqueue, queueStatus, ResearchQueue } from '../research/queue';
import { backgroundReader, releaseReader } from '../research/reader';
import { pageLinksOf } from '../research/run';
import { researchAccount } from '../research/session';
import { getResearchState, type ResearchState, setResearchState } from '../research/state';
import { nextLinks, researchView } from '../research/view';
import { getSettings } from '../settings/settings';
import { registrableDomain } from '../signals/identity';
import type { PageSource } from '../signals/source';
import { notifyTabChanged } from './notify';
import { readTab } from './reader';
import type { Routes } from './route-types';

/** Accounts being researched now, so a second report of the same page does not start a second research. */
const running = new Set<string>();
/** Tabs whose user asked for research ("Research this company"): the next report of the page researches it. */
const asked = new Set<number>();

/**
 * After a company page is recorded: reads more pages of the company's own site when the page is on that site, the
 * settings allow it (or the user asked) and ICP Lens may read the site (a granted site, all sites, or the tab's
 * activeTab grant). Otherwise the panel says why and offers to research it. Never throws.
 */
export async function researchAfterReport(
  db: IcpLensDb,
  tabId: number,
  url: string,
  source: PageSource | null | undefined,
  accountId: string | undefined,
): Promise<void> {
  const force = asked.delete(tabId);
  if (!accountId || !source?.body || running.has(accountId)) return;
  const account = await db.accounts.get(accountId);
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return;
  }
  const site = account?.domain;
  // Research reads the site the user is on, and only when that site is the company's own.
  if (!account || !site || registrableDomain(host) !== site) return;
  const now = Date.now();
  const base: ResearchState = { site, status: 'running', done: 0, total: 0, pages: [], updatedAt: now };
  const previous = await getResearchState(accountId, now);
  // Once per browser session and account: done, or under way. A site granted since, or research turned on, is read
  // at the next visit.
  if (!force && (previous?.status === 'done' || previous?.status === 'running')) return;
  const settings = await getSettings(db);
  if (!settings.research && !force) {
    await setResearchState(accountId, { ...base, status: 'off' });
    return;
  }
  const allowed = await accessFor(tabId, url);
  if (!allowed) {
    await setResearchState(accountId, { ...base, status: 'needs-access', origin: sitePattern(url) });
    await notifyTabChanged(tabId);
    return;
  }
  running.add(accountId);
  let state = base;
  const save = async (change: Partial<ResearchState>) => {
    state = { ...state, ...change, updatedAt: Date.now() };
    await setResearchState(accountId, state);
    await notifyTabChanged(tabId);
  };
  try {
    await save({});
    await researchAccount(db, {
      accountId,
      site,
      company: account.signals,
      start: pageLinksOf(url, source),
      budget: Math.min(settings.researchPages, RESEARCH_LIMITS.maxPages),
      read: backgroundReader(),
      allowed,
      onProgress: ({ done, total }) => save({ done, total }),
      onPage: (page) =>
        save({
          pages: [...state.pages, { url: page.finalUrl ?? page.url, kind: page.kind, outcome: page.outcome }].slice(
            -40,
          ),
        }),
    });
    await save({ status: 'done' });
  } catch (error) {
    console.warn('ICP Lens: research', error);
    await save({ status: 'interrupted' });
  } finally {
    running.delete(accountId);
    if (!running.size) await releaseReader();
  }
}

let queue: ResearchQueue | undefined;

/** The one bulk research queue of this worker; the Leads pages hear when it moves on. */
function queueOf(db: IcpLensDb): ResearchQueue {
  queue ??= new ResearchQueue(db, {
    read: backgroundReader(),
    onChange: () =>
      void browser.runtime.sendMessage({ type: 'bg-ui/research-queue-changed', payload: {} }).catch(() => undefined),
  });
  return queue;
}

/** A queue interrupted when the worker or the browser stopped carries on (a paused one stays paused). */
export function resumeResearchQueue(db: IcpLensDb): void {
  void queueOf(db)
    .run()
    .catch((error) => console.warn('ICP Lens: research queue', error))
    .finally(() => {
      if (!running.size) void releaseReader();
    });
}

export const researchRoutes: Routes = {
  /** Bulk research: needs all sites, since a listed company's site was never granted one by one. */
  'ui-bg/research-queue-add': async ({ accountIds }, { db }) => {
    if (!(await browser.permissions.contains({ origins: [ALL_SITES] })))
      throw new Error('Researching a list needs access to all sites: allow it, then try again.');
    const result = await enqueue(db, accountIds, Date.now());
    resumeResearchQueue(db);
    return result;
  },
  'ui-bg/research-queue-control': async ({ action }, { db }) => {
    const q = queueOf(db);
    if (action === 'pause') await q.pause();
    else if (action === 'cancel') await q.cancel();
    else if (action === 'clear') await q.clear();
    else {
      await q.resume();
      resumeResearchQueue(db);
    }
    return queueStatus(db, q.running, Date.now());
  },
  'ui-bg/research-queue-status': (_, { db }) => queueStatus(db, queueOf(db).running, Date.now()),
  /** "Research this company": the tab's page is read again, and its report researches the site. */
  'ui-bg/research-tab': async ({ tabId }) => {
    asked.add(tabId);
    const started = await readTab(tabId);
    if (!started) asked.delete(tabId);
    return { started };
  },
};

/** What the panel shows of an account's research, and where to look next once research is not under way. */
export async function researchFor(
  account: AccountRecord | undefined,
): Promise<{ research?: ResearchView; nextLinks?: NextLink[] }> {
  if (!account) return {};
  const state = await getResearchState(account.id);
  const links = state?.status === 'running' ? [] : nextLinks(account);
  return { ...(state && { research: researchView(state) }), ...(links.length && { nextLinks: links }) };
}
