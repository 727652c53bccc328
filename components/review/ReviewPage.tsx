import { REVIEW_MINIMUM } from '../../lib/review/limits';
import { CriteriaTable } from './CriteriaTable';
import { FitSummary } from './FitSummary';
import { Lookalikes } from './Lookalikes';
import { Suggestions } from './Suggestions';
import { useReview } from './use-review';
import { Versions } from './Versions';

const n = (value: number) => value.toLocaleString('en-US');

/**
 * The ICP review: what happened to the accounts (won, lost, disqualified) read back against the ICP. Reached from the
 * side panel's ICP tab and from the Leads page; `?icp=<id>` reviews that ICP, else the active one.
 */
export function ReviewPage({ icpId }: { icpId?: string }) {
  const { state, accepted, progress, accept, reload } = useReview(icpId);
  return (
    <main class="review">
      <header class="review-header">
        <h1>ICP review</h1>
        {state.kind === 'ready' && (
          <p class="muted" data-testid="review-icp">
            {state.reply.review.icp.name}, version {state.reply.review.icp.version}
            {state.reply.active ? ' (active)' : ''}
          </p>
        )}
        <nav aria-label="ICP Lens pages">
          <a href="/leads.html">Leads</a>
        </nav>
      </header>
      {state.kind === 'loading' && <p role="status">Reviewing the ICP against your outcomes…</p>}
      {state.kind === 'error' && (
        <p role="alert" class="error">
          The review could not be computed: {state.message}{' '}
          <button type="button" onClick={() => void reload()}>
            Try again
          </button>
        </p>
      )}
      {state.kind === 'ready' && (
        <>
          <Outcomes counts={state.reply.review.counts} />
          <FitSummary review={state.reply.review} />
          <CriteriaTable review={state.reply.review} />
          <Suggestions
            review={state.reply.review}
            active={state.reply.active}
            accepted={accepted}
            progress={progress}
            onAccept={accept}
          />
          <Versions versions={state.reply.versions} />
          <Lookalikes review={state.reply.review} />
        </>
      )}
    </main>
  );
}

function Outcomes({ counts }: { counts: { won: number; lost: number; disqualified: number; withoutOutcome: number } }) {
  const total = counts.won + counts.lost + counts.disqualified;
  return (
    <section aria-labelledby="outcomes-title" class="card" data-testid="review-outcomes">
      <h2 id="outcomes-title">Outcomes</h2>
      <p data-testid="review-counts">
        {n(total)} accounts with an outcome: {n(counts.won)} won, {n(counts.lost)} lost, {n(counts.disqualified)}{' '}
        disqualified; {n(counts.withoutOutcome)} without one yet.
      </p>
      <p class="muted">
        An account's outcome is its stage (Customer is won; Lost; Disqualified) or a tag such as "won" or "closed lost";
        set it in the side panel or on the Leads page, or import a CSV with domain, outcome and date columns. Weights
        are suggested from {REVIEW_MINIMUM.total} outcomes on, {REVIEW_MINIMUM.won} of them won and{' '}
        {REVIEW_MINIMUM.lost} lost or disqualified.
      </p>
    </section>
  );
}
