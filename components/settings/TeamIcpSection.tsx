import { useEffect, useState } from 'preact/hooks';
import { teamUrlProblem } from '../../lib/icp/team';
import { sendToBackground } from '../../lib/messaging/client';
import type { TeamIcpView } from '../../lib/messaging/views';
import { requestSites } from '../../lib/platform/site-access';
import { type ActionState, errorText, Status } from './Status';

const day = (at: number) => new Date(at).toLocaleDateString('en', { day: 'numeric', month: 'short' });
const dayTime = (at: number) =>
  new Date(at).toLocaleString('en', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/**
 * One ICP for the team: the address of an ICP file the team keeps (a file in a repository, an intranet page). It is
 * loaded and made active, checked at browser start and daily, and its locked criteria cannot be edited here.
 */
export function TeamIcpSection() {
  const [view, setView] = useState<TeamIcpView>();
  const [url, setUrl] = useState('');
  const [state, setState] = useState<ActionState>({ kind: 'idle' });
  useEffect(() => {
    sendToBackground<TeamIcpView, 'ui-bg/team-icp-status'>('ui-bg/team-icp-status', {})
      .then((v) => {
        setView(v);
        setUrl(v.url ?? '');
      })
      .catch((error: unknown) => setState({ kind: 'error', message: errorText(error) }));
  }, []);

  const run = async (label: string, send: () => Promise<TeamIcpView>) => {
    setState({ kind: 'working', label });
    try {
      const next = await send();
      setView(next);
      setState(next.problem ? { kind: 'error', message: next.problem } : { kind: 'done', message: 'Done.' });
    } catch (error) {
      setState({ kind: 'error', message: errorText(error) });
    }
  };
  const connect = () => {
    const problem = teamUrlProblem(url);
    if (problem) return setState({ kind: 'error', message: problem });
    const address = new URL(url.trim());
    // Asked in the click itself (a gesture is needed); a server that allows any origin works even if declined.
    const asked = requestSites([`${address.origin}/*`]).catch(() => false);
    void run('Loading the team ICP…', async () => {
      await asked;
      return sendToBackground('ui-bg/team-icp-set', { url: address.href });
    });
  };

  return (
    <section aria-labelledby="team-icp-title" class="settings-section" data-testid="team-icp">
      <h2 id="team-icp-title">Team ICP</h2>
      <p class="hint">
        Load your team's ICP from an address it controls (an ICP file exported from ICP Lens, kept in a repository or on
        an intranet page). It becomes your active ICP, is checked again when the browser starts and once a day, and
        every account is rescored when it changes. Criteria the file marks as locked cannot be edited here.
      </p>
      {view?.connected && view.url && (
        <p data-testid="team-icp-summary">
          {view.icpName ? `${view.icpName}, v${view.version}` : 'ICP'} from <a href={view.url}>{view.url}</a>
          {view.changedAt !== undefined && `, updated ${day(view.changedAt)}`}
          {view.checkedAt !== undefined && ` (checked ${dayTime(view.checkedAt)})`}.
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          connect();
        }}
      >
        <label for="team-icp-url">Address of the team's ICP file</label>{' '}
        <input
          id="team-icp-url"
          type="url"
          value={url}
          size={50}
          maxLength={2000}
          placeholder="https://raw.githubusercontent.com/acme/sales/main/icp.json"
          onInput={(e) => setUrl(e.currentTarget.value)}
        />{' '}
        <button type="submit" class="primary">
          {view?.connected ? 'Load this address' : 'Load and keep in sync'}
        </button>
      </form>
      {view?.connected && (
        <p>
          <button
            type="button"
            onClick={() => void run('Checking…', () => sendToBackground('ui-bg/team-icp-sync', {}))}
          >
            Check now
          </button>{' '}
          <button
            type="button"
            onClick={() =>
              void run('Stopping…', async () => {
                const next = await sendToBackground<TeamIcpView, 'ui-bg/team-icp-set'>('ui-bg/team-icp-set', {
                  url: null,
                });
                setUrl('');
                return next;
              })
            }
          >
            Stop syncing (keep the ICP as mine)
          </button>
        </p>
      )}
      <Status state={state} testId="team-icp-status" />
    </section>
  );
}
