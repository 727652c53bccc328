import { browser } from 'wxt/browser';
import { checkAccess } from '../crm/hubspot/api';
import {
  apiBase,
  currentTransport,
  getConnection,
  lastApp,
  maskToken,
  originPattern,
  removeConnection,
  saveConnection,
  saveSignIn,
} from '../crm/hubspot/connection';
import type { HubSpotTransport } from '../crm/hubspot/http';
import { brokerInfo, revoke, signIn } from '../crm/hubspot/oauth';
import { applyPush, planPush } from '../crm/hubspot/push';
import type { HubSpotStatusView } from '../crm/views';
import { claimGrantedHosts, releaseServiceHosts } from '../platform/service-connections';
import { crmPushRoutes } from './crm-push-routes';
import type { Routes } from './route-types';
import { salesforceRoutes } from './salesforce-handlers';
import { callbackUrl, webAuthLaunch } from './web-auth';

async function status(): Promise<HubSpotStatusView> {
  const connection = await getConnection();
  const app = await lastApp();
  const form = { origin: originPattern(await apiBase()), callbackUrl: callbackUrl(), ...app };
  if (!connection) return { connected: false, ...form };
  return {
    connected: true,
    masked: maskToken(connection.token),
    connectedAt: connection.connectedAt,
    method: connection.method,
    ...(connection.method === 'oauth' && connection.hubId !== undefined && { hubId: connection.hubId }),
    ...form,
  };
}

/** The host permissions a connection needs (HubSpot's API, the team's broker), asked for by the page first. */
const mayReach = (...urls: string[]) => claimGrantedHosts('hubspot', urls.map(originPattern));

async function connected(): Promise<HubSpotTransport> {
  const transport = await currentTransport();
  if (!transport) throw new Error('HubSpot is not connected: add an access token in the settings');
  if (!(await browser.permissions.contains({ origins: [originPattern(transport.baseUrl)] }))) {
    throw new Error('ICP Lens may not reach HubSpot: connect again in the settings to allow it');
  }
  return transport;
}

/** Handlers of lib/messaging/messages/crm.ts. Every call to HubSpot is made here, in the background. */
export const crmRoutes: Routes = {
  'ui-bg/hubspot-status': () => status(),
  'ui-bg/hubspot-connect': async ({ token }) => {
    const baseUrl = await apiBase();
    if (!(await mayReach(baseUrl))) {
      throw new Error('ICP Lens needs your permission to reach HubSpot: allow it when the browser asks');
    }
    // The token is kept only once HubSpot accepts it with the read scopes a push needs.
    await checkAccess({ baseUrl, token });
    await saveConnection(token, Date.now());
    return status();
  },
  'ui-bg/hubspot-broker-check': async ({ brokerUrl }) => {
    if (!(await mayReach(brokerUrl))) {
      throw new Error("ICP Lens needs your permission to reach your team's broker: allow it when the browser asks");
    }
    await brokerInfo(brokerUrl);
    return status();
  },
  'ui-bg/hubspot-sign-in': async ({ clientId, brokerUrl }) => {
    const baseUrl = await apiBase();
    if (!(await mayReach(baseUrl, brokerUrl))) {
      throw new Error("ICP Lens needs your permission to reach HubSpot and your team's broker: allow it when asked");
    }
    const tokens = await signIn({ clientId, brokerUrl, redirectUri: callbackUrl() }, webAuthLaunch('HubSpot'));
    // Kept only once HubSpot accepts the new token with the read scopes a push needs.
    await checkAccess({ baseUrl, token: tokens.accessToken });
    await saveSignIn(tokens, { clientId, brokerUrl }, Date.now());
    return status();
  },
  'ui-bg/hubspot-disconnect': async () => {
    const connection = await getConnection();
    const origins = [originPattern(await apiBase())];
    if (connection?.method === 'oauth') {
      // The broker passes the revocation on to HubSpot where it offers it; either way the tokens are gone here.
      await revoke(connection.brokerUrl, connection.refreshToken);
      origins.push(originPattern(connection.brokerUrl));
    }
    await removeConnection();
    await releaseServiceHosts('hubspot', origins);
    return status();
  },
  ...crmPushRoutes('hubspot', { connected, plan: planPush, apply: applyPush }),
  ...salesforceRoutes,
};
