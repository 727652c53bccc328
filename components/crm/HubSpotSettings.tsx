import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../lib/messaging/client';
import type { HubSpotStatusView } from '../../lib/messaging/views';
import { type ActionState, errorText, Status } from '../settings/Status';
import { CrmField } from './CrmField';
import { DISCONNECTED, runConnectionAction } from './connection-action';
import { HubSpotSignIn } from './HubSpotSignIn';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * Connecting HubSpot with a private app's access token, or by signing in with the team's own app (HubSpotSignIn). The
 * browser asks for access to HubSpot's API host here, at connect time, not at install. The token goes to the
 * background once and is only ever shown masked.
 */
export function HubSpotSettings() {
  const [status, setStatus] = useState<HubSpotStatusView>();
  const [token, setToken] = useState('');
  const [state, setState] = useState<ActionState>({ kind: 'idle' });

  useEffect(() => {
    sendToBackground<HubSpotStatusView, 'ui-bg/hubspot-status'>('ui-bg/hubspot-status', {})
      .then(setStatus)
      .catch((error: unknown) => setState({ kind: 'error', message: `Not read: ${errorText(error)}` }));
  }, []);

  const connect = async (event: Event) => {
    event.preventDefault();
    if (!status) return;
    // First, within the click: the permission prompt needs the user's gesture.
    const allowed = await browser.permissions.request({ origins: [status.origin] });
    if (!allowed) {
      setState({ kind: 'error', message: 'Not connected: ICP Lens needs your permission to reach HubSpot.' });
      return;
    }
    const connected = await runConnectionAction(
      setState,
      setStatus,
      { working: 'Checking the token with HubSpot', done: 'Connected to HubSpot.', failed: 'Not connected' },
      () =>
        sendToBackground<HubSpotStatusView, 'ui-bg/hubspot-connect'>('ui-bg/hubspot-connect', { token: token.trim() }),
    );
    if (connected) setToken('');
  };

  const disconnect = () =>
    runConnectionAction(setState, setStatus, DISCONNECTED, () =>
      sendToBackground<HubSpotStatusView, 'ui-bg/hubspot-disconnect'>('ui-bg/hubspot-disconnect', {}),
    );

  return (
    <section aria-labelledby="hubspot-settings-title" class="settings-section" data-testid="hubspot-settings">
      <h2 id="hubspot-settings-title">HubSpot</h2>
      {status?.connected ? (
        <>
          {status.method === 'oauth' ? (
            <p data-testid="hubspot-connection">
              Signed in to HubSpot{status.hubId !== undefined && ` (portal ${status.hubId})`}, token renews
              automatically
              {status.connectedAt !== undefined && `; signed in ${day.format(status.connectedAt)}`}. The tokens are kept
              in this browser's extension storage only: never in a backup or an export.
            </p>
          ) : (
            <p data-testid="hubspot-connection">
              Connected with the token {status.masked}
              {status.connectedAt !== undefined && ` since ${day.format(status.connectedAt)}`}. It is kept in this
              browser's extension storage only: never in a backup or an export.
            </p>
          )}
          <button type="button" onClick={() => void disconnect()}>
            Disconnect HubSpot
          </button>
        </>
      ) : (
        <>
          <form onSubmit={(e) => void connect(e)} aria-labelledby="hubspot-token-title">
            <h3 id="hubspot-token-title">Connect with a private app's token</h3>
            <p>
              Paste the access token of a HubSpot private app with the scopes crm.objects.companies.read and .write,
              crm.objects.contacts.read and .write, crm.schemas.companies.read and .write, and crm.schemas.contacts.read
              and .write.
            </p>
            <CrmField
              id="hubspot-token"
              label="HubSpot access token"
              type="password"
              value={token}
              onValue={setToken}
            />
            <button type="submit" disabled={!status || token.trim().length < 8}>
              Connect HubSpot
            </button>
          </form>
          <HubSpotSignIn status={status} onStatus={setStatus} onState={setState} />
        </>
      )}
      <Status state={state} testId="hubspot-status" />
    </section>
  );
}
