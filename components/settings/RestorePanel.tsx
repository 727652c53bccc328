import { useState } from 'preact/hooks';
import { cancelRestore, commitRestore, type RestoreCheck, sendForCheck } from '../../lib/data/client';
import { describeCounts } from '../../lib/settings/labels';
import { Dialog } from './Dialog';
import { type ActionState, errorText, Status } from './Status';

/**
 * Restore: the file is read, sent and checked first (nothing is written: a bad file is refused with its reason);
 * then a dialog says what it holds and that it replaces everything; only "Replace my data" writes, all or nothing.
 */
export function RestorePanel() {
  const [state, setState] = useState<ActionState>({ kind: 'idle' });
  const [check, setCheck] = useState<RestoreCheck | undefined>();
  const [inputKey, setInputKey] = useState(0);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setState({ kind: 'working', label: `Reading ${file.name}…` });
    try {
      const text = await file.text();
      const checked = await sendForCheck(text, (done, total) =>
        setState({ kind: 'working', label: 'Checking the backup: piece', done, total }),
      );
      setState({ kind: 'idle' });
      setCheck(checked);
    } catch (error) {
      setState({
        kind: 'error',
        message: `This file cannot be restored, and nothing was changed: ${errorText(error)}`,
      });
    } finally {
      // The same file can be chosen again after a refusal.
      setInputKey((k) => k + 1);
    }
  };

  const cancel = () => {
    if (check) void cancelRestore(check.restoreId);
    setCheck(undefined);
    setState({ kind: 'done', message: 'Restore cancelled: nothing was changed.' });
  };

  const replace = async () => {
    if (!check) return;
    const { restoreId, total } = check;
    setCheck(undefined);
    setState({ kind: 'working', label: 'Restoring: rows', done: 0, total });
    try {
      await commitRestore(restoreId, (done, all) =>
        setState({ kind: 'working', label: 'Restoring: rows', done, total: all }),
      );
      setState({ kind: 'done', message: `Restored ${total.toLocaleString('en')} rows from the backup.` });
    } catch (error) {
      setState({ kind: 'error', message: `The restore failed, and nothing was changed: ${errorText(error)}` });
    }
  };

  return (
    <div class="restore">
      <div class="field">
        <label for="restore-file">Restore from a backup file</label>
        <input
          key={inputKey}
          id="restore-file"
          type="file"
          accept="application/json,.json"
          disabled={state.kind === 'working'}
          onChange={(event) => void onFile((event.currentTarget as HTMLInputElement).files?.[0])}
        />
      </div>
      <Status state={state} testId="restore-status" />
      <Dialog open={!!check} title="Replace all your data with this backup?" testId="restore-dialog" onCancel={cancel}>
        <p>The backup was checked and holds:</p>
        <ul class="counts">{check && describeCounts(check.counts).map((line) => <li key={line}>{line}</li>)}</ul>
        <p>
          <strong>Everything ICP Lens stores now is replaced by it.</strong> Download a backup first if you may want
          today's data back.
        </p>
        <div class="actions">
          <button type="button" onClick={cancel}>
            Cancel
          </button>
          <button type="button" class="danger" onClick={() => void replace()}>
            Replace my data
          </button>
        </div>
      </Dialog>
    </div>
  );
}
