import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { collectPage } from '../extract/collect/index';

/** Marker in the content script's isolated world: the file may be both declared and injected on demand. */
const RUNNING = Symbol.for('icp-lens.content');

/** After a single-page navigation the new content renders a little later; extract once it had time to settle. */
const SETTLE_MS = 800;

/**
 * Reads the page and reports to the background; again on request and after single-page navigations. Never
 * throws inside the page, and stops with the context (extension reloaded or updated).
 */
export function runContentScript(ctx: ContentScriptContext): void {
  const scope = globalThis as Record<symbol, unknown>;
  if (scope[RUNNING]) return;
  scope[RUNNING] = true;
  ctx.onInvalidated(() => {
    scope[RUNNING] = false;
  });

  const report = async () => {
    if (ctx.isInvalid) return;
    const url = location.href;
    let source = null;
    try {
      // Only reading here: every rule runs in the background (lib/extract/index.ts), where its code is warm.
      source = collectPage(document, url, Date.now());
    } catch {
      // collectPage does not throw; this guards the page against a bug in it all the same.
    }
    try {
      await browser.runtime.sendMessage({ type: 'cs-bg/page-source', payload: { url, source } });
    } catch {
      // The background refused or is restarting: the panel asks again when it opens.
    }
  };

  // The browser's own API here, not the polyfill (wxt.config.ts): the answer goes through `sendResponse`, which Chrome
  // and Firefox both take, where a returned promise is the polyfill's convention.
  browser.runtime.onMessage.addListener(
    (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      if ((message as { type?: unknown })?.type !== 'bg-cs/extract') return false;
      void report();
      sendResponse({ ok: true });
      return false;
    },
  );
  ctx.addEventListener(window, 'wxt:locationchange', () => ctx.setTimeout(() => void report(), SETTLE_MS));
  void report();
}
