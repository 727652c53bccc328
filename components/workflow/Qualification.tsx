import { sendToBackground } from '../../lib/messaging/client';
import type { ScoredView } from '../../lib/messaging/views';
import type { ElementStatus } from '../../lib/scoring/qualification';
import type { LeadWork } from '../../lib/workflow/lead-view';
import { ANSWER_CHOICES } from './AnswerBar';
import { formatDay } from './format';
import { useSend } from './use-send';

const STATUS_LABELS: Record<ElementStatus, string> = {
  confirmed: 'Confirmed',
  partial: 'Partial',
  'not-a-fit': 'Not a fit',
  unknown: 'Unknown',
};

/** Each element of the framework with its latest answer, and the answers recorded, each deletable. */
export function Qualification(props: { work: LeadWork; framework: ScoredView['framework']; onChanged: () => void }) {
  const { work, framework } = props;
  const { busy, error, run } = useSend(props.onChanged);
  const labels = new Map(framework.elements.map((e) => [e.id, e.label]));
  const statuses = work.status.qualification.elements;
  return (
    <section aria-labelledby="qualification-title">
      <h2 id="qualification-title">Qualification ({framework.name})</h2>
      <ul class="elements" data-testid="qualification">
        {framework.elements.map((e) => {
          const status = statuses[e.id] ?? 'unknown';
          return (
            <li key={e.id} data-element={e.id} data-status={status} class={`element-status ${status}`}>
              <span>{e.label}</span>
              <span class="points">{STATUS_LABELS[status]}</span>
            </li>
          );
        })}
      </ul>
      {work.answers.length > 0 && (
        <ul class="answers" data-testid="answers" aria-label="Answers recorded">
          {work.answers.map((a) => (
            <li key={a.id}>
              <span>
                {labels.get(a.element) ?? a.element}:{' '}
                {ANSWER_CHOICES.find((c) => c.status === a.status)?.label ?? a.status}
                {a.note && <span class="hint"> · {a.note}</span>}
                <span class="hint"> · {formatDay(a.at)}</span>
              </span>
              <button
                type="button"
                class="link"
                disabled={busy}
                aria-label={`Delete the answer on ${labels.get(a.element) ?? a.element}`}
                onClick={() => run(() => sendToBackground('ui-bg/delete-answer', { id: a.id ?? 0 }))}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <p class="error-text">{error}</p>}
    </section>
  );
}
