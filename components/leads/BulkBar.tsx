import { useState } from 'preact/hooks';
import type { BulkAction, RemovedCounts } from '../../lib/leads/bulk-action';
import { applyToSelection, previewRemoval, stageSelection } from '../../lib/leads/bulk-client';
import { outcomeInWords, removedInWords } from '../../lib/leads/bulk-text';
import { STAGES, type Stage } from '../../lib/scoring/stage';
import { plural } from '../../lib/util/plural';
import type { Target } from '../../lib/workflow/limits';
import { WORKFLOW_LIMITS } from '../../lib/workflow/limits';
import { BulkPush } from '../crm/BulkPush';
import { Dialog } from '../settings/Dialog';

type Removal = 'delete' | 'not-a-company';

type State =
  | { kind: 'idle' }
  | { kind: 'working'; label: string; done: number; total: number }
  | { kind: 'confirm'; action: Removal; bulkId: string; removed: RemovedCounts; people: number }
  | { kind: 'done'; message: string }
  | { kind: 'failed'; message: string };

interface Props {
  targets: Target[];
  /** Hidden leads are listed: the bar offers to show them again instead of hiding. */
  hiddenView: boolean;
  tags: string[];
  onSelectAll: () => void;
  onClear: () => void;
  /** After an action: the list reloads; a removal also empties the selection. */
  onDone: (removed: boolean) => void;
}

const n = (value: number) => value.toLocaleString('en-US');

/**
 * Bulk actions on the selected leads: tag, stage, hide (or show again), "not a company" and delete. Each runs over
 * the whole selection in one transaction in the background, with progress; delete and "not a company" first say how
 * many leads and what goes with them, and wait for a confirmation. Room is left at the end for more actions.
 */
