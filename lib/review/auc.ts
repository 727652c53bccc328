/**
 * Area under the ROC curve of a score: the chance that a random won account scores higher than a random lost one,
 * ties counting one half (the Mann-Whitney U statistic over the product of the class sizes). 0.5 is a coin toss,
 * 1 a perfect ranking. Undefined when either class is empty. O(n log n) by ranking.
 */
export function auc(positives: readonly number[], negatives: readonly number[]): number | undefined {
  if (!positives.length || !negatives.length) return undefined;
  const all = [
    ...positives.map((score) => ({ score, positive: true })),
    ...negatives.map((score) => ({ score, positive: false })),
  ].sort((a, b) => a.score - b.score);
  let rankSum = 0;
  for (let i = 0; i < all.length; ) {
    const score = all[i]?.score;
    let j = i;
    while (j < all.length && all[j]?.score === score) j++;
    // Tied scores share the mean of their ranks (1-based).
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k]?.positive) rankSum += rank;
    i = j;
  }
  const n1 = positives.length;
  return (rankSum - (n1 * (n1 + 1)) / 2) / (n1 * negatives.length);
}

/** How well an AUC separates, in words (the usual reading of the scale). */
export function aucWords(value: number): string {
  if (value >= 0.9) return 'separates won from lost very well';
  if (value >= 0.8) return 'separates won from lost well';
  if (value >= 0.7) return 'separates won from lost fairly';
  if (value > 0.55) return 'separates won from lost poorly';
  if (value >= 0.45) return 'does not separate won from lost (no better than chance)';
  return 'ranks lost accounts above won ones';
}
