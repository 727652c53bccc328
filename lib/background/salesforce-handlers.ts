import { browser } from 'wxt/browser';
import { describe } from '../crm/salesforce/api';
import {
  currentTransport,
  getConnection,
  lastApp,
  loopbackAllowed,
  maskToken,
  removeConnection,
  saveConnection,
} from '../crm/salesforce/connection';
import { orgOrigin, originPattern } from '../crm/salesforce/hosts';
import type { SalesforceTransport } from '../crm/salesforce/http';
import { signIn } from '../crm/salesforce/oauth';
import { applyPush, planPush } from '../crm/salesforce/push';
import type { SalesforceStatusView } from '../crm/views';
import { claimGrantedHosts, releaseServiceHosts } from '../platform/service-connections';
import { crmPushRoutes } from './crm-push-routes';
import type { Routes } from './route-types';
import { callbackUrl, webAuthLaunch } from './web-auth';

async function status(): Promise<SalesforceStatusView> {
  const c = await getConnection();
  const app = await lastApp();
  const form = { callbackUrl: callbackUrl(), ...(app && { loginUrl: app.loginUrl, clientId: app.clientId }) };
  if (!c) return { connected: false, ...form };
  return {
    connected: true,
    masked: maskToken(c.accessToken),
    connectedAt: c.connectedAt,
    instanceUrl: c.instanceUrl,
    method: c.method,
    ...form,
  };
}

async function allowed(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(origin)] });
}

/** Connecting: the org's host, asked for by the page first, is then Salesforce's (lib/platform/service-hosts.ts). */
const claim = (origin: string) => claimGrantedHosts('salesforce', [originPattern(origin)]);

/** An org address the user typed, as an origin ICP Lens may reach, or an error in words. */
async function reachable(address: string): Promise<string> {
  const origin = orgOrigin(address, await loopbackAllowed());
  if (!origin)
    throw new Error('That is not a Salesforce address: use your My Domain, like https://acme.my.salesforce.com');
  if (!(await claim(origin))) {
    throw new Error('ICP Lens needs your permission to reach this Salesforce org: allow it when the browser asks');
  }
  return origin;
}

/** Salesforce accepts the token if both objects a push writes can be described with it. */
async function check(t: SalesforceTransport): Promise<void> {
  await describe(t, 'Account');
  await describe(t, 'Contact');
}

async function connected(): Promise<SalesforceTransport> {
  const transport = await currentTransport();
  if (!transport) throw new Error('Salesforce is not connected: connect it in the settings');
  if (!(await allowed(transport.instanceUrl))) {
    throw new Error('ICP Lens may not reach Salesforce: connect again in the settings to allow it');
  }
  return transport;
}

/** Handlers of the `ui-bg/salesforce-*` messages. Every call to Salesforce is made here, in the background. */
export const salesforceRoutes: Routes = {
  'ui-bg/salesforce-status': () => status(),
  'ui-bg/salesforce-connect': async ({ instanceUrl, token }) => {
    const origin = await reachable(instanceUrl);
    await check({ instanceUrl: origin, token });
    await saveConnection({ accessToken: token, instanceUrl: origin, method: 'pasted', connectedAt: Date.now() });
    return status();
  },
  'ui-bg/salesforce-sign-in': async ({ loginUrl, clientId }) => {
    const login = await reachable(loginUrl);
    const tokens = await signIn({ loginUrl: login, clientId, redirectUri: callbackUrl() }, webAuthLaunch('Salesforce'));
    const instance = orgOrigin(tokens.instanceUrl, await loopbackAllowed());
    if (!instance || !(await claim(instance))) {
      throw new Error(`Salesforce runs your org at ${tokens.instanceUrl}: enter that address as the login address`);
    }
    await check({ instanceUrl: instance, token: tokens.accessToken });
    await saveConnection({
      accessToken: tokens.accessToken,
      refreshToken: tokens.refreshToken,
      instanceUrl: instance,
      method: 'oauth',
      loginUrl: login,
      clientId,
      connectedAt: Date.now(),
    });
    return status();
  },
  'ui-bg/salesforce-disconnect': async () => {
    const c = await getConnection();
    await removeConnection();
    await releaseServiceHosts('salesforce', c ? [originPattern(c.instanceUrl)] : []);
    return status();
  },
  ...crmPushRoutes('salesforce', { connected, plan: planPush, apply: applyPush }),
};
