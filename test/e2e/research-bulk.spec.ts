/// <reference types="chrome" />
import { expect, test } from '@playwright/test';
import { ALL_SITES } from '../../lib/platform/hosts';
import { QUEUE_LIMITS } from '../../lib/research/queue';
import { launchWithExtension } from './support/browser';
import { readStore } from './support/extension';
import { LeadsPage } from './support/leads-page';
import { sendFromPage, stopServiceWorker } from './support/lifecycle';
import { startResearchSites } from './support/research-sites';
import { approveInBrowserSettings } from './support/site-access';

// Thirty companies; three misbehave: one never answers, one answers 404 to everything, one's robots.txt forbids all.
const SITES = Array.from({ length: 30 }, (_, i) => `fjord-${String(i + 1).padStart(2, '0')}.example`);
const HANGS = SITES[1] as string;
const GONE = SITES[4] as string;
const PRIVATE = SITES[8] as string;

/** Each company's small site: a home page naming its about and careers pages, which state the facts. */
function page(host: string, path: string): string | undefined {
  const name = `Fjord ${host.slice(6, 8)}`;
  const nav = '<nav><a href="/">Home</a> <a href="/about">About us</a> <a href="/careers">Careers</a></nav>';
  const wrap = (title: string, body: string) =>
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body>${nav}<main>${body}</main><footer>© ${name}</footer></body></html>`;
  if (path === '/') return wrap(`${name} | Logistics software`, `<h1>${name}</h1><p>Fleet planning software.</p>`);
  if (path === '/about')
    return wrap(`About | ${name}`, '<p>Founded in 2012 and headquartered in Oslo, Norway. A team of 80 people.</p>');
  if (path === '/careers') return wrap(`Careers | ${name}`, '<p>We are hiring: see our open roles.</p>');
  return undefined;
}

test('bulk research of 30 sites survives a stopped worker and ends every account in its state', async () => {
  test.setTimeout(240_000);
  const sites = await startResearchSites((_req, res, host, path) => {
    if (host === HANGS) return true; // never answers
    if (host === GONE) {
      res.writeHead(404).end('gone');
      return true;
    }
    if (path === '/robots.txt') {
      if (host === PRIVATE) res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nDisallow: /\n');
      else res.writeHead(404).end();
      return true;
    }
    const html = page(host, path);
    if (html) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    else res.writeHead(404).end();
    return true;
  });
  const { context, worker, extensionId } = await launchWithExtension({
    args: [`--host-resolver-rules=MAP *.example 127.0.0.1:${sites.port}`],
  });
  try {
    const leads = await LeadsPage.open(context, extensionId);
    await expect(leads.page.getByTestId('no-leads')).toBeVisible();
    // The imported list: thirty accounts known by domain only.
    await leads.page.evaluate(
      (domains) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('icp-lens');
          open.onsuccess = () => {
            const tx = open.result.transaction('accounts', 'readwrite');
            for (const d of domains)
              tx.objectStore('accounts').put({
                id: d,
                domain: d,
                aliases: [],
                signals: {},
                firstSeen: 1,
                lastSeen: 1,
                tags: [],
              });
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      SITES,
    );
    await leads.page.reload();
    await leads.expectCount('30', '30');

    await approveInBrowserSettings(context, extensionId, ALL_SITES);
    await leads.page.getByTestId('research-shown').click();
    await expect(leads.page.getByTestId('research-queue-note')).toContainText('30 sites queued');
    await expect(leads.page.getByTestId('research-queue-status')).toContainText('of 30 sites done');

    // Stopped in the middle, the worker is woken by the page and the queue carries on.
    const finished = async () =>
      (await readStore<{ state: string }>(leads.page, 'researchTasks')).filter(
        (t) => t.state !== 'queued' && t.state !== 'running',
      ).length;
    await expect.poll(finished, { timeout: 60_000 }).toBeGreaterThanOrEqual(6);
    await stopServiceWorker(context, leads.page, worker);
    expect(await finished()).toBeLessThan(30);
    await sendFromPage(leads.page, 'ui-bg/research-queue-status', {});
    await expect.poll(finished, { timeout: 150_000, intervals: [2_000] }).toBe(30);

    const tasks = await readStore<{ site: string; state: string }>(leads.page, 'researchTasks');
    const states = Object.fromEntries(tasks.map((t) => [t.site, t.state]));
    expect(states[HANGS]).toBe('unreachable');
    expect(states[GONE]).toBe('unreachable');
    expect(states[PRIVATE]).toBe('refused');
    for (const site of SITES.filter((s) => ![HANGS, GONE, PRIVATE].includes(s)))
      expect(states[site], site).toBe('researched');
    await expect(leads.page.getByTestId('research-queue-status')).toContainText(
      '27 researched, 2 unreachable, 1 refused by robots.txt',
    );

    // Rescored with what the sites said.
    const accounts = await readStore<{
      id: string;
      signals: { founded?: { value: number; url: string } };
      score?: { confidence: number };
    }>(leads.page, 'accounts');
    const one = accounts.find((a) => a.id === SITES[0]);
    expect(one?.signals.founded).toMatchObject({ value: 2012, url: `http://${SITES[0]}/about` });
    expect(one?.score?.confidence).toBeGreaterThan(0);

    // No page was asked twice; only a robots.txt in flight when the worker stopped (at most one per site being read)
    // is asked once more. The forbidden site was asked for its robots.txt only.
    const asked = sites.requests.map((r) => `${r.host}${r.path}`);
    const twice = asked.filter((a, i) => asked.indexOf(a) !== i);
    expect(twice.filter((a) => !a.endsWith('/robots.txt'))).toEqual([]);
    expect(twice.length).toBeLessThanOrEqual(QUEUE_LIMITS.sitesAtOnce);
    expect(new Set(asked.filter((a) => a.startsWith(PRIVATE)))).toEqual(new Set([`${PRIVATE}/robots.txt`]));
    expect(sites.requests.every((r) => !r.cookie)).toBe(true);
  } finally {
    await context.close();
    await sites.close();
  }
});
