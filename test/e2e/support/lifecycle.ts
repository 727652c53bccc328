/// <reference types="chrome" />
import type { BrowserContext, Page, Worker } from '@playwright/test';

export interface Reply {
  ok: boolean;
  data?: unknown;
  error?: string;
}

/** Sends a protocol message from an extension page, as the panel does; a stopped worker is woken by it. */
export async function sendFromPage(page: Page, type: string, payload: unknown): Promise<Reply> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ type: t, payload: p }), [type, payload] as const);
}

/**
 * Stops the extension's service worker the way Chrome stops an idle one (DevTools protocol,
 * `ServiceWorker.stopAllWorkers`); resolves once DevTools reports it stopped (Playwright's own `close` event
 * does not always follow, so it is not waited for).
 */
export async function stopServiceWorker(context: BrowserContext, page: Page, worker: Worker): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const statuses: string[] = [];
  const stopped = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) {
        if (!version.scriptURL.startsWith(worker.url())) continue;
        statuses.push(version.runningStatus);
        if (version.runningStatus === 'stopped') resolve();
      }
    });
  });
  try {
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await Promise.race([
      stopped,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`the service worker did not stop: ${statuses.join(', ')}`)), 15_000),
      ),
    ]);
  } finally {
    await cdp.detach();
  }
}

/**
 * Many accounts at once: copies of one real recorded account under new ids, written with the raw IndexedDB API from
 * an extension page (visiting thousands of pages would take minutes).
 */
export async function cloneAccount(page: Page, sourceId: string, count: number): Promise<void> {
  await page.evaluate(
    ([id, n]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('icp-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('accounts', 'readwrite');
          const store = tx.objectStore('accounts');
          const get = store.get(id);
          get.onsuccess = () => {
            const source = get.result as { id: string; domain?: string; name?: string; aliases: string[] };
            for (let i = 0; i < n; i++) {
              const copy = structuredClone(source);
              copy.id = `clone-${String(i).padStart(5, '0')}.example`;
              copy.domain = copy.id;
              copy.aliases = [];
              copy.name = `Clone ${i}`;
              store.put(copy);
            }
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [sourceId, count] as const,
  );
}

/** Each account's id and the ICP it was last scored against, computed in the page: whole rows of thousands of
 * accounts would take seconds to copy out. */
export async function accountScores(page: Page): Promise<Array<[string, string | undefined]>> {
  return page.evaluate(
    () =>
      new Promise<Array<[string, string | undefined]>>((resolve, reject) => {
        const open = indexedDB.open('icp-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('accounts', 'readonly').objectStore('accounts').getAll();
          request.onsuccess = () => {
            db.close();
            const rows = request.result as Array<{ id: string; score?: { icpId: string } }>;
            resolve(rows.map((row) => [row.id, row.score?.icpId]));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** One account's [id, ICP it was scored with], read by key: polling 12,000 rows at a time is slow on a loaded machine. */
export async function accountScore(page: Page, id: string): Promise<[string, string | undefined] | undefined> {
  return page.evaluate(
    (key) =>
      new Promise<[string, string | undefined] | undefined>((resolve, reject) => {
        const open = indexedDB.open('icp-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('accounts', 'readonly').objectStore('accounts').get(key);
          request.onsuccess = () => {
            db.close();
            const row = request.result as { id: string; score?: { icpId: string } } | undefined;
            resolve(row ? [row.id, row.score?.icpId] : undefined);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    id,
  );
}
