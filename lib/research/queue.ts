import type { IcpLensDb, ResearchTaskRecord } from '../db/db';
import type { ResearchQueueView } from '../messaging/views';
import { hasHostAccess } from './access';
import type { FetchLike } from './fetch-page';
import { RESEARCH_LIMITS } from './limits';
import type { HtmlReader } from './read-page';
import { fetchRobots, robotsAllows } from './robots';
import type { ResearchResult } from './run';
import { researchAccount } from './session';
import { recentPage, recordFetch } from './store';

/** Sites researched at once, and the pace on each: no person asked for each of these pages. */
export const QUEUE_LIMITS = { sitesAtOnce: 2, requestGapMs: 1_000 } as const;

const CONTROL_KEY = 'research-queue';
type Control = { paused: boolean };

export type TaskState = ResearchTaskRecord['state'];
export const FINISHED: readonly TaskState[] = ['researched', 'unreachable', 'refused', 'no-data', 'cancelled'];

export type QueueStatus = ResearchQueueView;

/** Queues accounts by their registrable domain; accounts without one (a profile only) cannot be researched. */
export async function enqueue(
  db: IcpLensDb,
  accountIds: string[],
  now: number,
): Promise<{ queued: number; skipped: number }> {
  const accounts = await db.accounts.bulkGet([...new Set(accountIds)]);
  let queued = 0;
  let skipped = 0;
  await db.transaction('rw', db.researchTasks, db.settings, async () => {
    const rows: ResearchTaskRecord[] = [];
    for (const account of accounts) {
      if (!account?.domain) {
        skipped++;
        continue;
      }
      const existing = await db.researchTasks.get(account.domain);
      if (existing && (existing.state === 'queued' || existing.state === 'running')) continue;
      rows.push({ site: account.domain, accountId: account.id, state: 'queued', queuedAt: now + rows.length });
    }
    await db.researchTasks.bulkPut(rows);
    queued = rows.length;
    await setControl(db, { paused: false });
  });
  return { queued, skipped };
}

async function getControl(db: IcpLensDb): Promise<Control> {
  const row = await db.settings.get(CONTROL_KEY);
  return { paused: (row?.value as Control | undefined)?.paused === true };
}

async function setControl(db: IcpLensDb, control: Control): Promise<void> {
  await db.settings.put({ key: CONTROL_KEY, value: control });
}

export async function queueStatus(db: IcpLensDb, running: string[], now: number): Promise<QueueStatus> {
  const states: TaskState[] = ['queued', 'running', ...FINISHED];
  const counts = Object.fromEntries(
    await Promise.all(states.map(async (s) => [s, await db.researchTasks.where('state').equals(s).count()])),
  ) as Record<TaskState, number>;
  // The pace so far: finished sites over the time since the first of them started.
  const done = await db.researchTasks
    .where('state')
    .anyOf(FINISHED.filter((s) => s !== 'cancelled'))
    .toArray();
  const spans = done
    .filter((t) => t.startedAt && t.finishedAt)
    .map((t) => (t.finishedAt as number) - (t.startedAt as number));
  const perSite = spans.length ? spans.reduce((a, b) => a + b, 0) / spans.length / 1000 : 7;
  const left = counts.queued + counts.running;
  void now;
  return {
    counts,
    paused: (await getControl(db)).paused,
    running,
    estimateSeconds: Math.round((left * perSite) / QUEUE_LIMITS.sitesAtOnce),
  };
}

export interface QueueDeps {
  read: HtmlReader;
  /** The queue moved on: the Leads page refreshes its status. */
  onChange: () => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Host access (all sites, for a queue); the network. Tests replace both. */
  allowed?: (url: string) => boolean | Promise<boolean>;
  fetch?: FetchLike;
}

/**
 * The bulk research queue (DESIGN.md "Research"): kept in the database, so a stopped service worker or a restarted
 * browser resumes it where it was; at most two sites at once and one request per second per site; robots.txt read
 * first and honoured; every account ends in a clear state and is rescored as each page comes in.
 */
