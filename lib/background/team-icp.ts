import { browser } from 'wxt/browser';
import type { IcpLensDb } from '../db/db';
import { addIcp, setActiveIcp } from '../db/icps';
import type { Icp } from '../icp/schema';
import { fetchTeamIcp, sameContent, TEAM_ICP_KEY, type TeamIcpState, teamIcpStateSchema } from '../icp/team';
import type { TeamIcpView } from '../messaging/views';
import { rescoreAll } from './icp-handlers';
import type { Routes } from './route-types';

/** Checked again once a day (and at browser start): a team's edit reaches every seller within a day. */
export const TEAM_ICP_ALARM = 'team-icp-sync';
const DAY_MINUTES = 24 * 60;

async function readState(db: IcpLensDb): Promise<TeamIcpState | undefined> {
  const parsed = teamIcpStateSchema.safeParse((await db.settings.get(TEAM_ICP_KEY))?.value);
  return parsed.success ? parsed.data : undefined;
}

async function writeState(db: IcpLensDb, state: TeamIcpState | undefined): Promise<void> {
  if (state) await db.settings.put({ key: TEAM_ICP_KEY, value: state });
  else await db.settings.delete(TEAM_ICP_KEY);
}

/**
 * Loads the team's file into its ICP: the first load adds it and makes it active; a changed file replaces the
 * ICP's content (version + 1, or the file's version when higher) and rescores when it is the active one; an
 * unchanged file only records the check. A file that fails leaves everything as it was, with the reason stored.
 */
export async function syncTeamIcp(db: IcpLensDb, now: number, fetchFn?: typeof fetch): Promise<TeamIcpView> {
  const state = await readState(db);
  if (!state) return { connected: false };
  const result = await fetchTeamIcp(state.url, fetchFn);
  if (!result.ok) {
    await writeState(db, { ...state, checkedAt: now, problem: result.problem });
    return viewOf(db, { ...state, checkedAt: now, problem: result.problem });
  }
  const existing = state.icpId ? await db.icps.get(state.icpId) : undefined;
  let next: TeamIcpState = { ...state, checkedAt: now, problem: undefined };
  if (!existing) {
    const added = await addIcp(db, { ...result.icp, teamUrl: state.url }, now);
    await setActiveIcp(db, added.id);
    await rescoreAll(db, added.id);
    next = { ...next, icpId: added.id, changedAt: now };
  } else if (!sameContent(existing, result.icp)) {
    const updated: Icp = {
      ...result.icp,
      id: existing.id,
      version: Math.max(existing.version + 1, result.icp.version),
      createdAt: existing.createdAt,
      updatedAt: now,
      teamUrl: state.url,
    };
    await db.icps.put(updated);
    const active = (await db.settings.get('activeIcpId'))?.value === existing.id;
    if (active) await rescoreAll(db, existing.id);
    next = { ...next, changedAt: now };
  }
  await writeState(db, next);
  return viewOf(db, next);
}

async function viewOf(db: IcpLensDb, state: TeamIcpState | undefined): Promise<TeamIcpView> {
  if (!state) return { connected: false };
  const icp = state.icpId ? await db.icps.get(state.icpId) : undefined;
  return {
    connected: true,
    url: state.url,
    ...(icp && { icpName: icp.name, version: icp.version }),
    ...(state.changedAt !== undefined && { changedAt: state.changedAt }),
    ...(state.checkedAt !== undefined && { checkedAt: state.checkedAt }),
    ...(state.problem && { problem: state.problem }),
  };
}

/** The daily check; the alarm persists across worker restarts, so creating it again only when missing. */
export async function scheduleTeamIcpChecks(): Promise<void> {
  if (!browser.alarms) return;
  if (!(await browser.alarms.get(TEAM_ICP_ALARM)))
    await browser.alarms.create(TEAM_ICP_ALARM, { periodInMinutes: DAY_MINUTES, delayInMinutes: DAY_MINUTES });
}

export const teamIcpRoutes: Routes = {
  'ui-bg/team-icp-status': async (_, { db }) => viewOf(db, await readState(db)),
  /** A new address is loaded at once; the ICP it made stays, as a local ICP, when the address is removed. */
  'ui-bg/team-icp-set': async ({ url }, { db }) => {
    if (url === null) {
      const state = await readState(db);
      await writeState(db, undefined);
      if (state?.icpId) await db.icps.update(state.icpId, { teamUrl: undefined, updatedAt: Date.now() });
      return { connected: false } satisfies TeamIcpView;
    }
    const state = await readState(db);
    await writeState(db, { url, ...(state?.url === url && state.icpId && { icpId: state.icpId }) });
    await scheduleTeamIcpChecks();
    return syncTeamIcp(db, Date.now());
  },
  'ui-bg/team-icp-sync': async (_, { db }) => syncTeamIcp(db, Date.now()),
};
