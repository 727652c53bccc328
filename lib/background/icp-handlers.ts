import type { IcpLensDb } from '../db/db';
import { addIcp, createFromPreset, deleteIcp, listIcps, saveIcp, setActiveIcp } from '../db/icps';
import { previewIcp } from '../db/preview';
import { getRescoreJob, startRescore } from '../db/rescore';
import { exportFileName, exportIcp, parseIcpFile } from '../icp/io';
import { PRESETS } from '../icp/presets';
import { lockedChanges } from '../icp/team';
import type { Payload } from '../messaging/protocol';
import type { ExportReply, IcpList, ImportReply } from '../messaging/views';
import { runRescore } from './rescore-runner';
import type { Routes } from './route-types';
import { getTabState } from './tab-state';

/** The ICP editor's requests (`ui-bg/*-icp`, `ui-bg/preview-score`); every payload was validated by the caller. */
export async function onListIcps(db: IcpLensDb): Promise<IcpList> {
  const { icps, activeId } = await listIcps(db);
  const job = await getRescoreJob(db);
  return {
    icps,
    activeId,
    presets: PRESETS.map(({ id, name, description }) => ({ id, name, description })),
    rescore: job && { icpId: job.icpId, done: job.done, total: job.total, finished: false },
  };
}

/** Starts rescoring every account and contact against an ICP; progress follows as `bg-ui/rescore-progress`. */
export async function rescoreAll(db: IcpLensDb, icpId: string): Promise<void> {
  await startRescore(db, icpId, Date.now());
  // Not awaited: the reply goes now, progress follows as `bg-ui/rescore-progress`.
  void runRescore(db);
}

export async function onSaveIcp(db: IcpLensDb, { icp }: Payload<'ui-bg/save-icp'>) {
  const stored = await db.icps.get(icp.id);
  const locked = stored?.teamUrl ? lockedChanges(stored, icp) : [];
  if (locked.length) {
    const names = locked.map((l) => `"${l}"`).join(', ');
    throw new Error(`${names} ${locked.length === 1 ? 'is' : 'are'} set by your team's ICP and locked: ask its owner.`);
  }
  // The team's address and locks are the file's to set, not an edit's.
  if (stored) icp = { ...icp, teamUrl: stored.teamUrl };
  const saved = await saveIcp(db, icp, Date.now());
  if (saved.active) await rescoreAll(db, saved.icp.id);
  return saved.icp;
}

export async function onSetActiveIcp(db: IcpLensDb, { id }: Payload<'ui-bg/set-active-icp'>) {
  const icp = await setActiveIcp(db, id);
  await rescoreAll(db, icp.id);
  return { activeId: icp.id };
}

export async function onCreateIcp(db: IcpLensDb, { presetId }: Payload<'ui-bg/create-icp'>) {
  return createFromPreset(db, presetId, Date.now());
}

export async function onDeleteIcp(db: IcpLensDb, { id }: Payload<'ui-bg/delete-icp'>) {
  await deleteIcp(db, id);
  return { deleted: id };
}

/** Parsed whole before anything is written: a refused file leaves the database as it was. */
export async function onImportIcp(db: IcpLensDb, { text }: Payload<'ui-bg/import-icp'>): Promise<ImportReply> {
  const parsed = parseIcpFile(text);
  if (!parsed.ok) return parsed;
  // A file is a local ICP once imported: only the team's own address keeps one in sync and locked.
  return { ok: true, icp: await addIcp(db, { ...parsed.icp, teamUrl: undefined }, Date.now()) };
}

export async function onExportIcp(db: IcpLensDb, { id }: Payload<'ui-bg/export-icp'>): Promise<ExportReply> {
  const icp = await db.icps.get(id);
  if (!icp) throw new Error(`no ICP ${id}`);
  return { fileName: exportFileName(icp), text: exportIcp(icp) };
}

export async function onPreviewScore(db: IcpLensDb, { icp, tabId }: Payload<'ui-bg/preview-score'>) {
  const state = tabId === undefined ? undefined : await getTabState(tabId);
  const accountId = state?.status === 'scored' ? state.accountId : undefined;
  return previewIcp(db, icp, accountId, Date.now());
}

export const icpRoutes: Routes = {
  'ui-bg/list-icps': (_, { db }) => onListIcps(db),
  'ui-bg/create-icp': (payload, { db }) => onCreateIcp(db, payload),
  'ui-bg/save-icp': (payload, { db }) => onSaveIcp(db, payload),
  'ui-bg/set-active-icp': (payload, { db }) => onSetActiveIcp(db, payload),
  'ui-bg/delete-icp': (payload, { db }) => onDeleteIcp(db, payload),
  'ui-bg/import-icp': (payload, { db }) => onImportIcp(db, payload),
  'ui-bg/export-icp': (payload, { db }) => onExportIcp(db, payload),
  'ui-bg/preview-score': (payload, { db }) => onPreviewScore(db, payload),
};
