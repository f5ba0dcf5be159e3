/**
 * The ratio of two paired mean differences with Fieller's interval: what a design costs per
 * unit of what it achieves against the same seeds of a reference (yuan per household-year kept
 * above the line). A ratio of means, not a mean of per-seed ratios (one seed whose design keeps
 * almost no one above the line would make its ratio explode). Fieller's interval is exact for
 * normal means and is unbounded, rightly, when the denominator cannot be told from 0.
 *
 * Fieller, E. C. (1954), "Some problems in interval estimation", Journal of the Royal
 * Statistical Society B 16(2), 175-185.
 */
import { t975 } from './paired-differences.js';

export interface RatioEstimate {
  /** mean(x) / mean(y). */
  ratio: number;
  low: number;
  high: number;
  /** Pairs with both values defined. */
  n: number;
  /**
   * 'bounded': the denominator's 95% interval lies above 0 and the ratio has a finite interval;
   * 'denominator-not-positive': it lies below 0 (the design achieves less than the reference);
   * 'denominator-unclear': it holds 0, so no finite interval exists; 'too-few': under two pairs.
   */
  status: 'bounded' | 'denominator-not-positive' | 'denominator-unclear' | 'too-few';
}

/** mean(x) / mean(y) over the pairs (x[i], y[i]) with Fieller's 95% interval. */
export function pairedRatio(x: readonly number[], y: readonly number[]): RatioEstimate {
  const pairs: [number, number][] = [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (Number.isFinite(x[i]) && Number.isFinite(y[i])) pairs.push([x[i], y[i]]);
  const n = pairs.length;
  const mx = pairs.reduce((a, p) => a + p[0], 0) / n, my = pairs.reduce((a, p) => a + p[1], 0) / n;
  const ratio = my !== 0 ? mx / my : NaN;
  if (n < 2) return { ratio, low: NaN, high: NaN, n, status: 'too-few' };
  // Variances and covariance of the two means.
  const cov = (f: (p: [number, number]) => number, g: (p: [number, number]) => number) => pairs.reduce((a, p) => a + f(p) * g(p), 0) / (n - 1) / n;
  const v11 = cov((p) => p[0] - mx, (p) => p[0] - mx), v22 = cov((p) => p[1] - my, (p) => p[1] - my), v12 = cov((p) => p[0] - mx, (p) => p[1] - my);
  const t = t975(n - 1);
  // The denominator's interval excludes 0 exactly when g < 1.
  const g = my !== 0 ? (t * t * v22) / (my * my) : Infinity;
  if (!(g < 1)) return { ratio, low: NaN, high: NaN, n, status: 'denominator-unclear' };
  if (my < 0) return { ratio, low: NaN, high: NaN, n, status: 'denominator-not-positive' };
  const lean = v22 > 0 ? v12 / v22 : 0;
  const inner = v11 - 2 * ratio * v12 + ratio * ratio * v22 - g * (v22 > 0 ? v11 - (v12 * v12) / v22 : 0);
  const half = (t / Math.abs(my)) * Math.sqrt(Math.max(0, inner));
  const centre = ratio - g * lean;
  return { ratio, low: (centre - half) / (1 - g), high: (centre + half) / (1 - g), n, status: 'bounded' };
}
