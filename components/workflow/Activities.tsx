import { useState } from 'preact/hooks';
import { sendToBackground } from '../../lib/messaging/client';
import { type ActivityTypeId, type ActivityTypeView, activityLabel } from '../../lib/workflow/activity-types';
import type { LeadWork } from '../../lib/workflow/lead-view';
import { WORKFLOW_LIMITS } from '../../lib/workflow/limits';
import { formatDay, inputToTime, todayInput } from './format';
import { useSend } from './use-send';

/** Log an activity the user knows of (type, date defaulting to today, optional note) and list those logged. */
export function Activities(props: { id: string; work: LeadWork; types: ActivityTypeView[]; onChanged: () => void }) {
  const { id, work, types } = props;
  const { busy, error, run } = useSend(props.onChanged);
  const [type, setType] = useState<ActivityTypeId>(types[0]?.id ?? 'demo-request');
  const [day, setDay] = useState(todayInput());
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string>();
  const log = async () => {
    const at = inputToTime(day);
    setProblem(at === undefined ? 'Pick a date.' : undefined);
    if (at === undefined) return;
    const done = await run(() =>
      sendToBackground('ui-bg/log-activity', { target: work.target, type, at, ...(note.trim() ? { note } : {}) }),
    );
    if (done) setNote('');
  };
  return (
    <fieldset class="activities">
      <legend>Activities</legend>
      <div class="row">
        <span class="field">
          <label for={`${id}-type`}>Activity</label>
          <select id={`${id}-type`} value={type} onChange={(e) => setType(e.currentTarget.value as ActivityTypeId)}>
            {types.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label} ({t.points} pts)
              </option>
            ))}
          </select>
        </span>
        <span class="field">
          <label for={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            type="date"
            value={day}
            max={todayInput()}
            onInput={(e) => setDay(e.currentTarget.value)}
          />
        </span>
        <span class="field">
          <label for={`${id}-note`}>Note</label>
          <input
            id={`${id}-note`}
            value={note}
            placeholder="optional"
            maxLength={WORKFLOW_LIMITS.activityNoteChars}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </span>
        <button type="button" class="primary" disabled={busy} onClick={log}>
          Log activity
        </button>
      </div>
      {(problem ?? error) && <p class="error-text">{problem ?? error}</p>}
      {work.activities.length === 0 ? (
        <p class="hint">No activity logged yet.</p>
      ) : (
        <ul class="activity-list" data-testid="activities">
          {work.activities.map((a) => (
            <li key={a.id} data-activity={a.type}>
              <span>
                {activityLabel(a.type)} <span class="hint">· {formatDay(a.at)}</span>
                {a.note && <span class="hint"> · {a.note}</span>}
              </span>
              <button
                type="button"
                class="link"
                disabled={busy}
                aria-label={`Delete ${activityLabel(a.type)} of ${formatDay(a.at)}`}
                onClick={() => run(() => sendToBackground('ui-bg/delete-activity', { id: a.id ?? 0 }))}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
