import { browser } from 'wxt/browser';
import { getActiveIcp } from '../db/icps';
import { parseAccountsCsv } from '../leads/csv-import';
import { importAccounts } from '../leads/import-accounts';
import { buildLeadList } from '../leads/rows';
import { ImportStaging } from '../leads/staging';
import type { ImportReply } from '../leads/types';
import type { Payload } from '../messaging/protocol';
import type { Routes } from './route-types';

const staging = new ImportStaging();

/** Tells the importing page how far it got; fire and forget, so it never holds the import's transaction open. */
function reportProgress(payload: Payload<'bg-ui/import-progress'>): void {
  browser.runtime.sendMessage({ type: 'bg-ui/import-progress', payload }).catch(() => {
    // The page was closed: the import carries on.
  });
}

/** Handlers of lib/messaging/messages/leads.ts. */
export const leadsRoutes: Routes = {
  'ui-bg/list-leads': (_payload, { db }) => buildLeadList(db, Date.now()),
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
