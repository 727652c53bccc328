import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from '../platform/hosts';

/**
 * Asks the tab to extract now: the content script answers if it runs there (profile sites, granted sites); otherwise
 * it is injected, which works where the user has granted the site or just invoked ICP Lens on it (activeTab).
 * Resolves false when the page cannot be read (browser pages, the store, sites without access).
 */
export async function readTab(tabId: number): Promise<boolean> {
  try {
    // Only the content script answers `ok`: an extension page in the tab may listen to messages too and answer nothing.
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'bg-cs/extract', payload: {} })) as
      | { ok?: unknown }
      | undefined;
    if (reply?.ok === true) return true;
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
