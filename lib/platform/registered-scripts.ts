import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, CONTENT_SCRIPT_MATCHES } from './hosts';
import { listGrantedSites } from './site-access';

/** One registration covers every granted site; updating it in place keeps a single id to find and remove. */
export const GRANTED_SCRIPT_ID = 'icp-lens-granted-sites';

let queue: Promise<unknown> = Promise.resolve();

/**
 * Makes the content script run on exactly the sites the user granted, now and on later page loads: registers it
 * for them, updates the list, or unregisters it when none is left. Called at start (the registration may predate an
 * update, or the grants may have changed while the worker slept) and on every `permissions.onAdded/onRemoved`.
 * Calls run one after the other: two events at once must not both try to register the same id.
 */
export function syncGrantedScripts(): Promise<string[]> {
  const run = queue.then(sync, sync);
  queue = run.catch(() => undefined);
  return run;
}

async function sync(): Promise<string[]> {
  const sites = await listGrantedSites();
  const [registered] = await browser.scripting.getRegisteredContentScripts({ ids: [GRANTED_SCRIPT_ID] });
  if (!sites.length) {
    if (registered) await browser.scripting.unregisterContentScripts({ ids: [GRANTED_SCRIPT_ID] });
    return sites;
  }
  const script = {
    id: GRANTED_SCRIPT_ID,
    matches: sites,
    // The manifest's own content script already runs there (127.0.0.1 is covered by both with "all sites").
    excludeMatches: CONTENT_SCRIPT_MATCHES,
    js: [CONTENT_SCRIPT_FILE],
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  if (registered) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return sites;
}
