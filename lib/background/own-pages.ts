import { browser } from 'wxt/browser';
import { signalsOf } from '../research/read-page';
import { backgroundReader } from '../research/reader';
import type { PageSignals } from '../signals/schema';
import type { PageSource } from '../signals/source';

/**
 * ICP Lens's own pages in a tab (welcome, leads, settings, the bundled demo company). No content script runs there,
 * yet they answer runtime messages (their theme listens for settings), so without this a panel on them waited for a
 * report that never came. The demo company is read here instead, from the extension's own copy of public/demo.html.
 */
export const DEMO_PAGE = '/demo.html';
/** The demo company's own address, its canonical link (test/unit/background/own-pages.test.ts checks they agree). */
export const DEMO_SITE_URL = 'https://www.lumen-ledger.example/';

export type OwnPage = 'demo' | 'other';

/** Which of our pages a URL is, if it is one. */
export function ownPageOf(url: string | undefined, origin: string): OwnPage | undefined {
  if (!url?.startsWith(origin)) return undefined;
  return new URL(url).pathname === DEMO_PAGE ? 'demo' : 'other';
}

/** The tab's page, when it is one of ours: the browser shows an extension its own pages' addresses. */
export async function ownPageInTab(tabId: number): Promise<OwnPage | undefined> {
  try {
    const tab = await browser.tabs.get(tabId);
    return ownPageOf(tab.url ?? tab.pendingUrl, browser.runtime.getURL('/'));
  } catch {
    return undefined;
  }
}

export interface DemoReport {
  url: string;
  page: PageSignals | null;
  source: PageSource | null;
}

const reading = new Set<number>();

/**
 * Reads the bundled demo page as a visited page is read (the same collect, interpret and normalize, through the
 * reader research uses) and hands the result to `record`, as a content script's report would be. Once per tab at a
 * time: the panel asks again while it waits.
 */
export async function readDemo(tabId: number, record: (report: DemoReport) => Promise<unknown>): Promise<void> {
  if (reading.has(tabId)) return;
  reading.add(tabId);
  try {
    const html = await (await fetch(browser.runtime.getURL(DEMO_PAGE))).text();
    const source = await backgroundReader()(html, DEMO_SITE_URL, Date.now());
    // No source handed on: the demo company is invented, it has no site for research to read.
    await record({ url: DEMO_SITE_URL, page: signalsOf(source), source: null });
  } finally {
    reading.delete(tabId);
  }
}
