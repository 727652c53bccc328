import { z } from 'zod';
import { redact } from '../http';
import { authorizationCode, type Launch, postForm } from '../oauth';

/*
 * Signing in with the team's own HubSpot public app. HubSpot's token endpoint (POST /oauth/v3/token) needs the app's
 * client secret, which must never ship in an extension, so the team runs a small broker (docs/hubspot-broker): ICP
 * Lens sends it the code (or the refresh token), the broker adds the client id and secret and passes HubSpot's answer
 * back unchanged. The broker's address is `https://…/base`; it answers `GET base` (what it offers), `POST base/token`
 * and optionally `POST base/revoke`.
 */

export const AUTHORIZE_URL = 'https://app.hubspot.com/oauth/authorize';

/** What a push reads and writes (README, "Set up (private app)": the same scopes as a private app). */
export const SCOPES = [
  'crm.objects.companies.read',
  'crm.objects.companies.write',
  'crm.objects.contacts.read',
  'crm.objects.contacts.write',
  'crm.schemas.companies.read',
  'crm.schemas.companies.write',
  'crm.schemas.contacts.read',
  'crm.schemas.contacts.write',
];

export interface HubSpotApp {
  /** The public app's client id (a UUID; not a secret). */
  clientId: string;
  /** The team's broker, as the settings validated it (brokerUrlSchema). */
  brokerUrl: string;
  redirectUri: string;
}

export interface OAuthTokens {
  accessToken: string;
  refreshToken: string;
  /** When the access token stops working (ms since 1970). */
  expiresAt: number;
  /** The HubSpot account (portal) signed in to, when HubSpot says. */
  hubId?: number;
}

/** HubSpot's AccessTokenResponse (../shared/specs/hubspot/auth-oauth-v3.json), the parts ICP Lens keeps. */
export const tokenResponseSchema = z.object({
  access_token: z.string().min(8).max(4_096),
  refresh_token: z.string().min(8).max(4_096),
  expires_in: z.number().int().positive(),
  token_type: z.string().max(40),
  hub_id: z.number().int().optional(),
});

/** A refusal: HubSpot's Error (message, category) or OAuth's plain form (error, error_description). */
const refusalSchema = z.object({
  message: z.string().max(2_000).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(2_000).optional(),
});

/** What the broker offers (`GET base`); `revoke` when it passes a disconnect on to HubSpot. */
export const brokerInfoSchema = z.object({ broker: z.literal('icp-lens-hubspot'), revoke: z.boolean().optional() });
export type BrokerInfo = z.infer<typeof brokerInfoSchema>;

/** `base/name`, whether the address ends with a slash or not. */
export const brokerEndpoint = (brokerUrl: string, name = '') => new URL(name, `${brokerUrl.replace(/\/+$/, '')}/`);

export function authorizeUrl(app: HubSpotApp, state: string): string {
  const url = new URL(AUTHORIZE_URL);
  url.search = new URLSearchParams({
    client_id: app.clientId,
    redirect_uri: app.redirectUri,
    scope: SCOPES.join(' '),
    state,
  }).toString();
  return url.toString();
}

const unreachable = (brokerUrl: string) =>
  `ICP Lens could not reach your team's HubSpot broker at ${brokerUrl}: check the address and that the broker is running`;

/** Whether the broker answers as one (before the user signs in for nothing), and whether it offers revoking. */
export async function brokerInfo(brokerUrl: string, doFetch: typeof fetch = fetch): Promise<BrokerInfo> {
  let response: Response;
  try {
    response = await doFetch(brokerEndpoint(brokerUrl), {
      headers: { accept: 'application/json' },
      credentials: 'omit',
    });
  } catch {
    throw new Error(unreachable(brokerUrl));
  }
  const parsed = brokerInfoSchema.safeParse(await response.json().catch(() => undefined));
  if (!response.ok || !parsed.success)
    throw new Error(`The address ${brokerUrl} answers, but not as an ICP Lens HubSpot broker: check the address`);
  return parsed.data;
}

/** The broker's answer (HubSpot's, passed on) as tokens, or the refusal in words with every secret cut out. */
async function brokerToken(
  brokerUrl: string,
  form: Record<string, string>,
  refused: string,
  doFetch: typeof fetch,
  now: () => number,
): Promise<OAuthTokens> {
  const { response, json } = await postForm(brokerEndpoint(brokerUrl, 'token'), form, unreachable(brokerUrl), doFetch);
  if (response.ok) {
    const parsed = tokenResponseSchema.safeParse(json);
    if (!parsed.success) throw new Error('HubSpot answered the sign-in in a shape ICP Lens does not know');
    const t = parsed.data;
    return {
      accessToken: t.access_token,
      refreshToken: t.refresh_token,
      expiresAt: now() + t.expires_in * 1_000,
      ...(t.hub_id !== undefined && { hubId: t.hub_id }),
    };
  }
  const said = refusalSchema.safeParse(json);
  const detail = said.success ? (said.data.message ?? said.data.error_description ?? said.data.error) : undefined;
  if (response.status >= 500 || !detail)
    throw new Error(`Your team's HubSpot broker could not get a token from HubSpot: ask whoever runs it to check it`);
  throw new Error(`${refused}: ${redact(detail, Object.values(form))}`);
}

export interface Clock {
  fetch?: typeof fetch;
  now?: () => number;
}

/**
 * The whole sign-in: the broker is checked first, then `launch` opens HubSpot's consent page
 * (identity.launchWebAuthFlow; a test passes its own), the state is checked and the code exchanged through the broker.
 */
export async function signIn(app: HubSpotApp, launch: Launch, clock: Clock = {}): Promise<OAuthTokens> {
  const doFetch = clock.fetch ?? fetch;
  await brokerInfo(app.brokerUrl, doFetch);
  const code = await authorizationCode('HubSpot', (state) => authorizeUrl(app, state), launch);
  return brokerToken(
    app.brokerUrl,
    { grant_type: 'authorization_code', code, redirect_uri: app.redirectUri },
    'HubSpot did not sign you in',
    doFetch,
    clock.now ?? Date.now,
  );
}

/** New tokens from the refresh token, through the broker (HubSpot may hand out a new refresh token too). */
export function refresh(brokerUrl: string, refreshToken: string, clock: Clock = {}): Promise<OAuthTokens> {
  return brokerToken(
    brokerUrl,
    { grant_type: 'refresh_token', refresh_token: refreshToken },
    'HubSpot no longer accepts this sign-in (sign in again)',
    clock.fetch ?? fetch,
    clock.now ?? Date.now,
  );
}

/** Asks the broker to revoke the refresh token at HubSpot, where it offers it; a failure leaves nothing to do. */
export async function revoke(brokerUrl: string, refreshToken: string, doFetch: typeof fetch = fetch): Promise<boolean> {
  try {
    const info = await brokerInfo(brokerUrl, doFetch);
    if (!info.revoke) return false;
    const { response } = await postForm(brokerEndpoint(brokerUrl, 'revoke'), { token: refreshToken }, '', doFetch);
    return response.ok;
  } catch {
    return false;
  }
}
