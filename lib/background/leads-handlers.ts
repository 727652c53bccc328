import { browser } from 'wxt/browser';
import { removeExclusions } from '../db/exclusions';
import { getActiveIcp } from '../db/icps';
import { applyBulk, previewDelete } from '../leads/bulk';
import { parseAccountsCsv } from '../leads/csv-import';
import { loadLeadDetail } from '../leads/detail';
import { importAccounts } from '../leads/import-accounts';
import { buildLeadList } from '../leads/rows';
import { SelectionStaging } from '../leads/selection';
import { ImportStaging } from '../leads/staging';
import type { ImportReply } from '../leads/types';
import type { Payload } from '../messaging/protocol';
import { refreshTabsAgainstData } from './data-handlers';
import type { Routes } from './route-types';
import { notifyShowing } from './workflow-handlers';

const staging = new ImportStaging();
const selections = new SelectionStaging();

/** Tells the importing page how far it got; fire and forget, so it never holds the import's transaction open. */
function reportProgress(payload: Payload<'bg-ui/import-progress'>): void {
  browser.runtime.sendMessage({ type: 'bg-ui/import-progress', payload }).catch(() => {
    // The page was closed: the import carries on.
  });
}

function reportBulk(payload: Payload<'bg-ui/bulk-progress'>): void {
  browser.runtime.sendMessage({ type: 'bg-ui/bulk-progress', payload }).catch(() => {
    // The page was closed: the action carries on.
  });
}

/** Handlers of lib/messaging/messages/leads.ts. */
export const leadsRoutes: Routes = {
  'ui-bg/list-leads': (_payload, { db }) => buildLeadList(db, Date.now()),
  'ui-bg/get-lead': ({ target }, { db }) => loadLeadDetail(db, target, Date.now()),
  'ui-bg/stage-selection': async ({ bulkId, index, total, targets }) =>
    selections.add(bulkId, index, total, targets, Date.now()),
  'ui-bg/preview-bulk': async ({ bulkId, action }, { db }) => {
    const targets = selections.get(bulkId, true);
    // "Not a company" deletes the companies only: the people selected with them stay.
    return previewDelete(db, action === 'delete' ? targets : targets.filter((t) => t.kind === 'account'));
  },
  'ui-bg/apply-bulk': async ({ bulkId, action }, { db }) => {
    const targets = selections.get(bulkId);
    const outcome = await applyBulk(db, targets, action, Date.now(), (done, total) =>
      reportBulk({ bulkId, done, total }),
    );
    // Open panels showing these leads refresh; those showing a deleted one read their page again.
    if (outcome.removed) await refreshTabsAgainstData(db);
    else
      await notifyShowing(
        db,
        targets.map((t) => t.id),
      );
    return outcome;
  },
  'ui-bg/remove-exclusions': async ({ keys }, { db }) => ({ removed: await removeExclusions(db, keys) }),
  'ui-bg/stage-import-chunk': async ({ importId, index, total, text }) =>
    staging.add(importId, index, total, text, Date.now()),
  'ui-bg/import-accounts-csv': async ({ importId }, { db }): Promise<ImportReply> => {
    const text = staging.take(importId);
    reportProgress({ importId, phase: 'checking', done: 0, total: 0 });
    const parsed = parseAccountsCsv(text);
    if (!parsed.ok) return parsed;
    const now = Date.now();
    const icp = await getActiveIcp(db, now);
    const outcome = await importAccounts(db, parsed.entries, icp, now, (done, total) =>
      reportProgress({ importId, phase: 'saving', done, total }),
    );
    return { ok: true, rows: parsed.rows, ...outcome };
  },
};
