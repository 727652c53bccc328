/**
 * L2-regularised (ridge) logistic regression fitted by Newton's method (iteratively reweighted least squares).
 * Hand-written: the npm packages for it either pull in a matrix library many times this size or offer no
 * regularisation, and the problem here is small (a few dozen features, at most tens of thousands of rows).
 *
 * Minimises  -sum_i [y_i log p_i + (1 - y_i) log(1 - p_i)] + (lambda / 2) * sum_j beta_j^2  over j >= 1, with
 * p_i = 1 / (1 + exp(-x_i . beta)) and x_i0 = 1 (the intercept, not penalised). The penalty keeps the weights finite
 * when a feature separates the classes perfectly, and pulls a feature with little evidence towards zero. The objective
 * is strictly convex, so the result does not depend on the starting point or on the order of the rows.
 */
export interface LogisticFit {
  /** beta[0] is the intercept; beta[j] the coefficient of feature j - 1 (log-odds per unit). */
  beta: number[];
  iterations: number;
  converged: boolean;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Reads a flat array where the index is known to be in range (the arrays here are sized by their loops). */
const at = (a: ArrayLike<number>, i: number): number => a[i] ?? 0;

/** Solves the symmetric positive definite system A x = b (A flat, n x n, row-major; not changed) by Cholesky. */
export function solveSpd(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const n = b.length;
  const l = Float64Array.from(a);
  for (let j = 0; j < n; j++) {
    let d = at(l, j * n + j);
    for (let k = 0; k < j; k++) d -= at(l, j * n + k) ** 2;
    // Ridge makes every pivot positive except the intercept's on degenerate data; a tiny floor keeps it solvable.
    const pivot = Math.sqrt(Math.max(d, 1e-12));
    l[j * n + j] = pivot;
    for (let i = j + 1; i < n; i++) {
      let s = at(l, i * n + j);
      for (let k = 0; k < j; k++) s -= at(l, i * n + k) * at(l, j * n + k);
      l[i * n + j] = s / pivot;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = at(b, i);
    for (let k = 0; k < i; k++) s -= at(l, i * n + k) * at(y, k);
    y[i] = s / at(l, i * n + i);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = at(y, i);
    for (let k = i + 1; k < n; k++) s -= at(l, k * n + i) * at(x, k);
    x[i] = s / at(l, i * n + i);
  }
  return x;
}

/**
 * Fits the model to rows of features `x` (without the intercept column) and 0/1 labels `y`.
 * `lambda` > 0 is the ridge strength in units of rows: 1 weighs like one extra observation per feature.
 */
export function fitLogistic(x: readonly (readonly number[])[], y: readonly number[], lambda = 1): LogisticFit {
  const p = (x[0]?.length ?? 0) + 1;
  const beta = new Float64Array(p);
  const rows = x.length;
  // Starting from the base rate makes the first step small and the iteration count stable.
  const positives = y.reduce((s, v) => s + v, 0);
  if (rows > 0) beta[0] = Math.log((positives + 0.5) / (rows - positives + 0.5));
  const xi = new Float64Array(p);
  xi[0] = 1;
  for (let iteration = 1; iteration <= 100; iteration++) {
    const hessian = new Float64Array(p * p);
    const gradient = new Float64Array(p);
    for (let i = 0; i < rows; i++) {
      const row = x[i] ?? [];
      let z = at(beta, 0);
      for (let j = 1; j < p; j++) {
        xi[j] = at(row, j - 1);
        z += at(beta, j) * at(xi, j);
      }
      const pi = sigmoid(z);
      const w = pi * (1 - pi);
      const r = at(y, i) - pi;
      for (let j = 0; j < p; j++) {
        const xj = at(xi, j);
        if (xj === 0) continue;
        gradient[j] = at(gradient, j) + r * xj;
        const wj = w * xj;
        for (let k = 0; k <= j; k++) hessian[j * p + k] = at(hessian, j * p + k) + wj * at(xi, k);
      }
    }
    for (let j = 0; j < p; j++) {
      for (let k = 0; k < j; k++) hessian[k * p + j] = at(hessian, j * p + k);
      if (j > 0) {
        hessian[j * p + j] = at(hessian, j * p + j) + lambda;
        gradient[j] = at(gradient, j) - lambda * at(beta, j);
      }
    }
    const step = solveSpd(hessian, gradient);
    let largest = 0;
    for (let j = 0; j < p; j++) {
      beta[j] = at(beta, j) + at(step, j);
      largest = Math.max(largest, Math.abs(at(step, j)));
    }
    if (largest < 1e-9) return { beta: [...beta], iterations: iteration, converged: true };
  }
  return { beta: [...beta], iterations: 100, converged: false };
}

/** The model's probability for one row of features. */
export function predict(beta: readonly number[], row: readonly number[]): number {
  let z = at(beta, 0);
  for (let j = 1; j < beta.length; j++) z += at(beta, j) * at(row, j - 1);
  return sigmoid(z);
}
