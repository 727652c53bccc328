import { type Browser, browser } from 'wxt/browser';
import { describeError } from '../data/storage-errors';
import { openDb } from '../db/db';
import { ensureDefaultIcp } from '../db/icps';
import { senderRole, validateMessage } from '../messaging/validate';
import { syncGrantedScripts } from '../platform/registered-scripts';
import { setTierBadge } from './badge';
import { notifyTabChanged, requestRead } from './handlers';
import { broadcastLeadChanges } from './leads-broadcast';
import { createMenus, onMenuClicked } from './menus';
import { openPanel } from './panel';
import { runRescore } from './rescore-runner';
import { resumeResearchQueue } from './research-handlers';
import type { Route } from './route-types';
import { routes } from './routes';
import { clearTabState, setTabState } from './tab-state';
import { syncTeamIcp, TEAM_ICP_ALARM } from './team-icp';
import { onSaveLeadClicked } from './workflow-handlers';

/** Wires the background: every listener is registered synchronously, so a woken service worker gets its event. */
export function startBackground(): void {
  const db = openDb();
  const extensionOrigin = browser.runtime.getURL('/').replace(/\/$/, '');
  // A rescoring job interrupted when the worker stopped carries on from its stored cursor.
  void runRescore(db);
  // So does a bulk research queue (lib/research/queue.ts), unless the user paused it.
  resumeResearchQueue(db);
  // Open leads pages refresh after any write to what they list.
  broadcastLeadChanges();
  // Sites the user granted get the content script on every page load; revoked ones stop getting it. The
  // registration persists, so it is synced when grants change and when the extension is installed, updated or the
  // browser starts, not on every wake of the worker.
  const syncScripts = () =>
    void syncGrantedScripts().catch((error) => console.warn('ICP Lens: content scripts', error));
  browser.permissions.onAdded.addListener(syncScripts);
  browser.permissions.onRemoved.addListener(syncScripts);
  browser.runtime.onStartup.addListener(syncScripts);
  // The team's ICP file (lib/icp/team.ts) is checked at browser start and daily.
  const syncTeam = () => void syncTeamIcp(db, Date.now()).catch((e) => console.warn('ICP Lens: team ICP', e));
  browser.runtime.onStartup.addListener(syncTeam);
  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_ICP_ALARM) syncTeam();
  });

  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    // First run only (not updates): the welcome page says what ICP Lens does and offers the demo company.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    syncScripts();
    await ensureDefaultIcp(db, Date.now());
    await createMenus();
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
      // A full disk reaches the user as what to do about it, not as Dexie's error name (lib/data/storage-errors.ts).
      error: describeError(error),
    }));
  });

  async function handle(message: ReturnType<typeof validateMessage>, senderTabId: number | undefined) {
    if (!message.ok) return message;
    const route = routes[message.type] as Route<typeof message.type> | undefined;
    if (!route) return { ok: false as const, error: `${message.type} is not handled by the background` };
    return { ok: true as const, data: await route(message.payload, { db, senderTabId }) };
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
  onMenuClicked(onInvoked, onSaveLeadClicked);
}
