import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox). Must run synchronously inside the user-gesture handler: both
 * browsers refuse once the gesture has been consumed by an await.
 */
export function openPanel(target: { windowId?: number }): void {
  const api = browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebar };
  const chromePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel ?? api.sidePanel;
  const opening = chromePanel ? chromePanel.open({ windowId: target.windowId }) : api.sidebarAction?.open();
  opening?.catch(() => {
    // Already open, or the browser refused without a gesture: the toolbar button still works.
  });
}
