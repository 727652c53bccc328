import type { ScoreResult } from '../lib/scoring/types';
import { TierBadge } from './TierBadge';

/** The headline: fit and tier, what the unknowns could add, and how much of the ICP the data covers. */
export function ScoreSummary({ score }: { score: ScoreResult }) {
  const unknowns = score.unknownCount;
  return (
    <section class="summary" aria-label="Fit score">
      <div class="fit">
        <span class="fit-number" data-testid="fit">
          {score.fit}
        </span>
        <span class="fit-label">fit</span>
        <TierBadge tier={score.tier} />
      </div>
      <p class="tier-reason" data-testid="tier-reason">
        {score.tierReason}
      </p>
      <p class="best-case" data-testid="best-case">
        {unknowns > 0
          ? `Fit ${score.fit}, up to ${score.bestCase} once ${unknowns} unknown${unknowns === 1 ? ' is' : 's are'} known.`
          : 'Every criterion is known.'}
      </p>
      <p class="confidence">
        Confidence <strong data-testid="confidence">{Math.round(score.confidence * 100)}%</strong> of the ICP weight has
        data.
      </p>
    </section>
  );
}
