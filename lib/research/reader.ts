import { browser } from 'wxt/browser';
import type { PageSource } from '../signals/source';
import { parseSource } from '../signals/source-schema';
import { domParserReader, type HtmlReader } from './read-page';

const OFFSCREEN_URL = 'offscreen.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

const offscreenApi = () => (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

let creating: Promise<void> | undefined;

/** Creates the offscreen document once; two researches at once share it. */
async function ensureOffscreen(api: OffscreenApi): Promise<void> {
  if (await api.hasDocument?.()) return;
  creating ??= api
    .createDocument({
      url: OFFSCREEN_URL,
      reasons: ['DOM_PARSER'],
      justification:
        "Parse pages of a company's own site that research fetched, to read them as a visited page is read.",
    })
    .catch((error: unknown) => {
      // Created meanwhile by another call: fine.
      if (!String(error).includes('single offscreen')) throw error;
    })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

/** Closes the offscreen document when no research needs it (it holds a renderer process). */
export async function releaseReader(): Promise<void> {
  const api = offscreenApi();
  try {
    if (api && (await api.hasDocument?.())) await api.closeDocument();
  } catch {
    // Already closed, or no offscreen documents here: nothing to release.
  }
}

/**
 * The reader for this browser: the background page's own DOMParser where it has one (Firefox), else the offscreen
 * document (Chrome, DOM_PARSER reason). Either way the same collectPage reads the parsed page; its material comes
 * back as a content script's would and is validated the same way.
 */
export function backgroundReader(): HtmlReader {
  if (typeof DOMParser === 'function') return domParserReader(new DOMParser());
  return async (html, url, now): Promise<PageSource | null> => {
    const api = offscreenApi();
    if (!api) return null;
    await ensureOffscreen(api);
    const reply = (await browser.runtime.sendMessage({ type: 'bg-off/read-html', payload: { html, url, now } })) as
      | { ok: boolean; data?: unknown }
      | undefined;
    return reply?.ok ? parseSource(reply.data) : null;
  };
}
