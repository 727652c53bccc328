import type { Browser } from 'wxt/browser';
import type { IcpLensDb } from '../db/db';
import { setBuyingRole } from '../people/edit';
import { deleteActivity, logActivity } from '../workflow/activities';
import { deleteAnswer, recordAnswer } from '../workflow/answers';
import type { Target } from '../workflow/limits';
import { setNotes, setStage, setTags } from '../workflow/records';
import { rememberSaveIntent } from '../workflow/save-intent';
import { notifyTabChanged, requestRead } from './handlers';
import { openPanel } from './panel';
import type { Routes } from './route-types';
import { listTabStates } from './tab-state';

/** Tells the panels of every tab showing one of these accounts or contacts (as page or employer) to refresh. */
export async function notifyShowing(db: IcpLensDb, ids: readonly (string | undefined)[]): Promise<void> {
  const wanted = new Set(ids.filter((id): id is string => !!id));
  for (const [tabId, state] of await listTabStates()) {
    if (state.status !== 'scored') continue;
    const employer = state.contactId ? (await db.contacts.get(state.contactId))?.accountId : undefined;
    if ([state.accountId, state.contactId, employer].some((id) => id && wanted.has(id))) {
      await notifyTabChanged(tabId);
    }
  }
}

/** Runs a write, then refreshes the panels showing what it changed; replies with what the write returned. */
async function thenNotify<T>(db: IcpLensDb, write: Promise<T>, ids: (record: T) => (string | undefined)[]) {
  const result = await write;
  await notifyShowing(db, ids(result));
  return result;
}

const byTarget = (target: Target) => () => [target.id];
const ofRow = (row: { accountId?: string; contactId?: string }) => [row.accountId, row.contactId];

/** Handlers of lib/messaging/messages/workflow.ts. */
export const workflowRoutes: Routes = {
  'ui-bg/record-answer': (answer, { db }) => thenNotify(db, recordAnswer(db, answer, Date.now()), ofRow),
  'ui-bg/delete-answer': ({ id }, { db }) => thenNotify(db, deleteAnswer(db, id), ofRow),
  'ui-bg/set-stage': ({ target, stage, reason }, { db }) =>
    thenNotify(db, setStage(db, target, stage ?? undefined, Date.now(), reason), byTarget(target)),
  'ui-bg/set-tags': ({ target, tags }, { db }) => thenNotify(db, setTags(db, target, tags), byTarget(target)),
  'ui-bg/set-notes': ({ target, notes }, { db }) => thenNotify(db, setNotes(db, target, notes), byTarget(target)),
  'ui-bg/log-activity': (activity, { db }) => thenNotify(db, logActivity(db, activity, Date.now()), ofRow),
  'ui-bg/delete-activity': ({ id }, { db }) => thenNotify(db, deleteActivity(db, id), ofRow),
  // The account's panel lists its people: both the person's and the account's panels refresh.
  'ui-bg/set-buying-role': ({ contactId, role }, { db }) =>
    thenNotify(db, setBuyingRole(db, contactId, role), (c) => [c.id, c.accountId]),
};

/**
 * The "Save lead" menu entry: opens the panel (synchronously, inside the gesture), remembers the intent (applied by
 * onPageSignals when the page reports, lib/workflow/save-intent.ts) and reads the page on demand.
 */
export function onSaveLeadClicked(tab: Browser.tabs.Tab | undefined): void {
  if (tab?.id === undefined) return;
  const tabId = tab.id;
  openPanel(tab);
  void (async () => {
    await rememberSaveIntent(tabId, Date.now());
    await requestRead(tabId);
    await notifyTabChanged(tabId);
  })();
}
