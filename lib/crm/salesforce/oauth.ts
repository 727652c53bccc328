import { redact } from '../http';
import { authorizationCode, base64url, type Launch, postForm } from '../oauth';
import { tokenErrorSchema, tokenReplySchema } from './wire';

/*
 * OAuth 2.0 web server flow with PKCE, for a connected app that does not require a secret: the browser signs the user
 * in (identity.launchWebAuthFlow), and the code is exchanged with a one-time verifier instead of a secret. Nothing
 * secret ships with ICP Lens.
 */

/** A fresh verifier (43 characters of 32 random bytes) and its S256 challenge. */
export async function pkcePair(): Promise<{ verifier: string; challenge: string }> {
  const verifier = base64url(crypto.getRandomValues(new Uint8Array(32)));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return { verifier, challenge: base64url(new Uint8Array(digest)) };
}

export interface SignIn {
  /** The org's My Domain login address. */
  loginUrl: string;
  clientId: string;
  redirectUri: string;
}

export function authorizeUrl(s: SignIn, challenge: string, state: string): string {
  const url = new URL('/services/oauth2/authorize', s.loginUrl);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: s.clientId,
    redirect_uri: s.redirectUri,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    scope: 'api refresh_token',
    state,
  }).toString();
  return url.toString();
}

export interface Tokens {
  accessToken: string;
  refreshToken?: string;
  instanceUrl: string;
}

/** The token endpoint's answer, or its refusal in words (`error_description`, with any secret cut out). */
async function tokenCall(loginUrl: string, form: Record<string, string>, doFetch: typeof fetch): Promise<Tokens> {
  const { response, json } = await postForm(
    new URL('/services/oauth2/token', loginUrl),
    form,
    'Salesforce could not be reached: check the login address and the connection',
    doFetch,
  );
  if (response.ok) {
    const parsed = tokenReplySchema.safeParse(json);
    if (!parsed.success) throw new Error('Salesforce answered the sign-in in a shape ICP Lens does not know');
    const { access_token, refresh_token, instance_url } = parsed.data;
    return { accessToken: access_token, refreshToken: refresh_token, instanceUrl: new URL(instance_url).origin };
  }
  const refused = tokenErrorSchema.safeParse(json);
  const said = refused.success ? `: ${redact(refused.data.error_description, Object.values(form))}` : '';
  throw new Error(`Salesforce did not sign you in${said}`);
}

/**
 * The whole sign-in: `launch` opens Salesforce's login page and resolves with the address Salesforce sent the browser
 * back to (identity.launchWebAuthFlow; a test passes its own). The state is checked, then the code exchanged.
 */
export async function signIn(s: SignIn, launch: Launch, doFetch: typeof fetch = fetch): Promise<Tokens> {
  const { verifier, challenge } = await pkcePair();
  const code = await authorizationCode('Salesforce', (state) => authorizeUrl(s, challenge, state), launch);
  return tokenCall(
    s.loginUrl,
    {
      grant_type: 'authorization_code',
      code,
      client_id: s.clientId,
      redirect_uri: s.redirectUri,
      code_verifier: verifier,
    },
    doFetch,
  );
}

/** A new access token from the refresh token (the connected app must not require a secret for it). */
export function refresh(loginUrl: string, clientId: string, refreshToken: string, doFetch: typeof fetch = fetch) {
  return tokenCall(
    loginUrl,
    { grant_type: 'refresh_token', client_id: clientId, refresh_token: refreshToken },
    doFetch,
  );
}
