import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../lib/messaging/client';
import type { SalesforceStatusView } from '../../lib/messaging/views';
import { type ActionState, errorText, Status } from '../settings/Status';
import { CrmField } from './CrmField';
import { DISCONNECTED, hostPattern, runConnectionAction } from './connection-action';

const CONNECTED = { done: 'Connected to Salesforce.', failed: 'Not connected' };

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * Within the click (the prompt needs the user's gesture): the org's host, and in Chrome the identity permission to
 * open Salesforce's sign-in. Firefox grants identity at install (it may not be optional there): not asked again.
 */
async function askPermissions(address: string, identity: boolean): Promise<boolean> {
  const pattern = hostPattern(address);
  if (!pattern) return false;
  const needsIdentity = identity && !(await browser.permissions.contains({ permissions: ['identity'] }));
  return browser.permissions
    .request({ origins: [pattern], ...(needsIdentity && { permissions: ['identity'] }) })
    .catch(() => false);
}

/**
 * Connecting Salesforce: signing in through the team's connected app (OAuth with PKCE, no secret), or a pasted access
 * token with the org's address. The token goes to the background and is only ever shown masked.
 */
export function SalesforceSettings() {
  const [status, setStatus] = useState<SalesforceStatusView>();
  const [loginUrl, setLoginUrl] = useState('');
  const [clientId, setClientId] = useState('');
  const [instanceUrl, setInstanceUrl] = useState('');
  const [token, setToken] = useState('');
  const [state, setState] = useState<ActionState>({ kind: 'idle' });

  useEffect(() => {
    sendToBackground<SalesforceStatusView, 'ui-bg/salesforce-status'>('ui-bg/salesforce-status', {})
      .then((s) => {
        setStatus(s);
        setLoginUrl(s.loginUrl ?? '');
        setClientId(s.clientId ?? '');
      })
      .catch((error: unknown) => setState({ kind: 'error', message: `Not read: ${errorText(error)}` }));
  }, []);

  const signIn = async (event: Event) => {
    event.preventDefault();
    if (!(await askPermissions(loginUrl, true))) {
      setState({
        kind: 'error',
        message:
          'Not connected: ICP Lens needs your permission to sign in to this org, at its Salesforce address (https://<name>.my.salesforce.com).',
      });
      return;
    }
    await runConnectionAction(
      setState,
      setStatus,
      { working: 'Signing in to Salesforce (finish in the window that opened)', ...CONNECTED },
      () =>
        sendToBackground<SalesforceStatusView, 'ui-bg/salesforce-sign-in'>('ui-bg/salesforce-sign-in', {
          loginUrl: loginUrl.trim(),
          clientId: clientId.trim(),
        }),
    );
  };

  const connect = async (event: Event) => {
    event.preventDefault();
    if (!(await askPermissions(instanceUrl, false))) {
      setState({
        kind: 'error',
        message:
          'Not connected: ICP Lens needs your permission to reach this org, at its Salesforce address (https://<name>.my.salesforce.com).',
      });
      return;
    }
    const connected = await runConnectionAction(
      setState,
      setStatus,
      { working: 'Checking the token with Salesforce', ...CONNECTED },
      () =>
        sendToBackground<SalesforceStatusView, 'ui-bg/salesforce-connect'>('ui-bg/salesforce-connect', {
          instanceUrl: instanceUrl.trim(),
          token: token.trim(),
        }),
    );
    if (connected) setToken('');
  };

  const disconnect = () =>
    runConnectionAction(setState, setStatus, DISCONNECTED, () =>
      sendToBackground<SalesforceStatusView, 'ui-bg/salesforce-disconnect'>('ui-bg/salesforce-disconnect', {}),
    );

  return (
    <section aria-labelledby="salesforce-settings-title" class="settings-section" data-testid="salesforce-settings">
      <h2 id="salesforce-settings-title">Salesforce</h2>
      {status?.connected ? (
        <>
          <p data-testid="salesforce-connection">
            Connected to {status.instanceUrl} with the token {status.masked}
            {status.connectedAt !== undefined && ` since ${day.format(status.connectedAt)}`}
            {status.method === 'oauth' ? ' (signed in; renewed on its own)' : ' (pasted)'}. It is kept in this browser's
            extension storage only: never in a backup or an export.
          </p>
          <button type="button" onClick={() => void disconnect()}>
            Disconnect Salesforce
          </button>
        </>
      ) : (
        <>
          <form onSubmit={(e) => void signIn(e)} aria-labelledby="salesforce-sign-in-title">
            <h3 id="salesforce-sign-in-title">Sign in with your team's connected app</h3>
            <p>
              Your Salesforce admin creates a connected app once (README, Push to Salesforce) with this callback URL:{' '}
              <code data-testid="salesforce-callback">{status?.callbackUrl}</code>
            </p>
            <CrmField
              id="salesforce-login"
              label="Login address (your My Domain)"
              type="url"
              placeholder="https://acme.my.salesforce.com"
              value={loginUrl}
              onValue={setLoginUrl}
            />
            <CrmField
              id="salesforce-client"
              label="Consumer key of the connected app"
              type="text"
              value={clientId}
              onValue={setClientId}
            />
            <button type="submit" disabled={!status || !loginUrl.trim() || clientId.trim().length < 10}>
              Sign in to Salesforce
            </button>
          </form>
          <form onSubmit={(e) => void connect(e)} aria-labelledby="salesforce-token-title">
            <h3 id="salesforce-token-title">Or paste an access token</h3>
            <p>For teams that issue tokens themselves. The token is not renewed: connect again when it expires.</p>
            <CrmField
              id="salesforce-instance"
              label="Org address"
              type="url"
              placeholder="https://acme.my.salesforce.com"
              value={instanceUrl}
              onValue={setInstanceUrl}
            />
            <CrmField
              id="salesforce-token"
              label="Salesforce access token"
              type="password"
              value={token}
              onValue={setToken}
            />
            <button type="submit" disabled={!status || !instanceUrl.trim() || token.trim().length < 16}>
              Connect Salesforce
            </button>
          </form>
        </>
      )}
      <Status state={state} testId="salesforce-status" />
    </section>
  );
}
