import { randomBytes, randomUUID } from 'node:crypto';

/**
 * The local HubSpot's OAuth side (POST /oauth/v3/token and /revoke of auth-oauth-v3.json): one public app with its
 * client id and secret, codes a test hands out as if the user had consented, access tokens that end, refresh tokens.
 * Answers in HubSpot's AccessTokenResponse and Error shapes; the server checks both against the document.
 */
export const CLIENT_ID = '1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d';
export const CLIENT_SECRET = 'secret-0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';
export const HUB_ID = 24680;

type Reply = { status: number; body?: unknown };
type Form = Record<string, string | undefined>;

const refusal = (category: string, message: string): Reply => ({
  status: 400,
  body: { status: 'BAD_REQUEST', message, correlationId: randomUUID(), category },
});

export class MockOAuth {
  /** Access tokens HubSpot accepts now (the private-app token of the mock is accepted besides). */
  readonly accessTokens = new Set<string>();
  private readonly codes = new Map<string, string>();
  private readonly refreshTokens = new Map<string, string>();
  /** Seconds an access token lasts, as HubSpot says in `expires_in`. */
  expiresIn = 1_800;

  /** A code for this redirect address, as HubSpot gives the browser after the user consented. */
  issueCode(redirectUri: string): string {
    const code = `code-${randomUUID()}`;
    this.codes.set(code, redirectUri);
    return code;
  }

  /** HubSpot stops accepting an access token before its time (revoked by an admin, or the clock says so). */
  expire(accessToken: string): void {
    this.accessTokens.delete(accessToken);
  }

  private issue(refreshToken = `refresh-${randomUUID()}`): Reply {
    const accessToken = `oauth-access-${randomBytes(24).toString('hex')}`;
    const previous = this.refreshTokens.get(refreshToken);
    if (previous) this.accessTokens.delete(previous);
    this.accessTokens.add(accessToken);
    this.refreshTokens.set(refreshToken, accessToken);
    return {
      status: 200,
      body: {
        access_token: accessToken,
        refresh_token: refreshToken,
        expires_in: this.expiresIn,
        token_type: 'bearer',
        token_use: 'access_token',
        hub_id: HUB_ID,
        scopes: ['crm.objects.companies.read', 'crm.objects.companies.write'],
      },
    };
  }

  token(form: Form): Reply {
    if (form.client_id !== CLIENT_ID || form.client_secret !== CLIENT_SECRET)
      return refusal('BAD_CLIENT_ID', 'The client id or client secret is not valid for this app');
    if (form.grant_type === 'authorization_code') {
      const redirect = form.code ? this.codes.get(form.code) : undefined;
      if (!form.code || redirect === undefined) return refusal('BAD_AUTH_CODE', 'missing or unknown auth code');
      if (redirect !== form.redirect_uri) return refusal('BAD_REDIRECT_URI', 'redirect_uri does not match the code');
      this.codes.delete(form.code);
      return this.issue();
    }
    if (form.grant_type === 'refresh_token') {
      if (!form.refresh_token || !this.refreshTokens.has(form.refresh_token))
        return refusal('BAD_REFRESH_TOKEN', 'missing or unknown refresh token');
      return this.issue(form.refresh_token);
    }
    return refusal('BAD_GRANT_TYPE', 'unsupported grant_type');
  }

  revoke(form: Form): Reply {
    if (form.client_id !== CLIENT_ID || form.client_secret !== CLIENT_SECRET)
      return refusal('BAD_CLIENT_ID', 'The client id or client secret is not valid for this app');
    const access = form.token ? this.refreshTokens.get(form.token) : undefined;
    if (form.token) this.refreshTokens.delete(form.token);
    if (access) this.accessTokens.delete(access);
    return { status: 204 };
  }

  /** Whether a refresh token is still good (not revoked). */
  knows(refreshToken: string): boolean {
    return this.refreshTokens.has(refreshToken);
  }
}
