import type { IcpReview } from '../../lib/messaging/views';
import { TIER_NAMES, TIERS } from '../../lib/scoring/types';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** How well the ICP's current fit ranks won accounts above lost ones, and which tiers each side got. */
export function FitSummary({ review }: { review: IcpReview }) {
  const { fit } = review;
  return (
    <section aria-labelledby="fit-title" class="card" data-testid="review-fit">
      <h2 id="fit-title">How well the current fit separates won from lost</h2>
      {fit.auc === undefined ? (
        <p>Needs at least one won and one lost account.</p>
      ) : (
        <p data-testid="review-auc">
          <strong>AUC {fit.auc.toFixed(2)}</strong>: the fit {fit.words}. (The chance that a won account has a higher
          fit than a lost one: 0.5 is a coin toss, 1 a perfect ranking.)
        </p>
      )}
      <table class="tiers">
        <caption>Tiers of the accounts with an outcome, scored with this version</caption>
        <thead>
          <tr>
            <th scope="col">Outcome</th>
            {TIERS.map((t) => (
              <th key={t} scope="col">
                <abbr title={TIER_NAMES[t]}>{t}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {(['won', 'lost'] as const).map((side) => {
            const total = TIERS.reduce((s, t) => s + fit.tiers[side][t], 0);
            return (
              <tr key={side} data-side={side}>
                <th scope="row">
                  {side === 'won' ? 'Won' : `${review.lostNoun[0]?.toUpperCase()}${review.lostNoun.slice(1)}`}
                </th>
                {TIERS.map((t) => (
                  <td key={t}>
                    {fit.tiers[side][t]}
                    {total > 0 && fit.tiers[side][t] > 0 && (
                      <span class="muted"> ({percent(fit.tiers[side][t] / total)})</span>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
