import { type Browser, browser } from 'wxt/browser';
import { openDb } from '../db/db';
import { ensureDefaultIcp } from '../db/icps';
import { senderRole, validateMessage } from '../messaging/validate';
import { setTierBadge } from './badge';
import { getTabView, notifyTabChanged, onPageSignals, requestRead } from './handlers';
import {
  onCreateIcp,
  onDeleteIcp,
  onExportIcp,
  onImportIcp,
  onListIcps,
  onPreviewScore,
  onSaveIcp,
  onSetActiveIcp,
} from './icp-handlers';
import { openPanel } from './panel';
import { runRescore } from './rescore-runner';
import { clearTabState, setTabState } from './tab-state';

const MENU_SCORE = 'icp-lens-score-page';

/** Wires the background: every listener is registered synchronously, so a woken service worker gets its event. */
export function startBackground(): void {
  const db = openDb();
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  // A rescoring job interrupted when the worker stopped carries on from its stored cursor.
  void runRescore(db);

  browser.runtime.onInstalled.addListener(async () => {
    await ensureDefaultIcp(db, Date.now());
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({ id: MENU_SCORE, title: 'Score this page with ICP Lens', contexts: ['page', 'link'] });
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    const role = senderRole(
      { id: sender.id, url: sender.url, tabId: sender.tab?.id },
      browser.runtime.id,
      extensionOrigin,
    );
    const message = validateMessage(raw, role);
    // Broadcasts to panels arrive here too when the background itself is the sender's target list: ignore them.
    if (message.ok && message.type.startsWith('bg-')) return undefined;
    return handle(message, sender.tab?.id).catch((error: unknown) => ({
      ok: false as const,
      error: error instanceof Error ? error.message : String(error),
    }));
  });

  async function handle(message: ReturnType<typeof validateMessage>, senderTabId: number | undefined) {
    if (!message.ok) return message;
    switch (message.type) {
      case 'cs-bg/page-signals':
        if (senderTabId === undefined) return { ok: false as const, error: 'page signals must come from a tab' };
        return { ok: true as const, data: await onPageSignals(db, senderTabId, message.payload) };
      case 'ui-bg/get-tab-view':
        return { ok: true as const, data: await getTabView(db, message.payload.tabId) };
      case 'ui-bg/read-tab':
        return { ok: true as const, data: { reading: await requestRead(message.payload.tabId) } };
      case 'ui-bg/list-icps':
        return { ok: true as const, data: await onListIcps(db) };
      case 'ui-bg/create-icp':
        return { ok: true as const, data: await onCreateIcp(db, message.payload) };
      case 'ui-bg/save-icp':
        return { ok: true as const, data: await onSaveIcp(db, message.payload) };
      case 'ui-bg/set-active-icp':
        return { ok: true as const, data: await onSetActiveIcp(db, message.payload) };
      case 'ui-bg/delete-icp':
        return { ok: true as const, data: await onDeleteIcp(db, message.payload) };
      case 'ui-bg/import-icp':
        return { ok: true as const, data: await onImportIcp(db, message.payload) };
      case 'ui-bg/export-icp':
        return { ok: true as const, data: await onExportIcp(db, message.payload) };
      case 'ui-bg/preview-score':
        return { ok: true as const, data: await onPreviewScore(db, message.payload) };
      default:
        return { ok: false as const, error: `${message.type} is not handled by the background` };
    }
  }

  // A navigation starts: the old score no longer describes the tab.
  browser.tabs.onUpdated.addListener(async (tabId, change) => {
    if (change.status !== 'loading') return;
    await setTabState(tabId, { status: 'pending', since: Date.now() });
    await setTierBadge(tabId, undefined);
    await notifyTabChanged(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));

  // Toolbar button and context menu: a user gesture, which grants activeTab, so any site can be read on demand.
  const onInvoked = (tab: Browser.tabs.Tab | undefined) => {
    if (tab?.id === undefined) return;
    openPanel(tab);
    void requestRead(tab.id).then(() => notifyTabChanged(tab.id as number));
  };
  (browser.action ?? browser.browserAction).onClicked.addListener(onInvoked);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_SCORE) onInvoked(tab);
  });
}
