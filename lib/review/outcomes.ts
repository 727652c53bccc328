/**
 * What happened to an account: won (a customer), lost (an opportunity that did not close) or disqualified (not a fit
 * after all). The review learns from these; everything else is an account without an outcome yet.
 */
export const OUTCOME_RESULTS = ['won', 'lost', 'disqualified'] as const;
export type OutcomeResult = (typeof OUTCOME_RESULTS)[number];

/** Stored on the account (not indexed): when the outcome happened and, for a loss or a disqualification, why. */
export interface StoredOutcome {
  result: OutcomeResult;
  /** Epoch ms: when the stage was set, or the date the import gave. */
  at: number;
  reason?: string;
}

/** The lifecycle stages that are outcomes (lib/scoring/stage.ts): Customer is won. */
export const OUTCOME_OF_STAGE: Readonly<Record<string, OutcomeResult>> = {
  Customer: 'won',
  Lost: 'lost',
  Disqualified: 'disqualified',
};
export const STAGE_OF_OUTCOME: Readonly<Record<OutcomeResult, string>> = {
  won: 'Customer',
  lost: 'Lost',
  disqualified: 'Disqualified',
};

/** Words a user or a CRM export writes for each outcome (compared in lower case, spaces and dashes collapsed). */
const WORDS: Readonly<Record<string, OutcomeResult>> = {
  won: 'won',
  win: 'won',
  'closed won': 'won',
  customer: 'won',
  lost: 'lost',
  loss: 'lost',
  'closed lost': 'lost',
  disqualified: 'disqualified',
  dq: 'disqualified',
  unqualified: 'disqualified',
  'not a fit': 'disqualified',
};

/** An outcome as written in a CSV cell or a tag ("Closed Won", "lost", "DQ"), or undefined. */
export function parseOutcome(text: string): OutcomeResult | undefined {
  const word = text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  return Object.hasOwn(WORDS, word) ? WORDS[word] : undefined;
}

export interface OutcomeHolder {
  stage?: string;
  tags: readonly string[];
  outcome?: StoredOutcome;
}

/**
 * The account's outcome: its stage first (the user's latest word), else a tag that names one ("won", "closed lost").
 * The stored record supplies the date and reason when it agrees with the stage or tag; a stage changed without one
 * (a bulk action) has no date, and `lastSeen` stands in where a date is needed.
 */
export function outcomeOf(account: OutcomeHolder): { result: OutcomeResult; at?: number; reason?: string } | undefined {
  const fromStage = account.stage && Object.hasOwn(OUTCOME_OF_STAGE, account.stage) && OUTCOME_OF_STAGE[account.stage];
  const result = fromStage || account.tags.map(parseOutcome).find((r) => r !== undefined);
  if (!result) return undefined;
  const stored = account.outcome?.result === result ? account.outcome : undefined;
  return { result, ...(stored && { at: stored.at }), ...(stored?.reason && { reason: stored.reason }) };
}

/** The outcome record a stage change leaves: a new one for an outcome stage, none otherwise. */
export function outcomeForStage(
  stage: string | undefined,
  now: number,
  reason?: string,
  previous?: StoredOutcome,
): StoredOutcome | undefined {
  const result = stage && Object.hasOwn(OUTCOME_OF_STAGE, stage) ? OUTCOME_OF_STAGE[stage] : undefined;
  if (!result) return undefined;
  // Setting the same stage again (to add a reason) keeps the date it first happened.
  const at = previous?.result === result ? previous.at : now;
  const why = reason?.trim() || (previous?.result === result ? previous.reason : undefined);
  return { result, at, ...(why && result !== 'won' && { reason: why }) };
}
