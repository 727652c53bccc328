import { browser } from 'wxt/browser';

/** Tells open panels that a tab's view changed; no panel open is fine. */
export async function notifyTabChanged(tabId: number): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'bg-ui/tab-changed', payload: { tabId } });
  } catch {
    // No extension page is listening.
  }
}
