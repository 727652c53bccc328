import { browser } from 'wxt/browser';
import { gatherAccounts } from '../crm/gather';
import { checkAccess } from '../crm/hubspot/api';
import {
  apiBase,
  currentTransport,
  getConnection,
  maskToken,
  originPattern,
  removeConnection,
  saveConnection,
} from '../crm/hubspot/connection';
import type { HubSpotTransport } from '../crm/hubspot/http';
import { applyPush, planPush } from '../crm/hubspot/push';
import { latestPushes, pushLogOf, recordPushes } from '../crm/push-log';
import { type HubSpotStatusView, logView, type PushResultView, previewView } from '../crm/views';
import type { IcpLensDb } from '../db/db';
import type { Routes } from './route-types';

async function status(): Promise<HubSpotStatusView> {
  const connection = await getConnection();
  const origin = originPattern(await apiBase());
  if (!connection) return { connected: false, origin };
  return { connected: true, masked: maskToken(connection.token), connectedAt: connection.connectedAt, origin };
}

async function connected(): Promise<HubSpotTransport> {
  const transport = await currentTransport();
  if (!transport) throw new Error('HubSpot is not connected: add an access token in the settings');
  if (!(await browser.permissions.contains({ origins: [originPattern(transport.baseUrl)] }))) {
    throw new Error('ICP Lens may not reach HubSpot: connect again in the settings to allow it');
  }
  return transport;
}

async function plan(db: IcpLensDb, accountIds: string[], overwrite: boolean) {
  const transport = await connected();
  const now = Date.now();
  const accounts = await gatherAccounts(db, accountIds, now);
  if (!accounts.length) throw new Error('None of these accounts is saved any more');
  const logs = await latestPushes(db, accountIds);
  return { transport, now, plan: await planPush(transport, accounts, logs, overwrite) };
}

/** Handlers of lib/messaging/messages/crm.ts. Every call to HubSpot is made here, in the background. */
export const crmRoutes: Routes = {
  'ui-bg/hubspot-status': () => status(),
  'ui-bg/hubspot-connect': async ({ token }) => {
    const baseUrl = await apiBase();
    if (!(await browser.permissions.contains({ origins: [originPattern(baseUrl)] }))) {
      throw new Error('ICP Lens needs your permission to reach HubSpot: allow it when the browser asks');
    }
    // The token is kept only once HubSpot accepts it with the read scopes a push needs.
    await checkAccess({ baseUrl, token });
    await saveConnection(token, Date.now());
    return status();
  },
  'ui-bg/hubspot-disconnect': async () => {
    const origin = originPattern(await apiBase());
    await removeConnection();
    // A granted optional permission goes back; a required one (the tests' local host) cannot be removed.
    await browser.permissions.remove({ origins: [origin] }).catch(() => false);
    return status();
  },
  'ui-bg/hubspot-preview': async ({ accountIds, overwrite }, { db }) =>
    previewView((await plan(db, accountIds, overwrite)).plan),
  'ui-bg/hubspot-push': async ({ accountIds, overwrite }, { db }): Promise<PushResultView> => {
    // Planned again right before writing, so a push never acts on a stale preview.
    const { transport, now, plan: fresh } = await plan(db, accountIds, overwrite);
    const { log, ...outcome } = await applyPush(transport, fresh, now);
    await recordPushes(db, log);
    return { ...outcome, at: now };
  },
  'ui-bg/hubspot-push-log': async ({ accountId }, { db }) => (await pushLogOf(db, accountId)).map(logView),
};
