import type { CriterionResult } from '../scoring/types';
import { RIDGE_LAMBDA } from './limits';
import { fitLogistic } from './logistic';

/** One account with an outcome, as the model sees it: won or not, and each criterion's match (null: unknown). */
export interface ModelRow {
  won: boolean;
  matches: readonly (number | null)[];
}

/** What the model says about one criterion, in log-odds of winning. */
export interface CriterionEffect {
  /** A full match against a known miss. */
  match: number;
  /** Unknown against a known miss; 0 when the data is always known (or never), so no separate state was fitted. */
  unknown: number;
}

export interface ModelFit {
  effects: CriterionEffect[];
  intercept: number;
  features: number;
  rows: number;
  converged: boolean;
  lambda: number;
}

/**
 * Fits the ridge logistic regression of "won" on the criteria's matches, with "unknown" as a state of its own: each
 * criterion gives a match column (m when known, else 0) and, when some accounts know its data and some do not, an
 * unknown indicator. A known miss is the baseline, so `match` reads "matching instead of missing" and `unknown`
 * "not knowing instead of missing". A criterion nobody has data for gets no column and an effect of 0.
 */
export function fitModel(rows: readonly ModelRow[], criteria: number, lambda = RIDGE_LAMBDA): ModelFit {
  const columns: Array<{ criterion: number; kind: 'match' | 'unknown' }> = [];
  for (let c = 0; c < criteria; c++) {
    let known = 0;
    for (const row of rows) if (row.matches[c] !== null) known++;
    if (known > 0) columns.push({ criterion: c, kind: 'match' });
    if (known > 0 && known < rows.length) columns.push({ criterion: c, kind: 'unknown' });
  }
  const x = rows.map((row) =>
    columns.map(({ criterion, kind }) => {
      const m = row.matches[criterion];
      return kind === 'match' ? (m ?? 0) : m === null ? 1 : 0;
    }),
  );
  const fit = fitLogistic(
    x,
    rows.map((r) => (r.won ? 1 : 0)),
    lambda,
  );
  const effects: CriterionEffect[] = Array.from({ length: criteria }, () => ({ match: 0, unknown: 0 }));
  columns.forEach(({ criterion, kind }, j) => {
    const effect = effects[criterion];
    if (effect) effect[kind] = fit.beta[j + 1] ?? 0;
  });
  return {
    effects,
    intercept: fit.beta[0] ?? 0,
    features: columns.length,
    rows: rows.length,
    converged: fit.converged,
    lambda,
  };
}

/** Each row's criterion matches in the order of `ids`, from the criterion results of its score. */
export function matchesInOrder(results: readonly CriterionResult[], ids: readonly string[]): (number | null)[] {
  const byId = new Map(results.map((r) => [r.id, r.match]));
  return ids.map((id) => byId.get(id) ?? null);
}
