import type { CompanySignals, PageSignals } from '../signals/schema';
import type { PageSource } from '../signals/source';
import type { FetchFailure, FetchOutcome } from './fetch-page';
import type { PageKind } from './kinds';
import { mergeResearched } from './merge';
import { type PageLinksRead, type PlannedPage, Planner } from './plan';
import { type HtmlReader, signalsOf } from './read-page';

/** How reading one planned page ended. */
export type PageOutcome =
  | 'read' // fetched and read; its facts merged
  | 'no-data' // fetched, but it holds nothing about the company
  | 'recent' // read in the last days: not fetched again
  | 'no-access' // ICP Lens may not read that host
  | 'refused' // robots.txt disallows it
  | FetchFailure;

export interface ResearchedPage extends PlannedPage {
  outcome: PageOutcome;
  /** The address that answered, when it differs (a same-site redirect). */
  finalUrl?: string;
  /** The page was longer than the size cap and read as far as the cap. */
  truncated?: boolean;
  signals?: PageSignals;
  /** For a page fetched recently: how that fetch ended. */
  earlier?: string;
  /** The links of a page read, remembered so that a later plan need not fetch it again. */
  links?: PageLinksRead;
}

export interface ResearchProgress {
  site: string;
  /** Pages fetched so far. */
  done: number;
  /** Pages the plan holds now (it grows when a page read names more). */
  total: number;
}

export interface ResearchDeps {
  /** Fetches one page of the site (lib/research/fetch-page.ts, bound to the site, rate limited, recorded). */
  fetch: (url: string) => Promise<FetchOutcome>;
  /** Parses and collects the HTML as a visited page's content script would. */
  read: HtmlReader;
  now: () => number;
  /** Whether ICP Lens may read this address (host access); all allowed when absent. */
  allowed?: (url: string) => boolean | Promise<boolean>;
  /** Whether robots.txt lets research fetch this address; all allowed when absent (a person asked for this site). */
  robotsAllow?: (url: string) => boolean;
  /**
   * Whether this page was fetched recently enough not to fetch it again; with the links it had when research read
   * it, so a plan carries on without it (a queue resumed after the worker stopped).
   */
  recent?: (url: string) => Promise<RecentPage | undefined> | RecentPage | undefined;
  /** After each page: store it, rescore, tell the panel. */
  onPage?: (page: ResearchedPage, company: CompanySignals) => Promise<void> | void;
  onProgress?: (progress: ResearchProgress) => void;
  /** Research stops between two pages when aborted (cancel, pause). */
  signal?: AbortSignal;
}

export interface RecentPage {
  links?: PageLinksRead;
  /** How that earlier fetch ended (`read`, `pending` when its worker stopped...); absent for a page the user visited. */
  outcome?: string;
}

export interface ResearchInput {
  /** The registrable domain researched; every page read is on it. */
  site: string;
  /** The page the user is on, with its links; absent when research starts from the home page (bulk research). */
  start?: PageLinksRead;
  /** The account's facts so far. */
  company: CompanySignals;
  /** Where the home page is, when research starts there (the scheme a site answered on); `https://<site>/` else. */
  home?: string;
  /** Pages to fetch at most. */
  budget: number;
}

export interface ResearchResult {
  company: CompanySignals;
  pages: ResearchedPage[];
  /** Pages fetched (what the budget counts). */
  fetched: number;
  /** Research was stopped before its plan was done. */
  stopped: boolean;
}

/** Whether a well-known path is worth guessing for a kind: only while the facts it holds are unknown. */
function wanted(kind: PageKind, c: CompanySignals): boolean {
  switch (kind) {
    case 'home':
      return true;
    case 'imprint':
    case 'contact':
      return !c.hq?.value.country || !c.hq.value.city;
    case 'about':
      return !c.founded || !c.employees || !c.description;
    case 'careers':
      return !c.hiring;
    case 'pricing':
      return c.pricingPage === undefined;
  }
}

