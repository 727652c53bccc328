import { browser } from 'wxt/browser';
import { DEMO_PAGE } from '../background/own-pages';

/**
 * Opens the bundled demo company in a new tab of this window. The background reads it when the panel asks about the
 * tab (lib/background/own-pages.ts): no server, no network, and it works in the store build too.
 */
export async function openDemoTab(): Promise<number | undefined> {
  const tab = await browser.tabs.create({ url: browser.runtime.getURL(DEMO_PAGE), active: true });
  return tab.id;
}
