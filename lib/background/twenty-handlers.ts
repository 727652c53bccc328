import { browser } from 'wxt/browser';
import { findRecords } from '../crm/twenty/api';
import {
  currentTransport,
  getConnection,
  loopbackAllowed,
  maskKey,
  removeConnection,
  saveConnection,
} from '../crm/twenty/connection';
import { apiOrigin, originPattern, TWENTY_API } from '../crm/twenty/hosts';
import type { TwentyTransport } from '../crm/twenty/http';
import { applyPush, planPush } from '../crm/twenty/push';
import type { TwentyStatusView } from '../crm/views';
import { claimGrantedHosts, releaseServiceHosts } from '../platform/service-connections';
import { crmPushRoutes } from './crm-push-routes';
import type { Routes } from './route-types';

async function status(): Promise<TwentyStatusView> {
  const c = await getConnection();
  if (!c) return { connected: false, defaultUrl: TWENTY_API };
  return {
    connected: true,
    masked: maskKey(c.apiKey),
    connectedAt: c.connectedAt,
    baseUrl: c.baseUrl,
    defaultUrl: TWENTY_API,
  };
}

const allowed = (origin: string) => browser.permissions.contains({ origins: [originPattern(origin)] });

async function connected(): Promise<TwentyTransport> {
  const transport = await currentTransport();
  if (!transport) throw new Error('Twenty is not connected: add an API key in the settings');
  if (!(await allowed(transport.baseUrl))) {
    throw new Error('ICP Lens may not reach Twenty: connect again in the settings to allow it');
  }
  return transport;
}

/** Handlers of the `ui-bg/twenty-*` messages. Every call to Twenty is made here, in the background. */
export const twentyRoutes: Routes = {
  'ui-bg/twenty-status': () => status(),
  'ui-bg/twenty-connect': async ({ baseUrl, apiKey }) => {
    const origin = apiOrigin(baseUrl, await loopbackAllowed());
    if (!origin)
      throw new Error("That is not a Twenty API address: use https://api.twenty.com or your workspace's https address");
    if (!(await claimGrantedHosts('twenty', [originPattern(origin)]))) {
      throw new Error('ICP Lens needs your permission to reach this Twenty workspace: allow it when the browser asks');
    }
    // The key is kept only once Twenty accepts it: one read of a company.
    await findRecords({ baseUrl: origin, apiKey, maxAttempts: 2 }, 'companies', 'id[is]:NOT_NULL', 1);
    await saveConnection({ apiKey, baseUrl: origin, connectedAt: Date.now() });
    return status();
  },
  'ui-bg/twenty-disconnect': async () => {
    const c = await getConnection();
    await removeConnection();
    await releaseServiceHosts('twenty', c ? [originPattern(c.baseUrl)] : []);
    return status();
  },
  ...crmPushRoutes('twenty', { connected, plan: planPush, apply: applyPush }),
};
