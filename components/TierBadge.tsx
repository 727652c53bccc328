import { TIER_NAMES, type Tier } from '../lib/scoring/types';

/** The CSS class of a tier's colour: '?' is not a safe class character. */
export const tierClass = (tier: Tier) => (tier === '?' ? 'tier-unknown' : `tier-${tier}`);

export function TierBadge({ tier }: { tier: Tier }) {
  return (
    <span class={`tier ${tierClass(tier)}`} title={TIER_NAMES[tier]} data-testid="tier">
      {tier}
    </span>
  );
}
