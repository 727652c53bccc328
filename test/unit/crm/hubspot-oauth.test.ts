// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkAccess } from '../../../lib/crm/hubspot/api';
import {
  currentTransport,
  getConnection,
  RENEW_MARGIN_MS,
  saveSignIn,
  TEST_BASE_KEY,
} from '../../../lib/crm/hubspot/connection';
import { type HubSpotApp, refresh, revoke, SCOPES, signIn } from '../../../lib/crm/hubspot/oauth';
import { brokerUrlSchema, clientIdSchema } from '../../../lib/crm/hubspot/schemas';
import { EXTENSION_ORIGIN, type RunningBroker, startBroker } from '../../mocks/hubspot-broker';
import { CLIENT_ID, CLIENT_SECRET, HUB_ID } from '../../mocks/hubspot-oauth';
import { type HubSpotMock, startHubSpotMock } from '../../mocks/hubspot-server';

vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const PAT = 'pat-na1-11111111-2222-3333-4444-555555555555';
const REDIRECT = 'https://abcdefghijklmnopabcdefghijklmnop.chromiumapp.org/';
let mock: HubSpotMock;
let broker: RunningBroker;
let app: HubSpotApp;
/** Every error message the tests saw: none may hold a token, a code or the secret. */
const messages: string[] = [];

const failure = async (run: Promise<unknown>) => {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  expect(error).toBeInstanceOf(Error);
  messages.push((error as Error).message);
  return (error as Error).message;
};

/** HubSpot's consent page, as the browser's window would end it: back to the redirect with a code and the state. */
const consent =
  (code = () => mock.oauth.issueCode(REDIRECT), state?: string) =>
  async (url: string) => {
    const asked = new URL(url);
    return `${REDIRECT}?code=${code()}&state=${state ?? asked.searchParams.get('state')}`;
  };

beforeEach(async () => {
  mock = await startHubSpotMock(PAT);
  broker = await startBroker(mock.origin, { CLIENT_ID, CLIENT_SECRET });
  app = { clientId: CLIENT_ID, brokerUrl: broker.url, redirectUri: REDIRECT };
  fakeBrowser.reset();
});
afterEach(async () => {
  expect(mock.problems).toEqual([]);
  expect(mock.requests.every((r) => r.operationId)).toBe(true);
  await broker.close();
  await mock.close();
});

