/**
 * First- and total-order Sobol indices from model outputs in the Saltelli layout
 * (saltelli.ts): N blocks of k + 2 values f(A_j), f(B_j), f(AB_j^(1)), ..., f(AB_j^(k)).
 *
 * - First order, Saltelli et al. (2010, Table 2 (b)): S1_i = mean_j f(B_j) (f(AB_j^(i)) - f(A_j)) / V.
 * - Total order, Jansen (1999, Comput. Phys. Commun. 117, 35-43; Saltelli 2010, Table 2 (f)):
 *   ST_i = mean_j (f(A_j) - f(AB_j^(i)))^2 / 2 / V.
 *
 * V is the variance of the 2N values f(A), f(B). Outputs are centred on their mean first: it
 * changes no expectation (mean_j (f(AB) - f(A)) tends to 0) but keeps a large mean, such as an
 * income of 8,000 yuan, from inflating the first-order estimator's variance.
 * Intervals: percentile bootstrap over the N blocks (bootstrap.ts).
 */
import { bootstrapInterval } from './bootstrap.js';

export interface SobolIndex {
  S1: number;
  S1Low: number;
  S1High: number;
  ST: number;
  STLow: number;
  STHigh: number;
}

export interface SobolIndexOptions {
  /** Bootstrap resamples for the intervals (default 1000; 0 for none). */
  bootstrap?: number;
  /** Interval coverage (default 0.95). */
  confidence?: number;
  /** Seed of the bootstrap resampling (default 0). */
  seed?: number;
}

/**
 * The indices of the k factors, in factor order. Throws when y does not have N (k + 2)
 * finite values; indices are NaN when the output does not vary.
 */
export function sobolIndices(y: ArrayLike<number>, k: number, options: SobolIndexOptions = {}): SobolIndex[] {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`Sobol indices: k must be a whole number of at least 1, got ${k}`);
  const w = k + 2;
  if (y.length === 0 || y.length % w !== 0) throw new RangeError(`Sobol indices: ${y.length} outputs is not a whole number of blocks of k + 2 = ${w}`);
  for (let i = 0; i < y.length; i++) if (!Number.isFinite(y[i])) throw new RangeError(`Sobol indices: output ${i} is not a finite number (${y[i]})`);
  const n = y.length / w;
  let mean = 0;
  for (let j = 0; j < n; j++) mean += y[j * w] + y[j * w + 1];
  mean /= 2 * n;
  // Per block: the first-order and total-order terms of every factor, and the A, B values.
  const first = new Float64Array(n * k), total = new Float64Array(n * k), ab = new Float64Array(2 * n);
  for (let j = 0; j < n; j++) {
    const fa = y[j * w] - mean, fb = y[j * w + 1] - mean;
    ab[2 * j] = fa; ab[2 * j + 1] = fb;
    for (let i = 0; i < k; i++) {
      const fabi = y[j * w + 2 + i] - mean;
      first[j * k + i] = fb * (fabi - fa);
      total[j * k + i] = (fa - fabi) ** 2 / 2;
    }
  }
  const estimate = (units: ArrayLike<number>): Float64Array => {
    const out = new Float64Array(2 * k);
    let s = 0, s2 = 0;
    for (let u = 0; u < units.length; u++) {
      const j = units[u];
      s += ab[2 * j] + ab[2 * j + 1];
      s2 += ab[2 * j] ** 2 + ab[2 * j + 1] ** 2;
      for (let i = 0; i < k; i++) { out[i] += first[j * k + i]; out[k + i] += total[j * k + i]; }
    }
    const m = units.length;
    const v = s2 / (2 * m) - (s / (2 * m)) ** 2;
    for (let i = 0; i < 2 * k; i++) out[i] = v > 0 ? out[i] / m / v : NaN;
    return out;
  };
  const all = Int32Array.from({ length: n }, (_, j) => j);
  const point = estimate(all);
  const { low, high } = bootstrapInterval(n, 2 * k, estimate, { resamples: options.bootstrap ?? 1000, confidence: options.confidence ?? 0.95, seed: options.seed ?? 0 });
  return Array.from({ length: k }, (_, i) => ({
    S1: point[i], S1Low: low[i], S1High: high[i],
    ST: point[k + i], STLow: low[k + i], STHigh: high[k + i],
  }));
}
