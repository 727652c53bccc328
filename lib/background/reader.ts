import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from '../platform/hosts';

/**
 * Asks the tab to extract now: the content script answers if it runs there (profile sites, granted sites); otherwise
 * it is injected, which works where the user has granted the site or just invoked ICP Lens on it (activeTab).
 * Resolves false when the page cannot be read (browser pages, the store, sites without access).
 */
export async function readTab(tabId: number): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'bg-cs/extract', payload: {} });
    return true;
  } catch {
    // No content script in this tab yet.
  }
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    return true;
  } catch {
    return false;
  }
}