export function BulkBar(props: Props) {
  const { targets } = props;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [tag, setTag] = useState('');
  const [stage, setStage] = useState('');
  const none = targets.length === 0;
  const busy = state.kind === 'working' || state.kind === 'confirm';

  const fail = (error: unknown) =>
    setState({ kind: 'failed', message: `Nothing was changed: ${(error as Error)?.message ?? String(error)}` });

  const run = async (action: BulkAction, bulkId?: string) => {
    const total = targets.length;
    setState({ kind: 'working', label: 'Sending the selection', done: 0, total });
    try {
      const id = bulkId ?? (await stageSelection(targets));
      const outcome = await applyToSelection(id, action, (done, of) =>
        setState({ kind: 'working', label: 'Working', done, total: of }),
      );
      setState({ kind: 'done', message: outcomeInWords(action, outcome) });
      props.onDone(action.type === 'delete' || action.type === 'not-a-company');
    } catch (error) {
      fail(error);
    }
  };

  const askRemoval = async (action: Removal) => {
    setState({ kind: 'working', label: 'Counting what goes with them', done: 0, total: targets.length });
    try {
      const bulkId = await stageSelection(targets);
      const removed = await previewRemoval(bulkId, action);
      setState({
        kind: 'confirm',
        action,
        bulkId,
        removed,
        people: targets.filter((t) => t.kind === 'contact').length,
      });
    } catch (error) {
      fail(error);
    }
  };

  const cleanTag = tag.replace(/\s+/g, ' ').trim();
  return (
    <section class="bulk" aria-label="Bulk actions on the selected leads" data-testid="bulk-bar">
      <div class="bulk-row">
        <span class="bulk-count" data-testid="selected-count" aria-live="polite">
          {none ? 'No lead selected' : `${plural(targets.length, 'lead', 'leads')} selected`}
        </span>
        <button type="button" onClick={props.onSelectAll} disabled={busy}>
          Select all shown
        </button>
        <button type="button" onClick={props.onClear} disabled={none || busy}>
          Clear selection
        </button>
        <span class="bulk-field">
          <label for="bulk-tag">Tag</label>
          <input
            id="bulk-tag"
            list="bulk-tag-list"
            value={tag}
            maxLength={WORKFLOW_LIMITS.tagChars}
            onInput={(e) => setTag(e.currentTarget.value)}
            data-testid="bulk-tag"
          />
          <datalist id="bulk-tag-list">
            {props.tags.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
          <button
            type="button"
            disabled={none || busy || !cleanTag}
            onClick={() => void run({ type: 'add-tag', tag: cleanTag })}
            data-testid="bulk-add-tag"
          >
            Add tag
          </button>
          <button
            type="button"
            disabled={none || busy || !cleanTag}
            onClick={() => void run({ type: 'remove-tag', tag: cleanTag })}
          >
            Remove tag
          </button>
        </span>
        <span class="bulk-field">
          <label for="bulk-stage">Stage</label>
          <select
            id="bulk-stage"
            value={stage}
            onChange={(e) => setStage(e.currentTarget.value)}
            data-testid="bulk-stage"
          >
            <option value="">Pick a stage</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
            <option value="suggested">Back to the suggestion</option>
          </select>
          <button
            type="button"
            disabled={none || busy || !stage}
            onClick={() => void run({ type: 'set-stage', stage: stage === 'suggested' ? null : (stage as Stage) })}
            data-testid="bulk-set-stage"
          >
            Set stage
          </button>
        </span>
        {props.hiddenView ? (
          <button
            type="button"
            disabled={none || busy}
            onClick={() => void run({ type: 'unhide' })}
            data-testid="bulk-unhide"
          >
            Show again
          </button>
        ) : (
          <button
            type="button"
            disabled={none || busy}
            onClick={() => void run({ type: 'hide' })}
            data-testid="bulk-hide"
          >
            Hide
          </button>
        )}
        <button
          type="button"
          disabled={none || busy || targets.every((t) => t.kind === 'contact')}
          onClick={() => void askRemoval('not-a-company')}
          data-testid="bulk-not-company"
        >
          Not a company…
        </button>
        <button
          type="button"
          class="danger"
          disabled={none || busy}
          onClick={() => void askRemoval('delete')}
          data-testid="bulk-delete"
        >
          Delete…
        </button>
      </div>
      <BulkPush crm="hubspot" targets={targets} />
      <BulkPush crm="salesforce" targets={targets} />
      <BulkPush crm="twenty" targets={targets} />
      <div class="bulk-status" role="status" data-testid="bulk-status">
        {state.kind === 'working' && (
          <>
            <progress max={state.total || 1} value={state.done} aria-label="Bulk action progress" /> {state.label}:{' '}
            {n(state.done)} of {n(state.total)}…
          </>
        )}
        {state.kind === 'done' && <span class="ok">{state.message}</span>}
        {state.kind === 'failed' && <span class="error">{state.message}</span>}
      </div>
      <Dialog
        open={state.kind === 'confirm'}
        title={state.kind === 'confirm' ? confirmTitle(state) : ''}
        testId="bulk-confirm"
        onCancel={() => setState({ kind: 'idle' })}
      >
        {state.kind === 'confirm' && (
          <ConfirmBody
            state={state}
            onCancel={() => setState({ kind: 'idle' })}
            onConfirm={() => void run({ type: state.action }, state.bulkId)}
          />
        )}
      </Dialog>
    </section>
  );
}

function confirmTitle(state: Extract<State, { kind: 'confirm' }>): string {
  const { accounts, contacts } = state.removed;
  return state.action === 'delete'
    ? `Delete ${plural(accounts + contacts, 'lead', 'leads')}?`
    : `Mark ${plural(accounts, 'company', 'companies')} as not a company?`;
}

function ConfirmBody(props: {
  state: Extract<State, { kind: 'confirm' }>;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  const { action, removed, people } = props.state;
  const lines = removedInWords(removed);
  return (
    <>
      <p>
        {action === 'delete'
          ? 'This deletes, for good, in one go:'
          : 'They are deleted, for good, with what goes with them:'}
      </p>
      <ul class="counts" data-testid="bulk-confirm-counts">
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {removed.unlinkedContacts > 0 && (
        <p>
          {plural(removed.unlinkedContacts, 'person', 'people')} of these companies{' '}
          {removed.unlinkedContacts === 1 ? 'is' : 'are'} kept, no longer linked to them.
        </p>
      )}
      {action === 'not-a-company' && (
        <p>
          From now on ICP Lens keeps nothing about these sites, even when you read them again. You can undo the mark
          among the hidden leads.{' '}
          {people > 0 &&
            `${plural(people, 'person', 'people')} selected ${people === 1 ? 'is' : 'are'} left as they are.`}
        </p>
      )}
      <div class="actions">
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="button" class="danger" onClick={props.onConfirm} data-testid="bulk-confirm-button">
          {action === 'delete'
            ? `Delete ${plural(removed.accounts + removed.contacts, 'lead', 'leads')}`
            : `Mark ${plural(removed.accounts, 'company', 'companies')} as not a company`}
        </button>
      </div>
    </>
  );
}
