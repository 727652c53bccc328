import { type Browser, browser } from 'wxt/browser';
import { protocol } from '../messaging/protocol';
import { collectParsed } from './read-page';

/**
 * The offscreen document's one job (Chrome): parse a page research fetched and read it with collectPage, for the
 * background, whose service worker has no DOMParser. The parsed document is inert: nothing in it runs or loads. Only
 * the extension's own background is answered.
 */
export function startOffscreenReader(): void {
  const parser = new DOMParser();
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const message = raw as { type?: unknown; payload?: unknown } | null;
    if (message?.type !== 'bg-off/read-html') return undefined;
    if (sender.id !== browser.runtime.id || sender.tab) return undefined;
    const parsed = protocol['bg-off/read-html'].payload.safeParse(message.payload);
    if (!parsed.success) return Promise.resolve({ ok: false, error: 'invalid page to read' });
    const { html, url, now } = parsed.data;
    try {
      return Promise.resolve({ ok: true, data: collectParsed(parser.parseFromString(html, 'text/html'), url, now) });
    } catch {
      return Promise.resolve({ ok: true, data: null });
    }
  });
}
