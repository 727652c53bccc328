import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendToBackground } from '../../lib/messaging/client';
import type { TwentyStatusView } from '../../lib/messaging/views';
import { type ActionState, errorText, Status } from '../settings/Status';

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** "crm.acme.com" → "https://crm.acme.com/*": the one workspace's address, asked for at connect time. */
function workspacePattern(address: string): string | undefined {
  const text = address.trim();
  try {
    return `${new URL(/^[a-z]+:\/\//i.test(text) ? text : `https://${text}`).origin}/*`;
  } catch {
    return undefined;
  }
}

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
    const pattern = workspacePattern(baseUrl);
    if (!pattern || !(await browser.permissions.request({ origins: [pattern] }).catch(() => false))) {
      setState({
        kind: 'error',
        message: 'Not connected: ICP Lens needs your permission to reach this Twenty address.',
      });
      return;
    }
    setState({ kind: 'working', label: 'Checking the API key with Twenty' });
    try {
      setStatus(
        await sendToBackground<TwentyStatusView, 'ui-bg/twenty-connect'>('ui-bg/twenty-connect', {
          baseUrl: baseUrl.trim(),
          apiKey: apiKey.trim(),
        }),
      );
      setApiKey('');
      setState({ kind: 'done', message: 'Connected to Twenty.' });
    } catch (error) {
      setState({ kind: 'error', message: `Not connected: ${errorText(error)}` });
    }
  };

  const disconnect = async () => {
    try {
      const next = await sendToBackground<TwentyStatusView, 'ui-bg/twenty-disconnect'>('ui-bg/twenty-disconnect', {});
      setStatus(next);
      setBaseUrl(next.defaultUrl);
      setState({ kind: 'done', message: 'Disconnected: the API key is removed from this browser.' });
    } catch (error) {
      setState({ kind: 'error', message: `Not disconnected: ${errorText(error)}` });
    }
  };

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
          <div class="field">
            <label for="twenty-address">Twenty API address</label>
            <input
              id="twenty-address"
              type="url"
              autocomplete="off"
              value={baseUrl}
              onInput={(e) => setBaseUrl(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="twenty-key">Twenty API key</label>
            <input
              id="twenty-key"
              type="password"
              autocomplete="off"
              spellcheck={false}
              value={apiKey}
              onInput={(e) => setApiKey(e.currentTarget.value)}
            />
          </div>
          <button type="submit" disabled={!status || apiKey.trim().length < 16}>
            Connect Twenty
          </button>
        </form>
      )}
      <Status state={state} testId="twenty-status" />
    </section>
  );
}
