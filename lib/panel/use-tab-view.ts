import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../messaging/client';
import { protocol } from '../messaging/protocol';
import type { TabView } from '../messaging/views';

/** While a page is being read, ask again at this pace (the background retries the page itself when overdue). */
const PENDING_POLL_MS = 700;

export type PanelState = { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'view'; view: TabView };

/**
 * What the panel describes, from its URL: `sidepanel.html?tabId=N` pins it to one tab (e2e tests, links);
 * `?windowId=N` follows the active tab of that window (the panel opened in a window of its own); by default it
 * follows the active tab of its own window, as a side panel does.
 */
export interface PanelTarget {
  tabId?: number;
  windowId?: number;
}

export function panelTarget(search: string): PanelTarget {
  const params = new URLSearchParams(search);
  const read = (name: string) => {
    const raw = params.get(name);
    return raw !== null && /^\d+$/.test(raw) ? Number(raw) : undefined;
  };
  return { tabId: read('tabId'), windowId: read('windowId') };
}

/** The tab the panel describes: pinned, or the active tab of the followed window, following switches. */
export function useTargetTab(target: PanelTarget): number | undefined {
  const [tabId, setTabId] = useState<number | undefined>(target.tabId);
  const pinned = target.tabId;
  const followedWindow = target.windowId;
  useEffect(() => {
    if (pinned !== undefined) return;
    let windowId = followedWindow;
    const refresh = async () => {
      const [tab] = await browser.tabs.query(
        windowId === undefined ? { active: true, currentWindow: true } : { active: true, windowId },
      );
      windowId = tab?.windowId;
      setTabId(tab?.id);
    };
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    void refresh();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinned, followedWindow]);
  return tabId;
}

/** The view of one tab, refreshed when the background says it changed, and polled while the page is being read. */
export function useTabView(tabId: number | undefined): { state: PanelState; reload: () => void } {
  const [state, setState] = useState<PanelState>({ kind: 'loading' });
  const [nonce, setNonce] = useState(0);
  const reload = useCallback(() => setNonce((n) => n + 1), []);

  useEffect(() => {
    if (tabId === undefined) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      clearTimeout(timer);
      try {
        const view = await sendToBackground<TabView, 'ui-bg/get-tab-view'>('ui-bg/get-tab-view', { tabId });
        if (!alive) return;
        setState({ kind: 'view', view });
        if (view.status === 'pending') timer = setTimeout(() => void load(), PENDING_POLL_MS);
      } catch (error) {
        if (alive) setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    };
    const onMessage = (message: unknown) => {
      const parsed = protocol['bg-ui/tab-changed'].payload.safeParse((message as { payload?: unknown })?.payload);
      if (
        (message as { type?: unknown })?.type === 'bg-ui/tab-changed' &&
        parsed.success &&
        parsed.data.tabId === tabId
      ) {
        void load();
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    void load();
    return () => {
      alive = false;
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [tabId, nonce]);

  return { state, reload };
}
