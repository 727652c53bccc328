/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { TEST_BASE_KEY } from '../../lib/crm/hubspot/connection';
import { type RunningBroker, startBroker } from '../mocks/hubspot-broker';
import { CLIENT_ID, CLIENT_SECRET, HUB_ID } from '../mocks/hubspot-oauth';
import { type HubSpotMock, startHubSpotMock } from '../mocks/hubspot-server';
import { expectNoSeriousA11yViolations } from './support/axe';
import { CRM_COMPANY, readOrbitAndPeople } from './support/crm';
import { readStore } from './support/extension';
import { expect, test } from './support/fixtures';
import { OptionsPage, STORES } from './support/options-page';
import { SidePanel } from './support/side-panel';
import { approveInBrowserSettings } from './support/site-access';

/*
 * HubSpot's consent window (identity.launchWebAuthFlow) cannot be driven in headless Chromium, so the sign-in itself
 * is covered by test/unit/crm/hubspot-oauth.test.ts. Here: the real settings page up to the broker check, and a
 * signed-in connection (tokens obtained from the local HubSpot through the reference broker) renewing and pushing.
 */
let mock: HubSpotMock;
test.beforeEach(async () => {
  mock = await startHubSpotMock('pat-na1-not-used-in-these-tests-0000');
});
test.afterEach(async () => {
  await mock.close();
});

test('sign in with the team app: fields checked in words, an unreachable broker said before any sign-in window', async ({
  context,
  extensionId,
}) => {
  // What the browser's prompt would grant: HubSpot's API and the broker's host (headless cannot click the prompt).
  await approveInBrowserSettings(context, extensionId, 'https://api.hubapi.com/*');
  await approveInBrowserSettings(context, extensionId, 'https://127.0.0.1/*');
  const options = await OptionsPage.open(context, extensionId);
  const settings = options.page.getByTestId('hubspot-settings');
  await expect(settings.getByTestId('hubspot-callback')).toHaveText(/^https:\/\/[a-p]{32}\.chromiumapp\.org\/$/);
  const status = settings.getByTestId('hubspot-status');
  const signIn = settings.getByRole('button', { name: 'Sign in to HubSpot' });

  await settings.getByLabel("Client id of your team's HubSpot app").fill(CLIENT_ID);
  await settings.getByLabel('Broker address').fill('http://hubspot-broker.example.com');
  await signIn.click();
  await expect(status).toHaveText(
    "Not connected: The broker's address must start with https://, like https://hubspot-broker.example.com.",
  );
  await settings.getByLabel("Client id of your team's HubSpot app").fill('my-app');
  await signIn.click();
  await expect(status).toHaveText(/^Not connected: The client id is the app's ID from HubSpot, like /);

  await settings.getByLabel("Client id of your team's HubSpot app").fill(CLIENT_ID);
  // Nothing listens there.
  await settings.getByLabel('Broker address').fill('https://127.0.0.1:9/hubspot');
  await signIn.click();
  await expect(status).toHaveText(
    "Not connected: ICP Lens could not reach your team's HubSpot broker at https://127.0.0.1:9/hubspot: check the address and that the broker is running",
  );
  await expectNoSeriousA11yViolations(options.page);
});

test('a signed-in connection renews its ended token through the broker, pushes, keeps no token anywhere, and is revoked on disconnect', async ({
  context,
  worker,
  extensionId,
}, testInfo) => {
  const broker: RunningBroker = await startBroker(mock.origin, {
    CLIENT_ID,
    CLIENT_SECRET,
    ALLOWED_ORIGIN: `chrome-extension://${extensionId}`,
  });
  try {
    // The tokens HubSpot gives after a consent, through the broker, as the sign-in would store them, ended already.
    const redirect = `https://${extensionId}.chromiumapp.org/`;
    const granted = await fetch(`${broker.url}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: mock.oauth.issueCode(redirect),
        redirect_uri: redirect,
      }),
    }).then((r) => r.json() as Promise<{ access_token: string; refresh_token: string }>);
    mock.oauth.expire(granted.access_token);
    await worker.evaluate(
      ([base, origin, connection]) => chrome.storage.local.set({ [base as string]: origin, 'crm.hubspot': connection }),
      [
        TEST_BASE_KEY,
        mock.origin,
        {
          method: 'oauth',
          token: granted.access_token,
          refreshToken: granted.refresh_token,
          expiresAt: Date.now() - 1_000,
          hubId: HUB_ID,
          clientId: CLIENT_ID,
          brokerUrl: broker.url,
          connectedAt: Date.now(),
        },
      ] as const,
    );

    const options = await OptionsPage.open(context, extensionId);
    const settings = options.page.getByTestId('hubspot-settings');
    await expect(settings.getByTestId('hubspot-connection')).toContainText(
      `Signed in to HubSpot (portal ${HUB_ID}), token renews automatically`,
    );
    await expectNoSeriousA11yViolations(options.page);

    await readOrbitAndPeople(context, worker);
    const { panel } = await SidePanel.forPage(context, worker, extensionId, CRM_COMPANY);
    const hubspot = panel.page.getByTestId('hubspot');
    await hubspot.getByRole('button', { name: 'Push to HubSpot' }).click();
    await hubspot.getByRole('button', { name: 'Confirm push' }).click();
    await expect(hubspot.getByTestId('push-result')).toHaveText(
      /^1 company created, 2 people created, \d+ fields written\.$/,
    );
    // Renewed through the broker (a refresh grant at HubSpot) before any CRM call with the ended token.
    const grants = mock.requests.filter((r) => r.path === '/oauth/v3/token');
    expect(grants.map((r) => (r.body as { grant_type: string }).grant_type)).toEqual([
      'authorization_code',
      'refresh_token',
    ]);
    expect(mock.requests.filter((r) => r.status === 401)).toEqual([]);
    const stored = (await worker.evaluate(() => chrome.storage.local.get('crm.hubspot')))['crm.hubspot'] as {
      token: string;
    };
    expect(stored.token).not.toBe(granted.access_token);
    expect(mock.problems).toEqual([]);

    // No token, old or new, access or refresh, in any stored table, a page or a backup.
    const tokens = [granted.access_token, granted.refresh_token, stored.token];
    const backup = testInfo.outputPath('backup.json');
    await options.backUp(backup);
    const places = [
      ...(await Promise.all([...STORES, 'crmPushes'].map(async (s) => JSON.stringify(await readStore(worker, s))))),
      await panel.page.content(),
      await options.page.content(),
      readFileSync(backup, 'utf8'),
    ];
    for (const place of places) for (const token of tokens) expect(place).not.toContain(token);

    await options.page.getByRole('button', { name: 'Disconnect HubSpot' }).click();
    await expect(settings.getByLabel('HubSpot access token')).toBeVisible();
    expect(await worker.evaluate(() => chrome.storage.local.get(null))).not.toHaveProperty(['crm.hubspot']);
    // The broker passed the revocation on: HubSpot no longer knows the refresh token.
    expect(mock.requests.at(-1)).toMatchObject({ path: '/oauth/v3/token/revoke', status: 204 });
    expect(mock.oauth.knows(granted.refresh_token)).toBe(false);
    // The form is filled again with the app and broker last used (not secrets).
    await expect(settings.getByLabel('Broker address')).toHaveValue(broker.url);
  } finally {
    await broker.close();
  }
});
