import { afterEach, describe, expect, it } from 'vitest';
import { type IcpLensDb, openDb } from '../../../lib/db/db';
import { ensureDefaultIcp } from '../../../lib/db/icps';
import type { FetchLike } from '../../../lib/research/fetch-page';
import { enqueue, QUEUE_LIMITS, queueStatus, ResearchQueue } from '../../../lib/research/queue';
import { domParserReader } from '../../../lib/research/read-page';

let db: IcpLensDb;
let n = 0;
afterEach(async () => {
  db.close();
  await db.delete();
});

const html = (body: string) =>
  new Response(
    `<html lang="en"><head><title>${body.split('|')[0]}</title></head><body>${body.split('|')[1] ?? ''}</body></html>`,
    {
      headers: { 'content-type': 'text/html' },
    },
  );

/**
 * Sites in memory: `ok-N.example` have a home linking an about page that states the founding year; `hang.example`
 * never answers; `gone.example` answers 404 to everything; `private.example` disallows all in robots.txt.
 */
function network() {
  const asked: Array<{ url: string; at: number }> = [];
  // A real date: the founding year is checked against the current year.
  let clock = Date.UTC(2026, 0, 15);
  const fetch: FetchLike = (url, init) => {
    asked.push({ url, at: clock });
    const { hostname, pathname } = new URL(url);
    if (hostname === 'hang.example')
      return new Promise((_, reject) => init.signal?.addEventListener('abort', () => reject(new Error('aborted'))));
    if (hostname === 'gone.example') return Promise.resolve(new Response('no', { status: 404 }));
    if (pathname === '/robots.txt')
      return Promise.resolve(
        hostname === 'private.example'
          ? new Response('User-agent: *\nDisallow: /', { headers: { 'content-type': 'text/plain' } })
          : new Response('missing', { status: 404 }),
      );
    if (pathname === '/') return Promise.resolve(html(`Acme ${hostname}|<nav><a href="/about">About us</a></nav>`));
    if (pathname === '/about') return Promise.resolve(html(`About|<p>Founded in 2011. A team of 120 people.</p>`));
    return Promise.resolve(new Response('no', { status: 404 }));
  };
  return { fetch, asked, tick: (ms: number) => (clock += ms), now: () => clock };
}

async function seed(sites: string[]) {
  db = openDb(`queue-${++n}`);
  await ensureDefaultIcp(db, 0);
  await db.accounts.bulkPut(
    sites.map((site) => ({ id: site, domain: site, aliases: [], signals: {}, firstSeen: 0, lastSeen: 0, tags: [] })),
  );
}

/** A queue on the in-memory sites; `fetch` replaces their network (a worker stopped while waiting). */
function queueOn(net: ReturnType<typeof network>, fetch: FetchLike = net.fetch) {
  return new ResearchQueue(db, {
    read: domParserReader(new DOMParser()),
    onChange: () => undefined,
    allowed: () => true,
    fetch,
    now: net.now,
    sleep: async (ms) => void net.tick(ms),
  });
}

