import type { IcpLensDb } from '../db/db';
import { getActiveIcp } from '../db/icps';
import type { CompanySignals } from '../signals/schema';
import { type FetchLike, fetchPage } from './fetch-page';
import type { PageLinksRead } from './plan';
import type { HtmlReader } from './read-page';
import { type ResearchedPage, type ResearchProgress, type ResearchResult, researchSite } from './run';
import { recentPage, recordFetch, storeResearchedPage } from './store';

export interface SessionOptions {
  accountId: string;
  site: string;
  company: CompanySignals;
  /** The page the user is on, with its links; absent for bulk research, which starts at the home page. */
  start?: PageLinksRead;
  /** The home page's address when there is no start page. */
  home?: string;
  budget: number;
  read: HtmlReader;
  allowed: (url: string) => boolean | Promise<boolean>;
  robotsAllow?: (url: string) => boolean;
  /** Before every request: the queue's pace of one request per second per site. */
  pace?: () => Promise<void>;
  signal?: AbortSignal;
  onProgress?: (progress: ResearchProgress) => void | Promise<void>;
  onPage?: (page: ResearchedPage) => void | Promise<void>;
  now?: () => number;
  /** The network (tests serve sites from memory). */
  fetch?: FetchLike;
}

/**
 * One research of one account against the database: every request recorded before it is sent and with its outcome
 * after (each page at most once a week, none asked twice after a restart), every page read merged into the account
 * as it comes and rescored against the active ICP.
 */
export async function researchAccount(db: IcpLensDb, options: SessionOptions): Promise<ResearchResult> {
  const now = options.now ?? Date.now;
  const { site, accountId } = options;
  return researchSite(
    { site, start: options.start, company: options.company, budget: options.budget, home: options.home },
    {
      fetch: async (url) => {
        const answer = await fetchPage(url, {
          site,
          fetch: options.fetch,
          allowed: options.allowed,
          beforeRequest: async (request) => {
            await options.pace?.();
            await recordFetch(db, request, site, now(), 'pending');
          },
        });
        if (!answer.ok) await recordFetch(db, url, site, now(), answer.reason);
        return answer;
      },
      read: options.read,
      now,
      robotsAllow: options.robotsAllow,
      recent: (url) => recentPage(db, accountId, url, now()),
      signal: options.signal,
      onProgress: (progress) => void options.onProgress?.(progress),
      onPage: async (page) => {
        if (page.outcome === 'read' || page.outcome === 'no-data') {
          await recordFetch(db, page.url, site, now(), page.outcome, page.links);
          if (page.finalUrl) await recordFetch(db, page.finalUrl, site, now(), page.outcome, page.links);
        }
        if (page.signals?.company) {
          const icp = await getActiveIcp(db, now());
          await storeResearchedPage(db, accountId, page.kind, page.signals, icp, now());
        }
        await options.onPage?.(page);
      },
    },
  );
}
