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
 * The noise share from `runs[point][replicate]`: NaN with fewer than two replicates (it cannot
 * be estimated) or when the output does not vary at all.
 */
export function noiseShare(runs: readonly (readonly number[])[]): number {
  if (runs.length === 0) throw new RangeError('noise share: no points');
  const r = runs[0].length;
  runs.forEach((p, i) => { if (p.length !== r) throw new RangeError(`noise share: point ${i} has ${p.length} replicates, point 0 has ${r}`); });
  for (const p of runs) for (const v of p) if (!Number.isFinite(v)) throw new RangeError(`noise share: a value is not a finite number (${v})`);
  if (r < 2) return NaN;
  const total = sampleVariance(runs.flat());
  if (!(total > 0)) return NaN;
  const within = runs.reduce((a, p) => a + sampleVariance(p), 0) / runs.length;
  return Math.min(1, within / total);
}

/** The mean of each point's replicates: the output the indices are estimated from. */
export function replicateMeans(runs: readonly (readonly number[])[]): number[] {
  return runs.map((p) => p.reduce((a, e) => a + e, 0) / p.length);
}
