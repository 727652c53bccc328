import { z } from 'zod';

/**
 * The OAuth 2.0 web server flow with PKCE. `GET /services/oauth2/authorize` (the browser's sign-in page; it answers
 * with a redirect to the callback URL carrying `code` and `state`), then `POST /services/oauth2/token` with a
 * form-encoded body: `grant_type=authorization_code`, the code, the consumer key, the callback URL and the PKCE
 * verifier (the secret is left out when the connected app does not require it); later `grant_type=refresh_token`.
 * The answer is JSON: the access token, the org's instance URL, the identity URL, issue time and signature, and a
 * refresh token when the app's scopes include refresh_token; a refusal is `{ error, error_description }`.
 * Source: Salesforce REST API Developer Guide, "Authorize Apps with OAuth" → "OAuth 2.0 Web Server Flow for Web App
 * Integration" (intro_understanding_web_server_oauth_flow.htm), and Salesforce Help, "OAuth 2.0 Refresh Token Flow
 * for Renewed Sessions"; PKCE: RFC 7636 (S256: base64url of the SHA-256 of the verifier).
 */
export const authorizePath = '/services/oauth2/authorize';
export const tokenPath = '/services/oauth2/token';

export const authorizeParams = z
  .object({
    response_type: z.literal('code'),
    client_id: z.string().min(1),
    redirect_uri: z.string().url(),
    code_challenge: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
    code_challenge_method: z.literal('S256'),
    scope: z.string().optional(),
    state: z.string().min(1).optional(),
  })
  .strict();

export const tokenRequest = z.discriminatedUnion('grant_type', [
  z
    .object({
      grant_type: z.literal('authorization_code'),
      code: z.string().min(1),
      client_id: z.string().min(1),
      client_secret: z.string().optional(),
      redirect_uri: z.string().url(),
      code_verifier: z.string().regex(/^[A-Za-z0-9._~-]{43,128}$/),
    })
    .strict(),
  z
    .object({
      grant_type: z.literal('refresh_token'),
      refresh_token: z.string().min(1),
      client_id: z.string().min(1),
      client_secret: z.string().optional(),
    })
    .strict(),
]);

export const tokenResponse = z
  .object({
    access_token: z.string().min(1),
    refresh_token: z.string().optional(),
    signature: z.string(),
    scope: z.string(),
    instance_url: z.string().url(),
    id: z.string().url(),
    token_type: z.literal('Bearer'),
    issued_at: z.string().regex(/^\d+$/),
  })
  .strict();

export const tokenError = z.object({ error: z.string().min(1), error_description: z.string() }).strict();