describe('bulk research queue', () => {
  it('ends every site in the right state, reads robots.txt first, paces each site, fetches nothing twice', async () => {
    const sites = ['ok-1.example', 'ok-2.example', 'gone.example', 'private.example'];
    await seed(sites);
    expect(await enqueue(db, [...sites, 'ok-1.example', 'missing.example'], 0)).toEqual({ queued: 4, skipped: 1 });
    const net = network();
    await queueOn(net).run();
    const states = Object.fromEntries((await db.researchTasks.toArray()).map((t) => [t.site, t.state]));
    expect(states).toEqual({
      'ok-1.example': 'researched',
      'ok-2.example': 'researched',
      'gone.example': 'unreachable',
      'private.example': 'refused',
    });
    const ok = await db.accounts.get('ok-1.example');
    expect(ok?.signals.founded?.value).toBe(2011);
    expect(ok?.signals.founded?.url).toBe('https://ok-1.example/about');
    expect(ok?.score?.criteria.find((c) => c.id === 'age')?.match).toBe(1);
    // robots.txt before anything else of a site; a disallowed site gets nothing more.
    for (const site of sites)
      expect(net.asked.find((a) => a.url.includes(site))?.url).toBe(`https://${site}/robots.txt`);
    expect(net.asked.filter((a) => a.url.includes('private.example')).map((a) => a.url)).toEqual([
      'https://private.example/robots.txt',
    ]);
    // One request per second per site, and each address once.
    for (const site of sites) {
      const times = net.asked.filter((a) => new URL(a.url).hostname === site).map((a) => a.at);
      for (let i = 1; i < times.length; i++)
        expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThanOrEqual(QUEUE_LIMITS.requestGapMs);
    }
    const urls = net.asked.map((a) => a.url);
    expect(new Set(urls).size).toBe(urls.length);
    const status = await queueStatus(db, [], 0);
    expect(status.counts).toMatchObject({ researched: 2, unreachable: 1, refused: 1, queued: 0, running: 0 });
  });

  it('resumes a task left running by a stopped worker without asking for a page twice', async () => {
    await seed(['ok-1.example']);
    await enqueue(db, ['ok-1.example'], 0);
    const net = network();
    // The first worker read robots.txt and the home page, asked for the about page and was stopped while waiting.
    const stopped: FetchLike = (url, init) => {
      if (!url.endsWith('/about')) return net.fetch(url, init);
      net.asked.push({ url, at: net.now() });
      return new Promise(() => undefined);
    };
    void queueOn(net, stopped).run();
    await expect.poll(() => net.asked.some((a) => a.url.endsWith('/about'))).toBe(true);
    expect((await db.researchTasks.get('ok-1.example'))?.state).toBe('running');
    const before = net.asked.map((a) => a.url);
    await queueOn(net).run();
    const again = net.asked.slice(before.length).map((a) => a.url);
    expect(again.filter((u) => before.includes(u))).toEqual([]);
    expect((await db.researchTasks.get('ok-1.example'))?.state).toBe('researched');
    // The home page read before the stop stays the account's evidence.
    expect((await db.observations.where('accountId').equals('ok-1.example').toArray()).map((o) => o.url)).toEqual([
      'https://ok-1.example/',
    ]);
  });

  /** A worker stopped while its robots.txt request was in flight: the answer never reaches the database. */
  async function workerStoppedOnRobots(net: ReturnType<typeof network>) {
    const before = net.asked.length;
    const lost: FetchLike = (url) => {
      net.asked.push({ url, at: net.now() });
      return new Promise(() => undefined);
    };
    void queueOn(net, lost).run();
    await expect.poll(() => net.asked.length).toBe(before + 1);
  }

  it('asks a robots.txt once more when a stopped worker lost its answer, and follows it', async () => {
    await seed(['private.example']);
    await enqueue(db, ['private.example'], 0);
    const net = network();
    await workerStoppedOnRobots(net);
    await queueOn(net).run();
    expect((await db.researchTasks.get('private.example'))?.state).toBe('refused');
    expect(net.asked.map((a) => a.url)).toEqual([
      'https://private.example/robots.txt',
      'https://private.example/robots.txt',
    ]);
  });

  it('takes a site whose robots.txt answer was lost twice as unreachable, without a third request', async () => {
    await seed(['ok-1.example']);
    await enqueue(db, ['ok-1.example'], 0);
    const net = network();
    await workerStoppedOnRobots(net);
    await workerStoppedOnRobots(net);
    await queueOn(net).run();
    expect(net.asked.map((a) => a.url)).toEqual(['https://ok-1.example/robots.txt', 'https://ok-1.example/robots.txt']);
    expect((await db.researchTasks.get('ok-1.example'))?.state).toBe('unreachable');
  });

  it('pauses, resumes and cancels', async () => {
    await seed(['ok-1.example', 'ok-2.example', 'ok-3.example']);
    await enqueue(db, ['ok-1.example', 'ok-2.example', 'ok-3.example'], 0);
    const net = network();
    const queue = queueOn(net);
    await queue.pause();
    await queue.run();
    expect(net.asked).toEqual([]);
    expect((await queueStatus(db, [], 0)).paused).toBe(true);
    await queue.cancel();
    expect((await queueStatus(db, [], 0)).counts.cancelled).toBe(3);
    await queue.resume();
    await queue.run();
    expect(net.asked).toEqual([]);
  });
});
