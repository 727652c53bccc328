import type { Icp } from '../icp/schema';
import { aggregate } from '../scoring/aggregate';
import { scoreCompany } from '../scoring/fit';
import { type ScoreResult, TIERS, type Tier } from '../scoring/types';
import type { CompanySignals } from '../signals/schema';
import { auc, aucWords } from './auc';
import { type CriterionStats, criterionStats } from './criterion-stats';
import { REVIEW_MINIMUM } from './limits';
import { findLookalikes, type Lookalike } from './lookalikes';
import { fitModel, matchesInOrder } from './model';
import { type OutcomeHolder, type OutcomeResult, outcomeOf } from './outcomes';
import { type Suggestion, suggestWeights } from './suggest';

/** A stored account as the review reads it. */
export interface ReviewAccount extends OutcomeHolder {
  id: string;
  name?: string;
  signals: CompanySignals;
  hiddenAt?: number;
  /** The stored score: reused when it was computed with the very ICP version reviewed (scoring is pure). */
  score?: ScoreResult;
}

export type TierMix = Record<Tier, number>;

export interface IcpReview {
  icp: { id: string; name: string; version: number };
  counts: { won: number; lost: number; disqualified: number; withoutOutcome: number };
  minimum: typeof REVIEW_MINIMUM;
  /** Enough outcomes to suggest weights; when false, `shortfall` says what is missing, in words. */
  enough: boolean;
  shortfall?: string;
  /** What the lost side is called: "lost", "lost or disqualified". */
  lostNoun: string;
  criteria: CriterionStats[];
  /** How the ICP's current fit ranks won above lost (AUC), and the tiers each side got. */
  fit: { auc?: number; words?: string; tiers: { won: TierMix; lost: TierMix } };
  model?: { rows: number; features: number; lambda: number; converged: boolean; suggestedAuc?: number };
  suggestions: Suggestion[];
  lookalikes: Lookalike[];
}

const emptyMix = (): TierMix => Object.fromEntries(TIERS.map((t) => [t, 0])) as TierMix;
const n = (value: number) => value.toLocaleString('en-US');

function shortfallOf(won: number, lost: number): string | undefined {
  const { total, won: minWon, lost: minLost } = REVIEW_MINIMUM;
  if (won + lost >= total && won >= minWon && lost >= minLost) return undefined;
  return (
    `The review suggests weights from at least ${total} accounts with an outcome, ${minWon} of them won and ` +
    `${minLost} lost or disqualified; there are ${n(won + lost)} (${n(won)} won, ${n(lost)} lost or disqualified). ` +
    'Below that, a suggestion would follow chance more than your customers, so none is made.'
  );
}

/**
 * Reviews an ICP against what happened to the accounts: each account with an outcome is scored with this ICP (not
 * with whatever version scored it last), then every criterion is tallied on won against lost and disqualified, the
 * fit's ranking is measured (AUC), and, given enough outcomes, a ridge logistic regression on the criteria's matches
 * suggests weights. Accounts without an outcome are ranked by likeness to the won ones. Pure and deterministic: rows
 * are taken in id order, so the same accounts in any order give the same review.
 */
export function reviewIcp(icp: Icp, accounts: readonly ReviewAccount[], now: number): IcpReview {
  const sorted = [...accounts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const samples: Array<{ account: ReviewAccount; result: OutcomeResult; score: ScoreResult }> = [];
  const open: ReviewAccount[] = [];
  for (const account of sorted) {
    const outcome = outcomeOf(account);
    if (outcome) samples.push({ account, result: outcome.result, score: scoreWith(icp, account, now) });
    else if (account.hiddenAt === undefined) open.push(account);
  }
  const won = samples.filter((s) => s.result === 'won');
  const lost = samples.filter((s) => s.result !== 'won');
  const disqualified = lost.filter((s) => s.result === 'disqualified').length;
  const lostNoun = disqualified === 0 ? 'lost' : disqualified === lost.length ? 'disqualified' : 'lost or disqualified';
  const ids = icp.criteria.map((c) => c.id);
  const wonRows = won.map((s) => matchesInOrder(s.score.criteria, ids));
  const lostRows = lost.map((s) => matchesInOrder(s.score.criteria, ids));
  const criteria = icp.criteria.map((c, i) =>
    criterionStats(
      { ...c, penalty: c.penalty ?? false, knockout: c.knockout ?? false },
      wonRows.map((r) => r[i] ?? null),
      lostRows.map((r) => r[i] ?? null),
      `${lostNoun} accounts`,
    ),
  );
  const tiers = { won: emptyMix(), lost: emptyMix() };
  for (const s of won) tiers.won[s.score.tier]++;
  for (const s of lost) tiers.lost[s.score.tier]++;
  const fitAuc = auc(
    won.map((s) => s.score.fit),
    lost.map((s) => s.score.fit),
  );
  const shortfall = shortfallOf(won.length, lost.length);
  const review: IcpReview = {
    icp: { id: icp.id, name: icp.name, version: icp.version },
    counts: { won: won.length, lost: lost.length - disqualified, disqualified, withoutOutcome: open.length },
    minimum: REVIEW_MINIMUM,
    enough: !shortfall,
    ...(shortfall && { shortfall }),
    lostNoun,
    criteria,
    fit: { auc: fitAuc, words: fitAuc === undefined ? undefined : aucWords(fitAuc), tiers },
    suggestions: [],
    lookalikes: findLookalikes(
      icp,
      won.map((s) => ({ id: s.account.id, name: nameOf(s.account), signals: s.account.signals })),
      open.map((a) => ({ id: a.id, name: nameOf(a), signals: a.signals })),
    ),
  };
  if (shortfall) return review;
  const model = fitModel(
    [...wonRows.map((matches) => ({ won: true, matches })), ...lostRows.map((matches) => ({ won: false, matches }))],
    ids.length,
  );
  review.suggestions = suggestWeights(criteria, model.effects, lostNoun);
  review.model = {
    rows: model.rows,
    features: model.features,
    lambda: model.lambda,
    converged: model.converged,
    suggestedAuc: review.suggestions.length ? suggestedAuc(icp, review.suggestions, wonRows, lostRows) : undefined,
  };
  return review;
}

/**
 * The account's score with this ICP: the stored one when it names this ICP and version (every write of signals
 * rescores, and rescoring follows every ICP change, so it is current), else computed now.
 */
function scoreWith(icp: Icp, account: ReviewAccount, now: number): ScoreResult {
  const stored = account.score;
  if (stored && stored.icpId === icp.id && stored.icpVersion === icp.version) return stored;
  return scoreCompany(icp, account.signals, now);
}

const nameOf = (a: ReviewAccount) => a.name ?? a.signals.name?.value ?? a.id.replace(/^(profile|name):/, '');

/** The AUC the fit would have with every suggestion taken, on the same outcomes (so an optimistic figure). */
function suggestedAuc(
  icp: Icp,
  suggestions: readonly Suggestion[],
  wonRows: (number | null)[][],
  lostRows: (number | null)[][],
): number | undefined {
  const weights = new Map(suggestions.map((s) => [s.criterionId, s.to]));
  const items = icp.criteria.map((c) => ({ weight: weights.get(c.id) ?? c.weight, penalty: c.penalty ?? false }));
  const fitOf = (row: (number | null)[]) => aggregate(items.map((item, i) => ({ ...item, match: row[i] ?? null }))).fit;
  return auc(wonRows.map(fitOf), lostRows.map(fitOf));
}
