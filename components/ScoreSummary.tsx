import { type ScoreResult, TIER_NAMES } from '../lib/scoring/types';
import { TierBadge } from './TierBadge';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function bestCaseLine(score: ScoreResult): string {
  const unknowns = score.unknownCount;
  if (unknowns === 0) return 'Every criterion is known.';
  const known = score.criteria.length - unknowns;
  if (known === 0) return `Nothing the ICP asks is known yet: ${plural(unknowns, 'criterion', 'criteria')} to settle.`;
  return `Fit ${score.fit} from what is known, up to ${score.bestCase} once ${plural(unknowns, 'unknown is', 'unknowns are')} known.`;
}

/**
 * The headline: fit and tier, what the unknowns could add, and how much of the ICP the data covers. With too little
 * data (tier '?') the fit is shown as the range it can still take, never as a low score.
 */
export function ScoreSummary({ score, what = 'fit' }: { score: ScoreResult; what?: string }) {
  const open = score.tier === '?';
  return (
    <section class={`summary${open ? ' not-enough' : ''}`} aria-label={`${what} score`} data-testid="score-summary">
      <div class="fit">
        {open ? (
          <span class="fit-number fit-range" data-testid="fit-range">
            {score.fit === score.bestCase ? score.fit : `${score.fit}–${score.bestCase}`}
          </span>
        ) : (
          <span class="fit-number" data-testid="fit">
            {score.fit}
          </span>
        )}
        <span class="fit-label">{what}</span>
        <TierBadge tier={score.tier} />
      </div>
      {open && (
        <p class="not-enough-title" data-testid="not-enough">
          {TIER_NAMES['?']}
        </p>
      )}
      <p class="tier-reason" data-testid="tier-reason">
        {score.tierReason}
      </p>
      <p class="best-case" data-testid="best-case">
        {bestCaseLine(score)}
      </p>
      {/* With too little data the tier's reason already says how much is known. */}
      {!open && (
        <p class="confidence">
          Confidence <strong data-testid="confidence">{Math.round(score.confidence * 100)}%</strong> of the ICP weight
          has data.
        </p>
      )}
    </section>
  );
}
