import type { IcpReview } from '../../lib/messaging/views';

/** Stored accounts without an outcome, most like the customers first, with what they share. */
export function Lookalikes({ review }: { review: IcpReview }) {
  return (
    <section aria-labelledby="lookalikes-title" class="card" data-testid="review-lookalikes">
      <h2 id="lookalikes-title">Accounts like your customers</h2>
      {review.counts.won === 0 ? (
        <p>Mark customers (stage Customer, or an import with outcome "won") to see the accounts most like them.</p>
      ) : review.lookalikes.length === 0 ? (
        <p>No stored account without an outcome shares a trait with your customers yet.</p>
      ) : (
        <>
          <p class="muted">
            Compared on the fields this ICP tests, each weighed by its points; a trait is named when at least half the
            customers share it.
          </p>
          <ol class="lookalikes">
            {review.lookalikes.map((l) => (
              <li key={l.id} data-testid="lookalike" data-account={l.id}>
                <strong>{l.name}</strong> <span class="muted">{Math.round(l.similarity * 100)}% alike</span>
                {l.traits.length > 0 && <p>{l.traits.join('; ')}</p>}
                {l.like && <p class="muted">Most like {l.like.name}</p>}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
