import type { IcpLensDb, ResearchFetchRecord } from '../db/db';
import type { Icp } from '../icp/schema';
import { recordPeople } from '../people/record';
import { scoreCompany } from '../scoring/fit';
import type { PageSignals } from '../signals/schema';
import type { PageKind } from './kinds';
import { RESEARCH_LIMITS } from './limits';
import { mergeResearched } from './merge';
import { type PageLinksRead, pageKey } from './plan';
import type { RecentPage } from './run';

/**
 * A page fetched or visited within the last week, with the links research read on it: it is not fetched again. A
 * page the user visited counts too (its observation), without links.
 */
export async function recentPage(
  db: IcpLensDb,
  accountId: string,
  url: string,
  now: number,
): Promise<RecentPage | undefined> {
  const since = now - RESEARCH_LIMITS.refetchAfterMs;
  const key = pageKey(url);
  const fetched = await db.researchFetches.get(key);
  if (fetched && fetched.at > since) return { links: fetched.links, outcome: fetched.outcome };
  const visited = await db.observations
    .where('accountId')
    .equals(accountId)
    .filter((o) => o.observedAt > since && pageKey(o.url) === key)
    .first();
  return visited ? {} : undefined;
}

/** Records a request before it is sent (outcome `pending`), then what came of it: a resumed plan never asks twice. */
export async function recordFetch(
  db: IcpLensDb,
  url: string,
  site: string,
  at: number,
  outcome: string,
  links?: PageLinksRead,
): Promise<void> {
  const record: ResearchFetchRecord = { url: pageKey(url), site, at, outcome };
  if (links)
    record.links = {
      url: links.url,
      hrefs: [...links.hrefs],
      labels: links.labels.map(([i, t]) => [i, t]),
      lang: links.lang,
    };
  await db.researchFetches.put(record);
}

/**
 * Merges one researched page into the stored account as it is now (the user may have opened other pages meanwhile),
 * rescores it and keeps the page as an observation, its evidence: one transaction. Returns false when the account is
 * gone (deleted meanwhile).
 */
export async function storeResearchedPage(
  db: IcpLensDb,
  accountId: string,
  kind: PageKind,
  page: PageSignals,
  icp: Icp,
  now: number,
): Promise<boolean> {
  return db.transaction('rw', [db.accounts, db.observations, db.contacts, db.activities], async () => {
    const account = await db.accounts.get(accountId);
    if (!account || !page.company) return false;
    const signals = mergeResearched(account.signals, page.company, kind, account.domain ?? accountId);
    const updated = { ...account, signals, name: signals.name?.value ?? account.name };
    updated.score = scoreCompany(icp, signals, now);
    await db.accounts.put(updated);
    // The people a researched page lists (a team or about page) become the account's contacts, as when visited.
    if (page.people?.length) await recordPeople(db, accountId, page.people, icp, now);
    await db.observations.add({ accountId, url: page.url, observedAt: now, page });
    return true;
  });
}
