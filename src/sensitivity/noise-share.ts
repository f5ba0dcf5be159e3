/**
 * How much of an output's variance across a sweep is replicate noise rather than the
 * parameters: the mean within-point variance over the total variance of all runs (both sample
 * variances, n - 1). Near 0: the parameters decide the output; near 1: the indices describe
 * mostly noise, however sharp they look. The law of total variance makes it the expected
 * complement of the between-point share (Var Y = E Var(Y|x) + Var E(Y|x)).
 */

function sampleVariance(v: readonly number[]): number {
  const m = v.reduce((a, e) => a + e, 0) / v.length;
  return v.reduce((a, e) => a + (e - m) ** 2, 0) / (v.length - 1);
}

/**
 * The noise share from `runs[point][replicate]`. Points may have different numbers of
 * replicates (runs where the output is undefined are left out by the caller); the within-point
 * variance is averaged over the points with at least two. NaN when no point has two replicates
 * (it cannot be estimated) or the output does not vary at all. Capped at 1: with few
 * replicates the estimate can overshoot when the points hardly differ.
 */
export function noiseShare(runs: readonly (readonly number[])[]): number {
  if (runs.length === 0) throw new RangeError('noise share: no points');
  for (const p of runs) for (const v of p) if (!Number.isFinite(v)) throw new RangeError(`noise share: a value is not a finite number (${v})`);
  const repeated = runs.filter((p) => p.length >= 2);
  if (repeated.length === 0) return NaN;
  const total = sampleVariance(runs.flat());
  if (!(total > 0)) return NaN;
  const within = repeated.reduce((a, p) => a + sampleVariance(p), 0) / repeated.length;
  return Math.min(1, within / total);
}

/** The mean of each point's replicates: the output the indices are estimated from. */
export function replicateMeans(runs: readonly (readonly number[])[]): number[] {
  return runs.map((p, i) => {
    if (p.length === 0) throw new RangeError(`replicate means: point ${i} has no replicate`);
    return p.reduce((a, e) => a + e, 0) / p.length;
  });
}
