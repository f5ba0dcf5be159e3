/**
 * Percentile bootstrap intervals (Efron & Tibshirani 1993, ch. 13): resample the n units
 * (Saltelli blocks, elementary effects) with replacement, recompute the statistics, and take
 * the (1 - c) / 2 and (1 + c) / 2 quantiles of each. Resampling draws from seedrandom keyed
 * by the seed, so the same seed gives the same interval.
 */
import seedrandom from 'seedrandom';

export interface BootstrapOptions {
  /** Number of resamples (0 gives no interval: NaN bounds). */
  resamples: number;
  /** Coverage of the interval, in (0, 1). */
  confidence: number;
  seed: number;
}

export interface Interval {
  low: number[];
  high: number[];
}

/** The type-7 quantile (linear interpolation, R's default) of values sorted ascending. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * q, lo = Math.floor(h), hi = Math.min(lo + 1, n - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * Intervals of the `m` statistics computed by `statistic` from a resample, given as the
 * indices (0 ... n - 1, with repeats) of the units drawn. A statistic that is not finite in
 * some resample (say, zero variance) gets NaN bounds rather than an interval over the rest.
 */
export function bootstrapInterval(n: number, m: number, statistic: (units: Int32Array) => ArrayLike<number>, options: BootstrapOptions): Interval {
  const { resamples, confidence, seed } = options;
  if (!Number.isInteger(resamples) || resamples < 0) throw new RangeError(`bootstrap: resamples must be a whole number of at least 0, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`bootstrap: confidence must lie strictly between 0 and 1, got ${confidence}`);
  if (resamples === 0 || n === 0) return { low: new Array(m).fill(NaN), high: new Array(m).fill(NaN) };
  const rng = seedrandom(`ipasim/bootstrap/${seed}`);
  const draws = Array.from({ length: m }, () => new Float64Array(resamples));
  const units = new Int32Array(n);
  for (let b = 0; b < resamples; b++) {
    for (let i = 0; i < n; i++) units[i] = Math.floor(rng() * n);
    const s = statistic(units);
    for (let j = 0; j < m; j++) draws[j][b] = s[j];
  }
  const low: number[] = [], high: number[] = [];
  for (const d of draws) {
    if (d.some((x) => !Number.isFinite(x))) { low.push(NaN); high.push(NaN); continue; }
    d.sort();
    low.push(quantileSorted(d, (1 - confidence) / 2));
    high.push(quantileSorted(d, (1 + confidence) / 2));
  }
  return { low, high };
}
