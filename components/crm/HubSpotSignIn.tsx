import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { brokerUrlSchema, clientIdSchema } from '../../lib/crm/hubspot/schemas';
import { sendToBackground } from '../../lib/messaging/client';
import type { HubSpotStatusView } from '../../lib/messaging/views';
import { type ActionState, errorText } from '../settings/Status';
import { CrmField } from './CrmField';

const pattern = (url: string) => `${new URL(url).origin}/*`;

/**
 * Signing in with the team's own HubSpot public app: its client id (not a secret) and the broker that holds its
 * secret (README, "Sign in with your team's HubSpot app"). Within the click, the browser is asked for HubSpot's API
 * and the broker's host; the broker is checked before the identity permission is asked for and the sign-in opens.
 */
export function HubSpotSignIn(props: {
  status: HubSpotStatusView | undefined;
  onStatus: (status: HubSpotStatusView) => void;
  onState: (state: ActionState) => void;
}) {
  const { status, onStatus, onState } = props;
  const [clientId, setClientId] = useState('');
  const [brokerUrl, setBrokerUrl] = useState('');

  useEffect(() => {
    setClientId(status?.clientId ?? '');
    setBrokerUrl(status?.brokerUrl ?? '');
  }, [status?.clientId, status?.brokerUrl]);

  const signIn = async (event: Event) => {
    event.preventDefault();
    if (!status) return;
    const id = clientIdSchema.safeParse(clientId);
    const broker = brokerUrlSchema.safeParse(brokerUrl);
    const fault = id.error?.issues[0]?.message ?? broker.error?.issues[0]?.message;
    if (!id.success || !broker.success) {
      onState({ kind: 'error', message: `Not connected: ${fault}.` });
      return;
    }
    const origins = [status.origin, pattern(broker.data)];
    if (!(await browser.permissions.request({ origins }).catch(() => false))) {
      onState({
        kind: 'error',
        message: "Not connected: ICP Lens needs your permission to reach HubSpot and your team's broker.",
      });
      return;
    }
    onState({ kind: 'working', label: "Checking your team's broker" });
    try {
      await sendToBackground<HubSpotStatusView, 'ui-bg/hubspot-broker-check'>('ui-bg/hubspot-broker-check', {
        brokerUrl: broker.data,
      });
      // Chrome asks for the sign-in window's permission (Firefox grants it at install).
      const identity =
        (await browser.permissions.contains({ permissions: ['identity'] })) ||
        (await browser.permissions.request({ permissions: ['identity'] }).catch(() => false));
      if (!identity) throw new Error('ICP Lens needs your permission to open the HubSpot sign-in');
      onState({ kind: 'working', label: 'Signing in to HubSpot (finish in the window that opened)' });
      onStatus(
        await sendToBackground<HubSpotStatusView, 'ui-bg/hubspot-sign-in'>('ui-bg/hubspot-sign-in', {
          clientId: id.data,
          brokerUrl: broker.data,
        }),
      );
      onState({ kind: 'done', message: 'Signed in to HubSpot.' });
    } catch (error) {
      onState({ kind: 'error', message: `Not connected: ${errorText(error)}` });
    }
  };

  return (
    <form onSubmit={(e) => void signIn(e)} aria-labelledby="hubspot-sign-in-title">
      <h3 id="hubspot-sign-in-title">Sign in with your team's HubSpot app</h3>
      <p>
        For teams that run their own HubSpot public app and its broker (README, Push to HubSpot). The app's redirect URL
        is: <code data-testid="hubspot-callback">{status?.callbackUrl}</code>
      </p>
      <CrmField
        id="hubspot-client"
        label="Client id of your team's HubSpot app"
        type="text"
        value={clientId}
        onValue={setClientId}
      />
      <CrmField
        id="hubspot-broker"
        label="Broker address"
        type="url"
        placeholder="https://hubspot-broker.example.com"
        value={brokerUrl}
        onValue={setBrokerUrl}
      />
      <button type="submit" disabled={!status || !clientId.trim() || !brokerUrl.trim()}>
        Sign in to HubSpot
      </button>
    </form>
  );
}
