import type { Criterion } from '../icp/schema';
import type { Evidence } from '../signals/schema';

/**
 * A to D by fit; X when a must-have is known to fail; '?' when too little of the ICP is known to grade at all
 * (DESIGN.md: "too little data is its own state"), so a blank account never reads as a weak one.
 */
export type Tier = 'A' | 'B' | 'C' | 'D' | 'X' | '?';

/** Every tier in display order: best fit first, then the two states outside the A-D scale. */
export const TIERS: readonly Tier[] = ['A', 'B', 'C', 'D', 'X', '?'];

/** What each tier means, in words, for labels, titles and filters. */
export const TIER_NAMES: Record<Tier, string> = {
  A: 'Tier A: strong fit',
  B: 'Tier B: good fit',
  C: 'Tier C: partial fit',
  D: 'Tier D: weak fit',
  X: 'Disqualified',
  '?': 'Not enough data yet',
};

/** How one criterion evaluated: the explanation of a score is this list. */
export interface CriterionResult {
  id: string;
  label: string;
  field: Criterion['field'];
  op: Criterion['op'];
  weight: number;
  penalty: boolean;
  knockout: boolean;
  /** Match in [0, 1], or null when the data is missing (UNKNOWN). */
  match: number | null;
  /**
   * Why a criterion with data is still unknown: the field lists what the pages happened to show and none of the
   * targets was among it ("none of its words in the description"). Absent when the data itself is missing.
   */
  notFound?: string;
  /** Points earned (negative for a matching penalty); 0 when unknown. */
  earned: number;
  /** Points possible (0 for penalties: they are not part of the possible points). */
  possible: number;
  /** The value seen, formatted for display; undefined when unknown. */
  seen?: string;
  evidence?: Evidence;
}

export interface ScoreResult {
  icpId: string;
  icpVersion: number;
  /** 0..100 */
  fit: number;
  /** The fit if every unknown criterion matched. */
  bestCase: number;
  /** Share (0..1) of the criteria weight whose data is known. */
  confidence: number;
  tier: Tier;
  /** Why the tier is what it is, in words: "Tier B: fit 72 is 60 or more", a knockout, or too little data. */
  tierReason: string;
  criteria: CriterionResult[];
  unknownCount: number;
  scoredAt: number;
}
