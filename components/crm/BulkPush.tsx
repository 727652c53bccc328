import { useEffect, useState } from 'preact/hooks';
import { countsLine, resultLine } from '../../lib/crm/text';
import { sendToBackground } from '../../lib/messaging/client';
import { PUSH_ACCOUNTS_MAX } from '../../lib/messaging/messages/crm';
import type { FieldStatus, HubSpotStatusView, PushPreviewView, PushResultView } from '../../lib/messaging/views';
import type { Target } from '../../lib/workflow/limits';

type State =
  | { kind: 'idle' }
  | { kind: 'working'; label: string; done: number; total: number }
  | { kind: 'confirm'; counts: Record<FieldStatus, number>; skipped: string[]; accountIds: string[] }
  | { kind: 'done'; result: PushResultView }
  | { kind: 'failed'; message: string };

function parts<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += PUSH_ACCOUNTS_MAX) out.push(items.slice(i, i + PUSH_ACCOUNTS_MAX));
  return out;
}

/**
 * "Push to HubSpot" for the selected accounts (their people go with them): a preview of the totals first, then the
 * push in parts of PUSH_ACCOUNTS_MAX accounts with progress. Shown only once HubSpot is connected.
 */
export function BulkPush({ targets }: { targets: Target[] }) {
  const [status, setStatus] = useState<HubSpotStatusView>();
  const [state, setState] = useState<State>({ kind: 'idle' });
  useEffect(() => {
    sendToBackground<HubSpotStatusView, 'ui-bg/hubspot-status'>('ui-bg/hubspot-status', {})
      .then(setStatus)
      .catch(() => setStatus(undefined));
  }, []);
  if (!status?.connected) return null;
  const accountIds = targets.filter((t) => t.kind === 'account').map((t) => t.id);

  const preview = async () => {
    const counts: Record<FieldStatus, number> = { new: 0, changed: 0, unchanged: 0, kept: 0 };
    const skipped: string[] = [];
    try {
      for (const [i, ids] of parts(accountIds).entries()) {
        setState({
          kind: 'working',
          label: 'Reading what HubSpot has',
          done: i * PUSH_ACCOUNTS_MAX,
          total: accountIds.length,
        });
        const view = await sendToBackground<PushPreviewView, 'ui-bg/hubspot-preview'>('ui-bg/hubspot-preview', {
          accountIds: ids,
          overwrite: false,
        });
        for (const s of Object.keys(counts) as FieldStatus[]) counts[s] += view.counts[s];
        skipped.push(...view.accounts.filter((a) => a.skipped).map((a) => a.name));
      }
      setState({ kind: 'confirm', counts, skipped, accountIds });
    } catch (error) {
      setState({ kind: 'failed', message: `Nothing was pushed: ${(error as Error).message}` });
    }
  };

  const push = async (ids: string[]) => {
    const total: PushResultView = {
      companies: { created: 0, updated: 0 },
      contacts: { created: 0, updated: 0 },
      fields: 0,
      failures: [],
      skipped: [],
      at: Date.now(),
    };
    try {
      for (const [i, part] of parts(ids).entries()) {
        setState({ kind: 'working', label: 'Pushing to HubSpot', done: i * PUSH_ACCOUNTS_MAX, total: ids.length });
        const r = await sendToBackground<PushResultView, 'ui-bg/hubspot-push'>('ui-bg/hubspot-push', {
          accountIds: part,
          overwrite: false,
        });
        total.companies.created += r.companies.created;
        total.companies.updated += r.companies.updated;
        total.contacts.created += r.contacts.created;
        total.contacts.updated += r.contacts.updated;
        total.fields += r.fields;
        total.failures.push(...r.failures);
        total.skipped.push(...r.skipped);
      }
      setState({ kind: 'done', result: total });
    } catch (error) {
      setState({ kind: 'failed', message: `The push stopped: ${(error as Error).message}` });
    }
  };

  return (
    <div class="bulk-row" data-testid="bulk-hubspot">
      <button
        type="button"
        disabled={!accountIds.length || state.kind === 'working'}
        onClick={() => void preview()}
        data-testid="bulk-hubspot-push"
      >
        Push to HubSpot…
      </button>
      <span role="status">
        {state.kind === 'working' && `${state.label}: ${state.done} of ${state.total} accounts…`}
        {state.kind === 'confirm' && (
          <>
            {state.accountIds.length === 1 ? '1 account' : `${state.accountIds.length} accounts`} and their people:{' '}
            {countsLine(state.counts) || 'nothing to push'}
            {state.skipped.length > 0 && `; left out (no website known): ${state.skipped.join(', ')}`}.{' '}
            <button type="button" onClick={() => void push(state.accountIds)} data-testid="bulk-hubspot-confirm">
              Confirm push
            </button>{' '}
            <button type="button" onClick={() => setState({ kind: 'idle' })}>
              Cancel
            </button>
          </>
        )}
        {state.kind === 'done' && (
          <span class="ok" data-testid="bulk-hubspot-result">
            {resultLine(state.result)}
            {state.result.failures.map((f) => ` ${f.who}: ${f.message}.`).join('')}
          </span>
        )}
        {state.kind === 'failed' && <span class="error">{state.message}</span>}
      </span>
    </div>
  );
}
