import type { Grade } from './engagement';
import type { Qualification } from './qualification';
import type { Tier } from './types';

/** Customer, Lost and Disqualified are outcomes too (lib/review/outcomes.ts): the ICP review learns from them. */
export const STAGES = [
  'Suspect',
  'Lead',
  'MQL',
  'SQL',
  'PQL',
  'Service QL',
  'Customer',
  'Lost',
  'Disqualified',
] as const;
export type Stage = (typeof STAGES)[number];

export interface StageInput {
  tier: Tier;
  grade: Grade;
  qualification: Qualification;
  /** A purchase is logged: the account is a customer. */
  customer?: boolean;
  /** Uses the product (trial or free plan) in a way the team counts as buying intent. */
  productQualified?: boolean;
  /** A customer asked the service team for more (upgrade, new team): a sales opportunity raised by service. */
  serviceRequest?: boolean;
  /** The stage the user chose, if any: it always wins. */
  userStage?: Stage;
}

export interface StageSuggestion {
  stage: Stage;
  reason: string;
  /** 'user' when the user's choice is shown; `suggested` then holds what ICP Lens would have said. */
  source: 'user' | 'suggested';
  suggested: Stage;
}

/**
 * The suggested lifecycle stage, first rule that applies. Customers first (a customer is never a lead again), then
 * disqualification (knockout or an element known not to fit), then the readiest qualification: SQL needs three BANT
 * elements confirmed, PQL product usage, MQL a B-or-better fit with warm engagement; a
 * Lead has engaged at all; a Suspect is known only by its profile.
 */
export function suggest(input: StageInput): { stage: Stage; reason: string } {
  const { tier, grade, qualification: q } = input;
  if (input.customer) {
    return input.serviceRequest
      ? { stage: 'Service QL', reason: 'a customer asked the service team for more' }
      : { stage: 'Customer', reason: 'a purchase is logged' };
  }
  if (tier === 'X') return { stage: 'Disqualified', reason: 'a must-have criterion fails (tier X)' };
  if (q.notAFit.length) return { stage: 'Disqualified', reason: `not a fit on ${q.notAFit.join(', ')}` };
  if (q.confirmed >= 3)
    return { stage: 'SQL', reason: `${q.confirmed} of ${Object.keys(q.elements).length} confirmed` };
  if (input.productQualified && (tier === 'A' || tier === 'B' || tier === 'C'))
    return { stage: 'PQL', reason: `uses the product, tier ${tier} fit` };
  if ((tier === 'A' || tier === 'B') && grade <= 2) {
    return { stage: 'MQL', reason: `tier ${tier} fit and engagement grade ${grade}` };
  }
  const fit = tier === '?' ? 'fit not known yet' : `tier ${tier} fit`;
  if (grade <= 3) return { stage: 'Lead', reason: `engaged (grade ${grade}), ${fit}` };
  return { stage: 'Suspect', reason: `no engagement yet (grade 4), ${fit}` };
}

export function suggestStage(input: StageInput): StageSuggestion {
  const suggested = suggest(input);
  if (input.userStage) {
    return { stage: input.userStage, reason: 'chosen by you', source: 'user', suggested: suggested.stage };
  }
  return { ...suggested, source: 'suggested', suggested: suggested.stage };
}
