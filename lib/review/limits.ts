/**
 * How much evidence the review asks for before it suggests anything. A logistic regression needs roughly ten cases of
 * the rarer class per thing it estimates; with ridge regularisation and the handful of criteria an ICP has, 30
 * outcomes with 10 on each side is the least that gives stable weights. Below it the review shows what it counted and
 * says why it suggests nothing.
 */
export const REVIEW_MINIMUM = { total: 30, won: 10, lost: 10 } as const;

/** A criterion needs this many accounts with its data known on each side before its rates say anything. */
export const MIN_KNOWN_PER_SIDE = 5;

/** Ridge strength of the model (lib/review/logistic.ts): one pseudo-observation per feature. */
export const RIDGE_LAMBDA = 1;

/** A match at or above this counts as "matched" in the rates (a range's soft margin gives values in between). */
export const MATCHED_AT = 0.5;

/** A suggested weight differs from the current one by at least this many points, and by a fifth, or it is kept. */
export const MIN_WEIGHT_CHANGE = 5;

/** Lookalikes listed on the review page. */
export const LOOKALIKES_SHOWN = 20;
