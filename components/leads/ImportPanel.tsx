import { useState } from 'preact/hooks';
import type { ImportReply } from '../../lib/leads/types';
import { type ImportProgress, uploadAccountsCsv } from '../../lib/leads/upload';

type State =
  | { kind: 'idle' }
  | { kind: 'working'; progress?: ImportProgress }
  | { kind: 'done'; reply: ImportReply }
  | { kind: 'failed'; message: string };

const n = (value: number) => value.toLocaleString('en-US');

function progressText(p: ImportProgress | undefined): string {
  if (!p) return 'Reading the file…';
  if (p.phase === 'uploading') return `Sending the file to ICP Lens (${p.done + 1} of ${p.total})…`;
  if (p.phase === 'checking') return 'Checking every row…';
  return `Saving and scoring accounts: ${n(p.done)} of ${n(p.total)}…`;
}

/** Imports a CSV of domains or company names as accounts; a file with any bad row is refused whole. */
export function ImportPanel({ onImported }: { onImported: () => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setState({ kind: 'working' });
    try {
      const reply = await uploadAccountsCsv(file, (progress) => setState({ kind: 'working', progress }));
      setState({ kind: 'done', reply });
      if (reply.ok) onImported();
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    } finally {
      // The same file can be chosen again after it was fixed.
      input.value = '';
    }
  };
  return (
    <div class="import" data-testid="import-panel">
      <label class="file-label">
        <span>Import accounts (CSV of domains or company names; optional outcome, date and reason columns)</span>
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          disabled={state.kind === 'working'}
          onChange={(e) => void onFile(e.currentTarget)}
          data-testid="import-file"
        />
      </label>
      <div aria-live="polite" data-testid="import-status">
        {state.kind === 'working' && (
          <p>
            <progress
              max={state.progress && state.progress.phase !== 'checking' ? state.progress.total || 1 : undefined}
              value={state.progress && state.progress.phase !== 'checking' ? state.progress.done : undefined}
              aria-label="Import progress"
            />{' '}
            {progressText(state.progress)}
          </p>
        )}
        {state.kind === 'done' && state.reply.ok && (
          <p class="ok">
            Imported {n(state.reply.rows)} rows: {n(state.reply.created)} new accounts, {n(state.reply.merged)} merged
            into accounts already saved{state.reply.outcomes > 0 && `, ${n(state.reply.outcomes)} with an outcome`}.
          </p>
        )}
        {state.kind === 'failed' && (
          <p class="error" role="alert">
            Import failed: {state.message}. Nothing was changed.
          </p>
        )}
      </div>
      {state.kind === 'done' && !state.reply.ok && (
        <div role="alert" class="error" data-testid="import-errors">
          <p>
            The file was not imported: {n(state.reply.errorCount)}{' '}
            {state.reply.errorCount === 1 ? 'problem' : 'problems'}. Nothing was changed. Fix the file and choose it
            again.
          </p>
          <ul>
            {state.reply.errors.map((e) => (
              <li key={`${e.row}-${e.reason}`}>{e.row ? `Row ${e.row}: ${e.reason}` : e.reason}</li>
            ))}
          </ul>
          {state.reply.errorCount > state.reply.errors.length && (
            <p>…and {n(state.reply.errorCount - state.reply.errors.length)} more.</p>
          )}
        </div>
      )}
    </div>
  );
}
