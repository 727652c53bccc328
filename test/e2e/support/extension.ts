/// <reference types="chrome" />
import type { Page, Worker } from '@playwright/test';

/** The id of the tab showing `url`, asked of the extension itself (it has host access to the local fixture sites). */
export async function tabIdFor(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (target) => {
    for (let i = 0; i < 50; i++) {
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === target);
      if (tab?.id !== undefined) return tab.id;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no tab shows ${target}`);
  }, url);
}

/** The toolbar badge text and colour the extension set for a tab. */
export async function badgeFor(worker: Worker, tabId: number) {
  return worker.evaluate(async (id) => {
    const text = await chrome.action.getBadgeText({ tabId: id });
    const color = await chrome.action.getBadgeBackgroundColor({ tabId: id });
    return { text, color };
  }, tabId);
}

/**
 * Every row of one object store of the extension's IndexedDB, read with the raw API (no Dexie involved), from the
 * service worker or from an extension page (which still reads while the worker is stopped).
 */
export async function readStore<T = Record<string, unknown>>(worker: Worker | Page, store: string): Promise<T[]> {
  return (worker as Worker).evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('icp-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** The active tab of the last focused window: the page a user would be looking at. */
export async function activeTabId(worker: Worker): Promise<number> {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}
