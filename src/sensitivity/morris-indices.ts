/**
 * Morris screening measures from runs in the Morris layout (morris.ts), computed from the
 * parameter values the model actually ran with.
 *
 * An elementary effect of factor i is EE_i = (y_s - y_{s-1}) / ((x_{s,i} - x_{s-1,i}) / range_i):
 * the change in output per unit change of the factor measured as a share of its range. Using
 * the actual values (not the design's ±Δ) matters for integer parameters, which the sweep
 * rounds: a step that rounding turned into no change carries no information and is skipped.
 *
 * - mu: the mean of the EEs (Morris 1991); signs may cancel.
 * - muStar: the mean of |EE| (Campolongo, Cariboni & Saltelli 2007, "An effective screening
 *   design for sensitivity analysis of large models", Environ. Model. Softw. 22, 1509-1518):
 *   the overall importance of the factor.
 * - sigma: the sample standard deviation of the EEs: interactions or non-linearity.
 * Interval for muStar: percentile bootstrap over the factor's EEs (bootstrap.ts).
 */
import { bootstrapInterval } from './bootstrap.js';

export interface FactorRange {
  min: number;
  max: number;
}

export interface MorrisIndex {
  mu: number;
  muStar: number;
  muStarLow: number;
  muStarHigh: number;
  sigma: number;
  /** Elementary effects behind the estimates (steps that rounding did not erase). */
  effects: number;
}

export interface MorrisIndexOptions {
  bootstrap?: number;
  confidence?: number;
  seed?: number;
}

/**
 * The elementary effects of each factor (in factor order), from rows `x` in the Morris layout
 * and outputs `y`. Throws when a step changes more than one factor (not a Morris design) or a
 * value is not finite.
 */
export function elementaryEffects(x: readonly (readonly number[])[], y: ArrayLike<number>, ranges: readonly FactorRange[]): number[][] {
  const k = ranges.length;
  if (k < 1) throw new RangeError('Morris indices: no factors');
  if (x.length !== y.length) throw new RangeError(`Morris indices: ${x.length} rows but ${y.length} outputs`);
  if (x.length === 0 || x.length % (k + 1) !== 0) throw new RangeError(`Morris indices: ${x.length} rows is not a whole number of trajectories of k + 1 = ${k + 1} rows`);
  ranges.forEach((r, i) => { if (!(r.max > r.min)) throw new RangeError(`Morris indices: factor ${i + 1} has an empty range ${r.min}-${r.max}`); });
  for (let s = 0; s < y.length; s++) if (!Number.isFinite(y[s])) throw new RangeError(`Morris indices: output ${s} is not a finite number (${y[s]})`);
  const effects: number[][] = Array.from({ length: k }, () => []);
  for (let s = 0; s < x.length; s++) {
    if (x[s].length !== k) throw new RangeError(`Morris indices: row ${s} has ${x[s].length} values, expected ${k}`);
    if (s % (k + 1) === 0) continue; // a trajectory's first row
    const changed: number[] = [];
    for (let i = 0; i < k; i++) if (x[s][i] !== x[s - 1][i]) changed.push(i);
    if (changed.length > 1) throw new RangeError(`Morris indices: row ${s} differs from row ${s - 1} in ${changed.length} factors; a Morris trajectory moves one at a time`);
    if (changed.length === 0) continue; // erased by rounding
    const i = changed[0];
    effects[i].push((y[s] - y[s - 1]) / ((x[s][i] - x[s - 1][i]) / (ranges[i].max - ranges[i].min)));
  }
  return effects;
}

const mean = (v: ArrayLike<number>) => { let s = 0; for (let i = 0; i < v.length; i++) s += v[i]; return v.length ? s / v.length : NaN; };

function sampleSd(v: readonly number[]): number {
  if (v.length < 2) return NaN;
  const m = mean(v);
  return Math.sqrt(v.reduce((a, e) => a + (e - m) ** 2, 0) / (v.length - 1));
}

/** mu, muStar (with interval) and sigma of each factor, in factor order. */
export function morrisIndices(x: readonly (readonly number[])[], y: ArrayLike<number>, ranges: readonly FactorRange[], options: MorrisIndexOptions = {}): MorrisIndex[] {
  return elementaryEffects(x, y, ranges).map((ee, i) => {
    const abs = ee.map(Math.abs);
    const ci = bootstrapInterval(abs.length, 1, (units) => [mean(Array.from(units, (u) => abs[u]))], {
      resamples: options.bootstrap ?? 1000, confidence: options.confidence ?? 0.95, seed: (options.seed ?? 0) * 1000 + i,
    });
    return { mu: mean(ee), muStar: mean(abs), muStarLow: ci.low[0], muStarHigh: ci.high[0], sigma: sampleSd(ee), effects: ee.length };
  });
}
