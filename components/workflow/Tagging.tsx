import { useEffect, useState } from 'preact/hooks';
import type { AccountRecord, ContactRecord } from '../../lib/db/db';
import { sendToBackground } from '../../lib/messaging/client';
import { STAGES, type Stage } from '../../lib/scoring/stage';
import type { ActivityTypeView } from '../../lib/workflow/activity-types';
import type { LeadWork } from '../../lib/workflow/lead-view';
import { WORKFLOW_LIMITS } from '../../lib/workflow/limits';
import { Activities } from './Activities';
import { LeadStatusCard } from './LeadStatusCard';
import { useSend } from './use-send';

interface Props {
  record: AccountRecord | ContactRecord;
  work: LeadWork;
  activityTypes: ActivityTypeView[];
  /** "Acme" or "Jane Doe": whose stage, tags and notes these are. */
  who: string;
  onChanged: () => void;
}

/**
 * The user's own work on an account or a person: lifecycle stage, tags, notes and activities, with the status they
 * lead to. Ids are prefixed with the target's kind, since a person page shows the person's and the employer's.
 */
export function Tagging({ record, work, activityTypes, who, onChanged }: Props) {
  const { kind } = work.target;
  const prefix = `${kind}-work`;
  return (
    <section aria-labelledby={`${prefix}-title`} data-testid={prefix} class="work">
      <h2 id={`${prefix}-title`} tabIndex={-1}>
        {kind === 'account' ? 'Account' : 'Person'}: {who}
      </h2>
      <LeadStatusCard status={work.status} testId={`${kind}-status`} />
      <StagePicker id={`${prefix}-stage`} work={work} userStage={record.stage} onChanged={onChanged} />
      {(record.stage === 'Lost' || record.stage === 'Disqualified') && (
        <OutcomeReason
          id={`${prefix}-reason`}
          work={work}
          stage={record.stage}
          reason={record.outcome?.reason ?? ''}
          onChanged={onChanged}
        />
      )}
      <Tags id={`${prefix}-tags`} work={work} tags={record.tags} onChanged={onChanged} />
      <Notes id={`${prefix}-notes`} work={work} notes={record.notes ?? ''} onChanged={onChanged} />
      <Activities id={`${prefix}-activity`} work={work} types={activityTypes} onChanged={onChanged} />
    </section>
  );
}

function StagePicker(props: { id: string; work: LeadWork; userStage?: string; onChanged: () => void }) {
  const { busy, error, run } = useSend(props.onChanged);
  const suggested = props.work.status.stage.suggested;
  const onChange = (value: string) =>
    run(() =>
      sendToBackground('ui-bg/set-stage', {
        target: props.work.target,
        stage: value ? (value as Stage) : null,
      }),
    );
  return (
    <div class="field inline">
      <label for={props.id}>Lifecycle stage</label>
      <select
        id={props.id}
        value={props.userStage ?? ''}
        disabled={busy}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        <option value="">Suggested ({suggested})</option>
        {STAGES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
      {error && <span class="error-text">{error}</span>}
    </div>
  );
}

/** Why a lead was lost or disqualified: the ICP review reads outcomes, and a reason makes one worth reading later. */
function OutcomeReason(props: { id: string; work: LeadWork; stage: Stage; reason: string; onChanged: () => void }) {
  const { busy, error, run } = useSend(props.onChanged);
  const [text, setText] = useState(props.reason);
  useEffect(() => setText(props.reason), [props.reason]);
  const save = () =>
    run(() => sendToBackground('ui-bg/set-stage', { target: props.work.target, stage: props.stage, reason: text }));
  return (
    <div class="field inline">
      <label for={props.id}>Why {props.stage === 'Lost' ? 'lost' : 'disqualified'}</label>
      <input
        id={props.id}
        value={text}
        maxLength={WORKFLOW_LIMITS.outcomeReasonChars}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <button type="button" disabled={busy || text.trim() === props.reason} onClick={save}>
        Save reason
      </button>
      {error && <span class="error-text">{error}</span>}
    </div>
  );
}

function Tags(props: { id: string; work: LeadWork; tags: string[]; onChanged: () => void }) {
  const { busy, error, run } = useSend(props.onChanged);
  const [text, setText] = useState('');
  const full = props.tags.length >= WORKFLOW_LIMITS.tags;
  const save = (tags: string[]) => run(() => sendToBackground('ui-bg/set-tags', { target: props.work.target, tags }));
  const add = async () => {
    const tag = text.replace(/\s+/g, ' ').trim();
    if (!tag || full) return;
    if (await save([...props.tags, tag])) setText('');
  };
  return (
    <div class="tags">
      <ul class="chip-list" aria-label="Tags" data-testid="tags">
        {props.tags.map((tag) => (
          <li key={tag} class="chip" data-chip={tag}>
            <span>{tag}</span>
            <button
              type="button"
              class="link"
              disabled={busy}
              aria-label={`Remove tag ${tag}`}
              onClick={async () => {
                // The chip and its button go away: keep the keyboard user in the tag box, not at the page top.
                if (await save(props.tags.filter((t) => t !== tag))) document.getElementById(props.id)?.focus();
              }}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <span class="field inline">
        <label for={props.id}>Add tag</label>
        <input
          id={props.id}
          value={text}
          maxLength={WORKFLOW_LIMITS.tagChars}
          disabled={full}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            void add();
          }}
        />
        <button type="button" disabled={busy || full} onClick={add}>
          Add
        </button>
      </span>
      {full && <p class="hint">At most {WORKFLOW_LIMITS.tags} tags: remove one to add another.</p>}
      {error && <p class="error-text">{error}</p>}
    </div>
  );
}

function Notes(props: { id: string; work: LeadWork; notes: string; onChanged: () => void }) {
  const { busy, error, run } = useSend(props.onChanged);
  const [text, setText] = useState(props.notes);
  const [saved, setSaved] = useState(false);
  // A refreshed view brings the stored notes; keep what the user is typing if it differs.
  useEffect(() => setText(props.notes), [props.notes]);
  const dirty = text.trim() !== props.notes;
  const save = async () =>
    setSaved(await run(() => sendToBackground('ui-bg/set-notes', { target: props.work.target, notes: text })));
  return (
    <div class="field">
      <label for={props.id}>Notes</label>
      <textarea
        id={props.id}
        rows={3}
        value={text}
        maxLength={WORKFLOW_LIMITS.notesChars}
        onInput={(e) => {
          setText(e.currentTarget.value);
          setSaved(false);
        }}
      />
      <div class="row">
        <button type="button" disabled={busy || !dirty} onClick={save}>
          Save notes
        </button>
        <span class="hint" role="status">
          {saved && !dirty ? 'Notes saved.' : dirty ? 'Not saved yet.' : ''}
        </span>
      </div>
      {error && <p class="error-text">{error}</p>}
    </div>
  );
}