/** A page's links as research plans from them, from what collectPage read of it. */
export function pageLinksOf(url: string, source: PageSource | null | undefined): PageLinksRead {
  return { url, hrefs: source?.body?.hrefs ?? [], labels: source?.body?.labels ?? [], lang: source?.lang };
}

/**
 * Reads up to `budget` more pages of one company's own site and merges what each says into the account's facts
 * (DESIGN.md "Research"). Pages are chosen by kind from the links of the pages read (lib/research/plan.ts), fetched
 * one at a time, read with the same code as a visited page, and merged as they come, each with its page as evidence.
 * Never throws for a page: each ends with an outcome.
 */
export async function researchSite(input: ResearchInput, deps: ResearchDeps): Promise<ResearchResult> {
  const { site, budget } = input;
  let company = input.company;
  const pages: ResearchedPage[] = [];
  let fetched = 0;
  let planner: Planner | undefined = input.start ? new Planner(input.start, site) : undefined;
  const progress = () =>
    deps.onProgress?.({ site, done: fetched, total: fetched + Math.min(budget - fetched, planner?.remaining() ?? 1) });

  const addLinks = (links: PageLinksRead) => {
    if (planner) planner.addLinks(links);
    else planner = new Planner(links, site);
  };

  const readOne = async (planned: PlannedPage): Promise<ResearchedPage> => {
    if (deps.allowed && !(await deps.allowed(planned.url))) return { ...planned, outcome: 'no-access' };
    if (deps.robotsAllow && !deps.robotsAllow(planned.url)) return { ...planned, outcome: 'refused' };
    const recent = await deps.recent?.(planned.url);
    if (recent) {
      if (recent.links) addLinks(recent.links);
      return { ...planned, outcome: 'recent', ...(recent.outcome && { earlier: recent.outcome }) };
    }
    progress();
    fetched++;
    const answer = await deps.fetch(planned.url);
    const finalUrl = answer.url !== planned.url ? answer.url : undefined;
    if (!answer.ok) return { ...planned, outcome: answer.reason, finalUrl };
    const source = await deps.read(answer.html, answer.url, deps.now()).catch(() => null);
    const links = pageLinksOf(answer.url, source);
    addLinks(links);
    const signals = signalsOf(source);
    const page: ResearchedPage = {
      ...planned,
      outcome: signals?.company ? 'read' : 'no-data',
      finalUrl,
      links,
      signals: signals ?? undefined,
    };
    if (answer.truncated) page.truncated = true;
    if (signals?.company) company = mergeResearched(company, signals.company, planned.kind, site);
    return page;
  };

  const finish = async (page: ResearchedPage) => {
    pages.push(page);
    // A kind is settled by a page that answered; one that failed leaves its other candidates to try.
    if (page.outcome === 'read' || page.outcome === 'no-data' || page.outcome === 'recent') planner?.settle(page.kind);
    await deps.onPage?.(page, company);
  };

  if (!planner) {
    // A listed domain says nothing of its scheme: https first, plain http only when https cannot be reached.
    const homeUrl = input.home ?? `https://${site}/`;
    let home = await readOne({ kind: 'home', url: homeUrl, via: 'guess' });
    if (home.outcome === 'unreachable' && homeUrl.startsWith('https:') && fetched < budget)
      home = await readOne({ kind: 'home', url: `http://${site}/`, via: 'guess' });
    await finish(home);
    if (!planner) return { company, pages, fetched, stopped: false };
  }
  while (fetched < budget) {
    if (deps.signal?.aborted) return { company, pages, fetched, stopped: true };
    const next = (planner as Planner).next((kind) => wanted(kind, company));
    if (!next) break;
    await finish(await readOne(next));
  }
  deps.onProgress?.({ site, done: fetched, total: fetched });
  return { company, pages, fetched, stopped: false };
}
