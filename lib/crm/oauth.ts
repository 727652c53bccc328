import { bodyText } from './http';

/**
 * What every CRM's browser sign-in shares (identity.launchWebAuthFlow, OAuth 2.0 authorization code): a random state
 * checked when the browser comes back, the code read from that address, and a form posted for tokens. Each CRM adds
 * its own authorize address and token endpoint (lib/crm/salesforce/oauth.ts, lib/crm/hubspot/oauth.ts).
 */
export const base64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/** 16 random bytes: ties the address the browser comes back to with the request this browser made. */
export const randomState = () => base64url(crypto.getRandomValues(new Uint8Array(16)));

/** Opens the CRM's sign-in page and resolves with the address it sent the browser back to (undefined if closed). */
export type Launch = (url: string) => Promise<string | undefined>;

/**
 * Opens the sign-in (`authorize` gets the state to put in its address) and returns the code, or an error in words:
 * the window closed, an answer to another request, or the CRM's own refusal.
 */
export async function authorizationCode(crm: string, authorize: (state: string) => string, launch: Launch) {
  const state = randomState();
  let back: string | undefined;
  try {
    back = await launch(authorize(state));
  } catch {
    // Chrome rejects launchWebAuthFlow when the user closes the window.
    back = undefined;
  }
  if (!back) throw new Error(`The ${crm} sign-in was closed before it finished`);
  const params = new URL(back).searchParams;
  if (params.get('state') !== state) throw new Error(`The ${crm} sign-in came back for another request: try again`);
  const code = params.get('code');
  if (!code) {
    const said = params.get('error_description') ?? params.get('error');
    throw new Error(`${crm} did not sign you in${said ? `: ${said.slice(0, 300)}` : ''}`);
  }
  return code;
}

/**
 * Posts a form (application/x-www-form-urlencoded, no cookies) and reads the JSON answer; `unreachable` is the error
 * in words when nothing answered. The caller validates `json` and says what a refusal means.
 */
export async function postForm(
  url: URL,
  form: Record<string, string>,
  unreachable: string,
  doFetch: typeof fetch = fetch,
): Promise<{ response: Response; json: unknown }> {
  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams(form).toString(),
      credentials: 'omit',
    });
  } catch {
    throw new Error(unreachable);
  }
  const text = await bodyText(response);
  try {
    return { response, json: JSON.parse(text) };
  } catch {
    return { response, json: undefined };
  }
}
