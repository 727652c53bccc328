import type { Criterion } from '../icp/schema';
import type { Evidence } from '../signals/schema';

export type Tier = 'A' | 'B' | 'C' | 'D' | 'X';

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
  /** Why the tier is what it is, e.g. "fit 72 >= 60" or the knockout that disqualified. */
  tierReason: string;
  criteria: CriterionResult[];
  unknownCount: number;
  scoredAt: number;
}