export class ResearchQueue {
  private readonly workers = new Map<string, AbortController>();
  private pumping: Promise<void> | undefined;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly db: IcpLensDb,
    private readonly deps: QueueDeps,
  ) {
    this.now = deps.now ?? Date.now;
    this.sleep = deps.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
  }

  get running(): string[] {
    return [...this.workers.keys()];
  }

  /** Starts (or carries on with) the queue; resolves when it is empty, paused or cancelled. */
  run(): Promise<void> {
    this.pumping ??= this.pump().finally(() => {
      this.pumping = undefined;
    });
    return this.pumping;
  }

  async pause(): Promise<void> {
    await setControl(this.db, { paused: true });
    for (const controller of this.workers.values()) controller.abort();
    this.deps.onChange();
  }

  async resume(): Promise<void> {
    await setControl(this.db, { paused: false });
    void this.run();
    this.deps.onChange();
  }

  async cancel(): Promise<void> {
    for (const controller of this.workers.values()) controller.abort();
    await this.db.researchTasks
      .where('state')
      .anyOf('queued', 'running')
      .modify({ state: 'cancelled', finishedAt: this.now() });
    this.deps.onChange();
  }

  async clear(): Promise<void> {
    await this.db.researchTasks
      .where('state')
      .anyOf([...FINISHED])
      .delete();
    this.deps.onChange();
  }

  private async pump(): Promise<void> {
    // A task left running by a stopped worker carries on first: its fetch log keeps it from asking twice.
    const claimed = new Set<string>();
    const next = async (): Promise<ResearchTaskRecord | undefined> => {
      if ((await getControl(this.db)).paused) return undefined;
      const left = await this.db.researchTasks.where('state').anyOf('running', 'queued').sortBy('queuedAt');
      const orphan = left.find((t) => t.state === 'running' && !claimed.has(t.site));
      const task = orphan ?? left.find((t) => t.state === 'queued' && !claimed.has(t.site));
      if (task) claimed.add(task.site);
      return task;
    };
    const worker = async () => {
      for (let task = await next(); task; task = await next()) await this.runTask(task);
    };
    await Promise.all(Array.from({ length: QUEUE_LIMITS.sitesAtOnce }, worker));
  }

  /** robots.txt first (read once per task, kept with it), then the site from its home page. */
  private async research(
    task: ResearchTaskRecord,
    signal: AbortSignal,
    pace: Pace,
  ): Promise<{ state: TaskState; fetched: number }> {
    const { db } = this;
    const { site } = task;
    const account = await db.accounts.get(task.accountId);
    if (!account) return { state: 'cancelled', fetched: 0 };
    const beforeRequest = async (url: string) => {
      await pace();
      await recordFetch(db, url, site, this.now(), 'pending');
    };
    const allowed = this.deps.allowed ?? hasHostAccess;
    const { fetch } = this.deps;
    let origin = task.origin ?? `https://${site}`;
    let robots = task.robots;
    if (robots === undefined) {
      // Asked before the worker stopped, its answer lost with the worker (a browser closed, a worker stopped in the
      // middle): asked once more, since the site may well be fine; lost twice, the site is taken as not answering.
      const lost = await Promise.all(
        ['https', 'http'].map((scheme) => recentPage(db, account.id, `${scheme}://${site}/robots.txt`, this.now())),
      );
      if (lost.some((earlier) => earlier?.outcome === 'pending')) {
        if (task.robotsRetried) return { state: 'unreachable', fetched: 0 };
        await db.researchTasks.update(site, { robotsRetried: true });
      }
      const robotsAt = async (at: string) => {
        const text = await fetchRobots(at, site, { allowed, beforeRequest, fetch });
        const outcome = text === 'unreachable' || text === 'timeout' ? text : 'read';
        await recordFetch(db, `${at}/robots.txt`, site, this.now(), outcome);
        return text;
      };
      let text = await robotsAt(origin);
      // A site served over plain http only; one that does not answer in time is not asked twice.
      if (text === 'unreachable') {
        origin = `http://${site}`;
        text = await robotsAt(origin);
      }
      if (text === 'unreachable' || text === 'timeout') return { state: 'unreachable', fetched: 0 };
      robots = text;
      await db.researchTasks.update(site, { robots, origin });
    }
    const allows = robotsAllows(`${origin}/robots.txt`, robots);
    if (!allows(`${origin}/`)) return { state: 'refused', fetched: 0 };
    const result = await researchAccount(db, {
      accountId: account.id,
      site,
      company: account.signals,
      home: `${origin}/`,
      budget: RESEARCH_LIMITS.defaultPages,
      read: this.deps.read,
      allowed,
      fetch,
      robotsAllow: allows,
      pace,
      signal,
      now: this.now,
    });
    return { state: signal.aborted ? 'queued' : endState(result), fetched: result.fetched };
  }

  private async runTask(task: ResearchTaskRecord): Promise<void> {
    const { db } = this;
    const controller = new AbortController();
    this.workers.set(task.site, controller);
    await db.researchTasks.update(task.site, { state: 'running', startedAt: task.startedAt ?? this.now() });
    this.deps.onChange();
    let last = 0;
    const pace = async () => {
      const wait = last + QUEUE_LIMITS.requestGapMs - this.now();
      if (wait > 0) await this.sleep(wait);
      last = this.now();
    };
    let state: TaskState;
    let pages = task.pages ?? 0;
    try {
      const outcome = await this.research(task, controller.signal, pace);
      state = outcome.state;
      pages += outcome.fetched;
    } catch (error) {
      console.warn('ICP Lens: research queue', task.site, error);
      state = 'unreachable';
    } finally {
      this.workers.delete(task.site);
    }
    const current = await db.researchTasks.get(task.site);
    // Cancelled meanwhile stays cancelled; paused goes back to the queue.
    if (current?.state === 'cancelled') state = 'cancelled';
    const finished = state !== 'queued';
    await db.researchTasks.update(task.site, { state, pages, ...(finished && { finishedAt: this.now() }) });
    this.deps.onChange();
  }
}

type Pace = () => Promise<void>;

/** How a site's research ended, for the account. */
function endState(result: ResearchResult): TaskState {
  // A page read before the worker stopped counts: its facts are stored.
  if (result.pages.some((p) => p.outcome === 'read' || p.earlier === 'read')) return 'researched';
  if (result.pages.some((p) => p.outcome === 'no-data' || p.outcome === 'recent')) return 'no-data';
  if (result.pages.some((p) => p.outcome === 'refused')) return 'refused';
  return 'unreachable';
}
