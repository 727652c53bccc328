import type { CriterionResult } from '../scoring/types';
import { MATCHED_AT, MIN_KNOWN_PER_SIDE } from './limits';

/** One side (won, or lost and disqualified) of a criterion's tally. */
export interface SideCounts {
  total: number;
  /** Accounts whose data for the criterion is known. */
  known: number;
  /** Known and matching (m >= MATCHED_AT). */
  matched: number;
}

/**
 * How a criterion relates to outcomes, read in the direction of its role: a positive criterion should match won
 * accounts more often; a penalty should match lost ones more often.
 */
export type Verdict = 'separates-well' | 'separates' | 'never' | 'reversed' | 'too-few';

export interface CriterionStats {
  id: string;
  label: string;
  field: string;
  weight: number;
  penalty: boolean;
  knockout: boolean;
  won: SideCounts;
  lost: SideCounts;
  /** Share of won (lost) accounts with the data known that matched; undefined when none is known. */
  wonRate?: number;
  lostRate?: number;
  /** wonRate / lostRate, each smoothed by half an account so that a zero never gives an infinite lift. */
  lift: number;
  verdict: Verdict;
  /** The plain sentence the review page shows. */
  sentence: string;
}

const rate = (side: SideCounts) => (side.known ? side.matched / side.known : undefined);
const smoothed = (side: SideCounts) => (side.matched + 0.5) / (side.known + 1);
const percent = (share: number | undefined) => (share === undefined ? '-' : `${Math.round(share * 100)}%`);
const n = (value: number) => value.toLocaleString('en-US');

function tally(matches: readonly (number | null)[]): SideCounts {
  let known = 0;
  let matched = 0;
  for (const m of matches) {
    if (m === null) continue;
    known++;
    if (m >= MATCHED_AT) matched++;
  }
  return { total: matches.length, known, matched };
}

function verdictOf(won: SideCounts, lost: SideCounts, lift: number, penalty: boolean): Verdict {
  if (won.known < MIN_KNOWN_PER_SIDE || lost.known < MIN_KNOWN_PER_SIDE) return 'too-few';
  // Read in the criterion's own direction: for a penalty, matching lost accounts more is what it is for.
  const roleLift = penalty ? 1 / lift : lift;
  const gap = ((rate(won) ?? 0) - (rate(lost) ?? 0)) * (penalty ? -1 : 1);
  if (roleLift >= 2 && gap >= 0.3) return 'separates-well';
  if (roleLift >= 1.25 && gap >= 0.1) return 'separates';
  if (roleLift <= 0.8 && gap <= -0.1) return 'reversed';
  return 'never';
}

const CONCLUSION: Record<Verdict, (penalty: boolean) => string> = {
  'separates-well': () => 'this criterion separates well',
  separates: () => 'it separates somewhat',
  never: () => 'it does not separate won from lost',
  reversed: (penalty) =>
    penalty
      ? 'it matches won accounts more often than lost ones, against its role as a penalty'
      : 'it matches lost accounts more often than won ones',
  'too-few': () => `too few have this data to judge (${MIN_KNOWN_PER_SIDE} known on each side are needed)`,
};

function side(count: SideCounts, noun: string, verb: string, label?: string): string {
  const unknown = count.total - count.known;
  const what = label ? ` "${label}"` : '';
  return `of ${n(count.total)} ${noun}, ${n(count.matched)} ${verb}${what}${unknown ? ` (${n(unknown)} unknown)` : ''}`;
}

/**
 * Tallies one criterion over the won and the lost accounts, given each account's result for it, and says what the
 * tally means in one sentence: "Of 40 won accounts, 36 matched "50 to 1,000 employees"; of 60 lost, 20 did: this
 * criterion separates well."
 */
export function criterionStats(
  criterion: Pick<CriterionResult, 'id' | 'label' | 'field' | 'weight' | 'penalty' | 'knockout'>,
  wonMatches: readonly (number | null)[],
  lostMatches: readonly (number | null)[],
  lostNoun = 'lost',
): CriterionStats {
  const won = tally(wonMatches);
  const lost = tally(lostMatches);
  const lift = smoothed(won) / smoothed(lost);
  const verdict = verdictOf(won, lost, lift, criterion.penalty);
  const first = side(won, 'won accounts', 'matched', criterion.label);
  const sentence = `${first.charAt(0).toUpperCase()}${first.slice(1)}; ${side(lost, lostNoun, 'did')}: ${CONCLUSION[verdict](criterion.penalty)}.`;
  return {
    id: criterion.id,
    label: criterion.label,
    field: criterion.field,
    weight: criterion.weight,
    penalty: criterion.penalty,
    knockout: criterion.knockout,
    won,
    lost,
    wonRate: rate(won),
    lostRate: rate(lost),
    lift,
    verdict,
    sentence,
  };
}

/** "matched by 90% of won and 20% of lost accounts (lift 4.5)" */
export function ratesInWords(stats: CriterionStats, lostNoun = 'lost'): string {
  return `matched by ${percent(stats.wonRate)} of won and ${percent(stats.lostRate)} of ${lostNoun} accounts (lift ${stats.lift.toFixed(1)})`;
}
