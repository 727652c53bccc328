import { useState } from 'preact/hooks';
import type { AcceptReply, IcpReview, RescoreProgress } from '../../lib/messaging/views';

interface Props {
  review: IcpReview;
  active: boolean;
  accepted?: AcceptReply;
  progress?: RescoreProgress;
  onAccept: (changes: Array<{ criterionId: string; weight: number }>) => Promise<void>;
}

const n = (value: number) => value.toLocaleString('en-US');

/**
 * The model's suggested weights, each with its reason and its own Accept; nothing changes until one is accepted, which
 * saves a new version of the ICP (the old one kept) and shows the change in words.
 */
export function Suggestions({ review, active, accepted, progress, onAccept }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async (changes: Array<{ criterionId: string; weight: number }>) => {
    setBusy(true);
    setError(undefined);
    try {
      await onAccept(changes);
    } catch (problem) {
      setError(problem instanceof Error ? problem.message : String(problem));
    } finally {
      setBusy(false);
    }
  };
  const all = review.suggestions.map((s) => ({ criterionId: s.criterionId, weight: s.to }));
  return (
    <section aria-labelledby="suggestions-title" class="card" data-testid="review-suggestions">
      <h2 id="suggestions-title">Suggested weights</h2>
      {accepted && (
        <p class="ok" role="status" data-testid="review-accepted">
          Saved version {accepted.version}: {accepted.diff}.{' '}
          {accepted.rescoring &&
            (progress && !progress.finished
              ? `Rescoring ${n(progress.done)} of ${n(progress.total)} accounts and people…`
              : progress?.finished
                ? `Rescored ${n(progress.total)} accounts and people with version ${accepted.version}.`
                : 'Rescoring every account…')}
        </p>
      )}
      {!review.enough && (
        <p role="status" data-testid="review-shortfall">
          {review.shortfall}
        </p>
      )}
      {review.enough && review.model && (
        <p class="muted" data-testid="review-model">
          From a logistic regression fitted here, in your browser, on {n(review.model.rows)} accounts with an outcome:
          won or not, against each criterion's match, with "unknown" as a state of its own and a ridge penalty (λ ={' '}
          {review.model.lambda}) that keeps weights finite and pulls criteria with little evidence towards zero. The
          points the criteria with evidence carry now are shared out among them by how much a match raises the odds of
          winning.
          {review.model.suggestedAuc !== undefined &&
            ` With every suggestion taken, the fit's AUC on these same outcomes would be ${review.model.suggestedAuc.toFixed(2)} (measured on the outcomes it learned from, so optimistic).`}
        </p>
      )}
      {review.enough && review.suggestions.length === 0 && (
        <p data-testid="review-no-suggestion">The weights fit your outcomes as they are: nothing to suggest.</p>
      )}
      {review.suggestions.length > 0 && (
        <>
          {!active && (
            <p class="muted">This ICP is not the active one: accepting saves a new version without rescoring.</p>
          )}
          <ul class="suggestions">
            {review.suggestions.map((s) => (
              <li key={s.criterionId} data-testid="suggestion" data-criterion={s.criterionId}>
                <p>
                  <strong>{s.label}</strong>:{' '}
                  {s.kind === 'remove' ? `remove (${s.from} points)` : `weight ${s.from} -> ${s.to}`}
                </p>
                <p class="reason">{s.reason}</p>
                <button
                  type="button"
                  disabled={busy}
                  onClick={() => void run([{ criterionId: s.criterionId, weight: s.to }])}
                  aria-label={`Accept: ${s.label}, ${s.kind === 'remove' ? 'remove' : `weight ${s.from} to ${s.to}`}`}
                >
                  Accept
                </button>
              </li>
            ))}
          </ul>
          {review.suggestions.length > 1 && (
            <button type="button" class="primary" disabled={busy} onClick={() => void run(all)}>
              Accept all {review.suggestions.length} as one version
            </button>
          )}
        </>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
