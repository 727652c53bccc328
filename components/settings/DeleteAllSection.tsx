import { useState } from 'preact/hooks';
import type { TableCounts } from '../../lib/data/backup';
import { DELETE_ALL_CONFIRMATION } from '../../lib/data/limits';
import { sendToBackground } from '../../lib/messaging/client';
import { describeCounts } from '../../lib/settings/labels';
import { Dialog } from './Dialog';
import { type ActionState, errorText, Status } from './Status';

/**
 * Delete all my data: a dialog names what will go (the counts of each kind) and needs a second, deliberate action:
 * typing DELETE enables the button. The default ICP comes back so the extension still works.
 */
export function DeleteAllSection(props: { onDeleted: () => void }) {
  const [counts, setCounts] = useState<TableCounts | undefined>();
  const [typed, setTyped] = useState('');
  const [state, setState] = useState<ActionState>({ kind: 'idle' });

  const open = async () => {
    setTyped('');
    try {
      setCounts(await sendToBackground<TableCounts, 'ui-bg/count-data'>('ui-bg/count-data', {}));
    } catch (error) {
      setState({ kind: 'error', message: errorText(error) });
    }
  };
  const close = () => setCounts(undefined);
  const confirmed = typed.trim().toUpperCase() === DELETE_ALL_CONFIRMATION;
  const remove = async () => {
    close();
    setState({ kind: 'working', label: 'Deleting…' });
    try {
      await sendToBackground('ui-bg/delete-all-data', { confirm: DELETE_ALL_CONFIRMATION });
      setState({ kind: 'done', message: 'All your data was deleted. The default ICP is back, ready to score.' });
      props.onDeleted();
    } catch (error) {
      setState({ kind: 'error', message: `Nothing was deleted: ${errorText(error)}` });
    }
  };

  return (
    <section aria-labelledby="delete-title" class="settings-section">
      <h2 id="delete-title">Delete all my data</h2>
      <p class="hint">Removes everything ICP Lens stores in this browser. It cannot be undone.</p>
      <div class="actions">
        <button type="button" class="danger" onClick={() => void open()}>
          Delete all my data…
        </button>
      </div>
      <Status state={state} testId="delete-status" />
      <Dialog open={!!counts} title="Delete all your data?" testId="delete-dialog" onCancel={close}>
        <p>This deletes, for good:</p>
        <ul class="counts">{counts && describeCounts(counts).map((line) => <li key={line}>{line}</li>)}</ul>
        <p>Your settings go back to their defaults and the default ICP is created again.</p>
        <div class="field">
          <label for="delete-confirm">Type {DELETE_ALL_CONFIRMATION} to confirm</label>
          <input
            id="delete-confirm"
            autoComplete="off"
            value={typed}
            onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)}
          />
        </div>
        <div class="actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="button" class="danger" disabled={!confirmed} onClick={() => void remove()}>
            Delete everything
          </button>
        </div>
      </Dialog>
    </section>
  );
}
