import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../lib/messaging/client';
import type { TwentyStatusView } from '../../lib/messaging/views';
import { type ActionState, errorText, Status } from '../settings/Status';
import { CrmField } from './CrmField';
import { DISCONNECTED, hostPattern, runConnectionAction } from './connection-action';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/**
 * Connecting Twenty with a workspace API key and the workspace's API address (Twenty's cloud, or a self-hosted one).
 * The browser asks for access to that one address here, at connect time. The key is only ever shown masked.
 */
export function TwentySettings() {
  const [status, setStatus] = useState<TwentyStatusView>();
  const [baseUrl, setBaseUrl] = useState('');
  const [apiKey, setApiKey] = useState('');
  const [state, setState] = useState<ActionState>({ kind: 'idle' });

  useEffect(() => {
    sendToBackground<TwentyStatusView, 'ui-bg/twenty-status'>('ui-bg/twenty-status', {})
      .then((s) => {
        setStatus(s);
        setBaseUrl(s.defaultUrl);
      })
      .catch((error: unknown) => setState({ kind: 'error', message: `Not read: ${errorText(error)}` }));
  }, []);

  const connect = async (event: Event) => {
    event.preventDefault();
    // First, within the click: the permission prompt needs the user's gesture.
    const pattern = hostPattern(baseUrl);
    if (!pattern || !(await browser.permissions.request({ origins: [pattern] }).catch(() => false))) {
      setState({
        kind: 'error',
        message: 'Not connected: ICP Lens needs your permission to reach this Twenty address.',
      });
      return;
    }
    const connected = await runConnectionAction(
      setState,
      setStatus,
      { working: 'Checking the API key with Twenty', done: 'Connected to Twenty.', failed: 'Not connected' },
      () =>
        sendToBackground<TwentyStatusView, 'ui-bg/twenty-connect'>('ui-bg/twenty-connect', {
          baseUrl: baseUrl.trim(),
          apiKey: apiKey.trim(),
        }),
    );
    if (connected) setApiKey('');
  };

  const showDisconnected = (next: TwentyStatusView) => {
    setStatus(next);
    setBaseUrl(next.defaultUrl);
  };
  const disconnect = () =>
    runConnectionAction(setState, showDisconnected, DISCONNECTED, () =>
      sendToBackground<TwentyStatusView, 'ui-bg/twenty-disconnect'>('ui-bg/twenty-disconnect', {}),
    );

  return (
    <section aria-labelledby="twenty-settings-title" class="settings-section" data-testid="twenty-settings">
      <h2 id="twenty-settings-title">Twenty</h2>
      {status?.connected ? (
        <>
          <p data-testid="twenty-connection">
            Connected to {status.baseUrl} with the API key {status.masked}
            {status.connectedAt !== undefined && ` since ${day.format(status.connectedAt)}`}. It is kept in this
            browser's extension storage only: never in a backup or an export.
          </p>
          <button type="button" onClick={() => void disconnect()}>
            Disconnect Twenty
          </button>
        </>
      ) : (
        <form onSubmit={(e) => void connect(e)}>
          <p>
            Create an API key in Twenty under Settings, APIs &amp; Webhooks, then paste it here. A self-hosted workspace
            uses its own https address.
          </p>
          <CrmField id="twenty-address" label="Twenty API address" type="url" value={baseUrl} onValue={setBaseUrl} />
          <CrmField id="twenty-key" label="Twenty API key" type="password" value={apiKey} onValue={setApiKey} />
          <button type="submit" disabled={!status || apiKey.trim().length < 16}>
            Connect Twenty
          </button>
        </form>
      )}
      <Status state={state} testId="twenty-status" />
    </section>
  );
}
