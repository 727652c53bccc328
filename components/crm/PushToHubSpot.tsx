import { useEffect, useState } from 'preact/hooks';
import { logLine, resultLine } from '../../lib/crm/text';
import { sendToBackground } from '../../lib/messaging/client';
import type { HubSpotStatusView, PushLogView, PushPreviewView, PushResultView } from '../../lib/messaging/views';
import { PushPreview } from './PushPreview';

type State =
  | { kind: 'idle' }
  | { kind: 'working'; label: string }
  | { kind: 'preview'; preview: PushPreviewView }
  | { kind: 'done'; result: PushResultView }
  | { kind: 'failed'; message: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * "Push to HubSpot" for the panel's account: a preview of every field first (new, changed, unchanged, kept as a
 * person set it), then the push, then its outcome and the account's push log.
 */
export function PushToHubSpot({ accountId }: { accountId: string }) {
  const [status, setStatus] = useState<HubSpotStatusView>();
  const [log, setLog] = useState<PushLogView[]>([]);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [overwrite, setOverwrite] = useState(false);

  const loadLog = () =>
    sendToBackground<PushLogView[], 'ui-bg/hubspot-push-log'>('ui-bg/hubspot-push-log', { accountId })
      .then(setLog)
      .catch(() => setLog([]));
  useEffect(() => {
    sendToBackground<HubSpotStatusView, 'ui-bg/hubspot-status'>('ui-bg/hubspot-status', {})
      .then(setStatus)
      .catch(() => setStatus(undefined));
    void loadLog();
    setState({ kind: 'idle' });
  }, [accountId]);

  if (!status) return null;
  const preview = async (replace: boolean) => {
    setState({ kind: 'working', label: 'Reading what HubSpot has…' });
    try {
      const view = await sendToBackground<PushPreviewView, 'ui-bg/hubspot-preview'>('ui-bg/hubspot-preview', {
        accountIds: [accountId],
        overwrite: replace,
      });
      setState({ kind: 'preview', preview: view });
    } catch (error) {
      setState({ kind: 'failed', message: `Nothing was pushed: ${message(error)}` });
    }
  };
  const push = async () => {
    setState({ kind: 'working', label: 'Pushing to HubSpot…' });
    try {
      const result = await sendToBackground<PushResultView, 'ui-bg/hubspot-push'>('ui-bg/hubspot-push', {
        accountIds: [accountId],
        overwrite,
      });
      setState({ kind: 'done', result });
      await loadLog();
    } catch (error) {
      setState({ kind: 'failed', message: `The push stopped: ${message(error)}` });
    }
  };

  return (
    <section aria-labelledby="hubspot-title" class="work" data-testid="hubspot">
      <h2 id="hubspot-title">HubSpot</h2>
      {!status.connected && <p>Connect HubSpot in the settings to push this account and its people.</p>}
      {status.connected && (
        <>
          <button type="button" disabled={state.kind === 'working'} onClick={() => void preview(overwrite)}>
            Push to HubSpot
          </button>
          {state.kind === 'working' && <p role="status">{state.label}</p>}
          {state.kind === 'failed' && (
            <p class="status error" role="alert" data-testid="push-error">
              {state.message}
            </p>
          )}
          {state.kind === 'preview' && (
            <>
              <PushPreview preview={state.preview} />
              <label class="field inline">
                <input
                  type="checkbox"
                  checked={overwrite}
                  onChange={(e) => {
                    setOverwrite(e.currentTarget.checked);
                    void preview(e.currentTarget.checked);
                  }}
                />
                Also replace values a person set in HubSpot
              </label>
              <div class="actions">
                <button type="button" onClick={() => void push()}>
                  Confirm push
                </button>
                <button type="button" onClick={() => setState({ kind: 'idle' })}>
                  Cancel
                </button>
              </div>
            </>
          )}
          {state.kind === 'done' && (
            <div role="status" data-testid="push-result">
              <p>{resultLine(state.result)}</p>
              {state.result.failures.length > 0 && (
                <ul class="status error">
                  {state.result.failures.map((f) => (
                    <li key={f.who}>
                      {f.who}: {f.message}
                    </li>
                  ))}
                </ul>
              )}
              {state.result.skipped.map((s) => (
                <p key={s.who}>
                  {s.who} was left out: {s.reason}.
                </p>
              ))}
            </div>
          )}
        </>
      )}
      {log.length > 0 && (
        <ul class="push-log" data-testid="push-log">
          {log.map((entry) => (
            <li key={entry.at}>{logLine(entry)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
