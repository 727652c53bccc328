import type { Tier } from '../lib/scoring/types';

const TIER_NAMES: Record<Tier, string> = {
  A: 'Tier A: strong fit',
  B: 'Tier B: good fit',
  C: 'Tier C: partial fit',
  D: 'Tier D: weak fit',
  X: 'Disqualified',
};

export function TierBadge({ tier }: { tier: Tier }) {
  return (
    <span class={`tier tier-${tier}`} title={TIER_NAMES[tier]} data-testid="tier">
      {tier}
    </span>
  );
}