describe('HubSpot sign-in through the team broker, against auth-oauth-v3.json', { timeout: 60_000 }, () => {
  it('asks HubSpot for the push scopes with a random state, and exchanges the code through the broker', async () => {
    const asked: URL[] = [];
    const tokens = await signIn(app, async (url) => {
      asked.push(new URL(url));
      return consent()(url);
    });
    const [url] = asked;
    expect(url?.origin + (url?.pathname ?? '')).toBe('https://app.hubspot.com/oauth/authorize');
    expect(url?.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(url?.searchParams.get('redirect_uri')).toBe(REDIRECT);
    expect(url?.searchParams.get('scope')?.split(' ')).toEqual(SCOPES);
    expect(url?.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
    expect(url?.searchParams.has('client_secret')).toBe(false);
    expect(tokens.hubId).toBe(HUB_ID);
    expect(tokens.expiresAt).toBeGreaterThan(Date.now() + 1_700_000);
    // The broker added the secret and HubSpot's document accepted the request and its answer.
    const grant = mock.requests.find((r) => r.path === '/oauth/v3/token');
    expect(grant).toMatchObject({ status: 200, body: { grant_type: 'authorization_code', client_id: CLIENT_ID } });
    expect(grant?.body).toHaveProperty('client_secret', CLIENT_SECRET);
    // The access token reaches the CRM.
    await checkAccess({ baseUrl: mock.origin, token: tokens.accessToken });
  });

  it('refreshes through the broker: a new access token, the old one no longer accepted', async () => {
    const first = await signIn(app, consent());
    const next = await refresh(broker.url, first.refreshToken);
    expect(next.accessToken).not.toBe(first.accessToken);
    expect(mock.requests.at(-1)).toMatchObject({ path: '/oauth/v3/token', body: { grant_type: 'refresh_token' } });
    await checkAccess({ baseUrl: mock.origin, token: next.accessToken });
    expect(
      await failure(checkAccess({ baseUrl: mock.origin, token: first.accessToken, sleep: async () => {} })),
    ).toMatch(/^HubSpot did not accept the access token/);
  });

  it("says HubSpot's refusal of a code or a refresh token in words, with neither in the message", async () => {
    const said = await failure(
      signIn(
        app,
        consent(() => 'code-not-issued-by-hubspot-0001'),
      ),
    );
    expect(said).toBe('HubSpot did not sign you in: missing or unknown auth code');
    const stale = await failure(refresh(broker.url, 'refresh-not-issued-by-hubspot-0002'));
    expect(stale).toBe('HubSpot no longer accepts this sign-in (sign in again): missing or unknown refresh token');
  });

  it('refuses an answer for another request (state), a closed window, and an unreachable or wrong broker, in words', async () => {
    expect(await failure(signIn(app, consent(undefined, 'another-state-value')))).toBe(
      'The HubSpot sign-in came back for another request: try again',
    );
    expect(
      await failure(
        signIn(app, async () => {
          throw new Error('The user did not approve access.');
        }),
      ),
    ).toBe('The HubSpot sign-in was closed before it finished');
    expect(await failure(signIn(app, async () => undefined))).toBe('The HubSpot sign-in was closed before it finished');
    expect(await failure(signIn({ ...app, brokerUrl: 'http://127.0.0.1:9' }, consent()))).toBe(
      "ICP Lens could not reach your team's HubSpot broker at http://127.0.0.1:9: check the address and that the broker is running",
    );
    expect(await failure(signIn({ ...app, brokerUrl: mock.origin }, consent()))).toMatch(
      /answers, but not as an ICP Lens HubSpot broker/,
    );
    // That address was the local HubSpot itself, asked on purpose for what it is not.
    expect(mock.problems.splice(0)).toEqual(["GET /: no operation of HubSpot's documents matches"]);
    mock.requests.splice(0);
    // No sign-in window was opened for a broker that is not there.
    expect(mock.requests.filter((r) => r.path === '/oauth/v3/token')).toHaveLength(0);
  });

  it('renews a token about to end before the push, and keeps the new tokens in extension storage only', async () => {
    const tokens = await signIn(app, consent());
    await fakeBrowser.storage.local.set({ [TEST_BASE_KEY]: mock.origin });
    await saveSignIn({ ...tokens, expiresAt: Date.now() + RENEW_MARGIN_MS - 1_000 }, app, 1);
    const transport = await currentTransport();
    expect(transport?.token).not.toBe(tokens.accessToken);
    const stored = await getConnection();
    expect(stored).toMatchObject({ method: 'oauth', token: transport?.token, hubId: HUB_ID, brokerUrl: broker.url });
    expect(stored && 'expiresAt' in stored && stored.expiresAt).toBeGreaterThan(Date.now() + RENEW_MARGIN_MS);
    // The app's names kept to fill the form again hold no token.
    const kept = JSON.stringify(await fakeBrowser.storage.local.get('crm.hubspot.app'));
    expect(kept).toBe(JSON.stringify({ 'crm.hubspot.app': { clientId: CLIENT_ID, brokerUrl: broker.url } }));
    // One not about to end is used as it is.
    expect((await currentTransport())?.token).toBe(transport?.token);
  });

  it('on a 401, renews once and sends the request again; a second refusal stops, without any token in words', async () => {
    const tokens = await signIn(app, consent());
    await fakeBrowser.storage.local.set({ [TEST_BASE_KEY]: mock.origin });
    await saveSignIn(tokens, app, 1);
    const transport = await currentTransport();
    if (!transport) throw new Error('not connected');
    transport.sleep = async () => {};
    mock.oauth.expire(tokens.accessToken);
    await checkAccess(transport);
    const calls = mock.requests.filter((r) => r.path.startsWith('/crm/'));
    expect(calls.map((r) => r.status)).toEqual([401, 200, 200]);
    expect(transport.token).not.toBe(tokens.accessToken);
    expect((await getConnection())?.token).toBe(transport.token);

    // The refresh token is revoked (an admin removed the app): the renewal fails, the push stops once.
    const renewed = transport.token;
    const stored = await getConnection();
    expect(await revoke(broker.url, stored && 'refreshToken' in stored ? stored.refreshToken : '')).toBe(true);
    const again = await currentTransport();
    if (!again) throw new Error('not connected');
    const before = mock.requests.length;
    const said = await failure(checkAccess({ ...again, sleep: async () => {} }));
    expect(said).toBe('HubSpot did not accept the access token: Authentication credentials not found or invalid.');
    const grants = mock.requests.slice(before).filter((r) => r.path === '/oauth/v3/token');
    expect(grants).toHaveLength(1);
    expect(said).not.toContain(renewed);
  });

  it('never says a token, code or the secret in a message', () => {
    const secrets = mock.requests.flatMap((r) =>
      Object.entries((r.body ?? {}) as Record<string, unknown>)
        .filter(([k]) => ['code', 'refresh_token', 'client_secret', 'token'].includes(k))
        .map(([, v]) => String(v)),
    );
    for (const message of messages) for (const secret of secrets) expect(message).not.toContain(secret);
    expect(messages.join(' ')).not.toMatch(/oauth-access-|refresh-[0-9a-f]{8}-|secret-/);
  });
});

describe('the reference broker', { timeout: 60_000 }, () => {
  it('answers CORS for the extension only, and passes on only what a grant needs', async () => {
    const mine = await fetch(broker.url, { headers: { origin: EXTENSION_ORIGIN } });
    expect(mine.headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
    expect(await mine.json()).toEqual({ broker: 'icp-lens-hubspot', revoke: true });
    const other = await fetch(`${broker.url}/token`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example' },
    });
    expect(other.status).toBe(403);
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    await fetch(`${broker.url}/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=refresh_token&refresh_token=refresh-unknown-1234&client_secret=mine&scope=everything',
    });
    expect(mock.requests.at(-1)?.body).toEqual({
      grant_type: 'refresh_token',
      refresh_token: 'refresh-unknown-1234',
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
    });
  });
});

describe('a connection stored before sign-in existed', () => {
  it('reads as a pasted private-app token, used as it is and never renewed', async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ 'crm.hubspot': { token: PAT, connectedAt: 5 } });
    expect(await getConnection()).toEqual({ method: 'pasted', token: PAT, connectedAt: 5 });
    const transport = await currentTransport();
    expect(transport).toEqual({ baseUrl: 'https://api.hubapi.com', token: PAT });
  });
});

describe('the settings fields', () => {
  it('take a UUID client id and an https broker, refusing others in words', () => {
    expect(clientIdSchema.safeParse(CLIENT_ID).success).toBe(true);
    expect(clientIdSchema.safeParse('my app').error?.issues[0]?.message).toMatch(/^The client id is the app's ID/);
    expect(brokerUrlSchema.parse('https://broker.example.com/hubspot/')).toBe('https://broker.example.com/hubspot');
    expect(brokerUrlSchema.parse('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
    for (const bad of ['http://broker.example.com', 'broker.example.com', 'ftp://x.example'])
      expect(brokerUrlSchema.safeParse(bad).error?.issues[0]?.message).toBe(
        "The broker's address must start with https://, like https://hubspot-broker.example.com",
      );
    expect(brokerUrlSchema.safeParse('https://u:p@broker.example.com').error?.issues[0]?.message).toMatch(/a password/);
  });
});
