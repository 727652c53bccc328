import { browser } from 'wxt/browser';
import { countData, exportBackup, restoreBackup } from '../data/backup';
import { splitForMessages } from '../data/chunks';
import { deleteAllData } from '../data/delete-all';
import { createTransfers } from '../data/transfers';
import type { IcpLensDb } from '../db/db';
import type { MessageType, Payload } from '../messaging/protocol';
import { getSettings, type Settings, saveSettings } from '../settings/settings';
import { setTierBadge } from './badge';
import { notifyTabChanged } from './handlers';
import { runRescore } from './rescore-runner';
import type { Routes } from './route-types';
import { clearTabState, listTabStates } from './tab-state';

/** Backup pieces sent to the page per reply: replies are not capped, but one huge reply is slow to clone. */
const DOWNLOAD_PIECE_CHARS = 2_000_000;

const transfers = createTransfers();

/** Tells open extension pages something; none open is fine. Not awaited inside a transaction. */
async function broadcast<T extends MessageType>(type: T, payload: Payload<T>): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type, payload });
  } catch {
    // No extension page is listening.
  }
}

async function saveAndAnnounce(db: IcpLensDb, change: Partial<Settings>): Promise<Settings> {
  const settings = await saveSettings(db, change);
  await broadcast('bg-ui/settings-changed', settings);
  return settings;
}

/**
 * After a restore or a wipe, what tabs show no longer matches the data: badges take the stored tier of the account a
 * tab shows (cleared, with the tab's state, when it is gone), and open panels reload; pages apply the theme.
 */
export async function refreshAfterReplace(db: IcpLensDb): Promise<void> {
  await broadcast('bg-ui/settings-changed', await getSettings(db));
  // A backup taken during a rescoring holds its job: it carries on now, as after a worker restart.
  void runRescore(db);
  await refreshTabsAgainstData(db);
}

/**
 * Every tab's badge and panel against the stored data, after rows went away (a restore, a wipe, leads deleted): a tab
 * whose account and person are both gone forgets its state, so an open panel reads the page again.
 */
export async function refreshTabsAgainstData(db: IcpLensDb): Promise<void> {
  for (const [tabId, state] of await listTabStates()) {
    if (state.status === 'scored') {
      const account = state.accountId ? await db.accounts.get(state.accountId) : undefined;
      const contact = state.contactId ? await db.contacts.get(state.contactId) : undefined;
      if (!account && !contact) await clearTabState(tabId);
      await setTierBadge(tabId, account?.score?.tier ?? contact?.score?.tier);
    }
    await notifyTabChanged(tabId);
  }
}

/** Handlers of lib/messaging/messages/data.ts. */
export const dataRoutes: Routes = {
  'ui-bg/get-settings': (_, { db }) => getSettings(db),
  'ui-bg/save-settings': (change, { db }) => saveAndAnnounce(db, change),
  'ui-bg/count-data': (_, { db }) => countData(db),
  'ui-bg/backup-create': async (_, { db }) => {
    const counts = await countData(db);
    const text = await exportBackup(db);
    const pieces = splitForMessages(text, DOWNLOAD_PIECE_CHARS);
    return { backupId: transfers.startDownload(pieces), pieces: pieces.length, chars: text.length, counts };
  },
  'ui-bg/backup-piece': async ({ backupId, index }) => ({ text: transfers.downloadPiece(backupId, index) }),
  'ui-bg/restore-begin': async ({ pieces, chars }) => ({ restoreId: transfers.startUpload(pieces, chars) }),
  'ui-bg/restore-piece': async ({ restoreId, index, text }) => ({
    received: transfers.uploadPiece(restoreId, index, text),
  }),
  'ui-bg/restore-check': async ({ restoreId }) => {
    try {
      const { counts, total, databaseVersion } = transfers.check(restoreId);
      return { counts, total, databaseVersion };
    } catch (error) {
      transfers.end(restoreId);
      throw error;
    }
  },
  'ui-bg/restore-commit': async ({ restoreId }, { db }) => {
    const backup = transfers.checked(restoreId);
    try {
      const counts = await restoreBackup(db, backup, (done, total) => {
        void broadcast('bg-ui/restore-progress', { restoreId, done, total });
      });
      await refreshAfterReplace(db);
      return { counts, total: backup.total };
    } finally {
      transfers.end(restoreId);
    }
  },
  'ui-bg/restore-cancel': async ({ restoreId }) => {
    transfers.end(restoreId);
    return { cancelled: true };
  },
  'ui-bg/delete-all-data': async (_, { db }) => {
    const deleted = await deleteAllData(db, Date.now());
    await refreshAfterReplace(db);
    return { deleted };
  },
};
