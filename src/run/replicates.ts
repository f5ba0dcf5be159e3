/**
 * Replicates: their seeds, and the aggregation of their results. Pure: no I/O.
 *
 * Every scenario uses the same seeds for replicate r, and the engine keys its draws by
 * entity, so replicate r of two scenarios is a paired comparison.
 */
import type { ModeSummary, RunSummary, YearlyRow } from '../engine/output.js';
import { rankModes } from '../engine/ranking.js';

export { rankModes } from '../engine/ranking.js';

/**
 * The seed of each of `n` replicates: masterSeed + r (docs/results.md). Replicate 0 runs
 * the master seed itself, so `--replicates 1` is exactly a plain run.
 *
 * Caveat of this simple scheme: replicate sets of nearby master seeds overlap (seed 7 with
 * 20 replicates and seed 8 with 20 replicates share 19 runs), so two studies meant to be
 * independent should use master seeds at least their replicate count apart.
 */
export function replicateSeeds(masterSeed: number, n: number): number[] {
  if (!Number.isSafeInteger(masterSeed) || masterSeed < 0) throw new RangeError(`seed must be a whole number of at least 0, got ${masterSeed}`);
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`replicates must be a whole number of at least 1, got ${n}`);
  return Array.from({ length: n }, (_, r) => masterSeed + r);
}

/**
 * Empirical quantile of an ascending sample with linear interpolation between order
 * statistics: Hyndman & Fan type 7, the default of R's quantile() and numpy's percentile().
 * For n values, position h = (n - 1)·p; the result interpolates sorted[⌊h⌋] and sorted[⌊h⌋+1].
 */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of an empty sample');
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Arithmetic mean, summed in the given order (replicate order) so it is reproducible. */
export function mean(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total / values.length;
}

/**
 * Mean over the replicates where the figure is defined. NaN means "not defined" (e.g. the
 * median income of a group that has no households in this replicate), not zero, so it is
 * left out rather than averaged in; NaN only if it is undefined in every replicate.
 */
export function definedMean(values: readonly number[]): number {
  const defined = values.filter((v) => !Number.isNaN(v));
  return defined.length ? mean(defined) : NaN;
}

function rowKey(r: YearlyRow): string {
  return `${r.year},${r.mode},${r.group},${r.metric}`;
}

/**
 * Aggregates the yearly rows of several replicates row by row: value = mean across
 * replicates, p05/p95 = the 5th and 95th percentiles (type 7, see quantile), all three over
 * the replicates where the figure is defined (see definedMean). Every replicate must have the
 * same row keys (year, mode, group, metric) in the same order; anything else means the runs
 * are not comparable, and throws.
 */
export function aggregateYearly(runs: YearlyRow[][]): YearlyRow[] {
  if (runs.length === 0) throw new RangeError('aggregateYearly needs at least one replicate');
  const first = runs[0];
  runs.forEach((run, r) => {
    if (run.length !== first.length) throw new Error(`replicate ${r} has ${run.length} yearly rows, replicate 0 has ${first.length}`);
    run.forEach((row, i) => {
      if (rowKey(row) !== rowKey(first[i])) throw new Error(`replicate ${r} yearly row ${i + 1} is ${rowKey(row)}, replicate 0 has ${rowKey(first[i])}`);
    });
  });
  return first.map((row, i) => {
    const values = runs.map((run) => run[i].value).filter((v) => !Number.isNaN(v));
    const { year, mode, group, metric } = row;
    if (values.length === 0) return { year, mode, group, metric, value: NaN, p05: NaN, p95: NaN };
    const sorted = [...values].sort((a, b) => a - b);
    return { year, mode, group, metric, value: mean(values), p05: quantile(sorted, 0.05), p95: quantile(sorted, 0.95) };
  });
}

/** A summary of several replicates: the means, plus each replicate's own summary. */
export interface AggregatedSummary extends RunSummary {
  replicates: RunSummary[];
}

/**
 * Aggregates replicate summaries: the mean of every numeric per-mode figure, of the fiscal
 * figures and of the population counts (so households and persons may be fractional), with
 * the ranking recomputed from the means (not a vote of per-replicate rankings). Scenario,
 * years and withdrawal windows are the scenario's and taken from replicate 0; `seed` is
 * replicate 0's, the master seed. Means are over the replicates where a figure is defined
 * (see definedMean); undefined everywhere stays NaN (null in summary.json).
 */
export function aggregateSummary(runs: RunSummary[]): AggregatedSummary {
  if (runs.length === 0) throw new RangeError('aggregateSummary needs at least one replicate');
  const base = runs[0];
  const keys = (s: RunSummary) => s.modes.map((m) => m.mode).join(',');
  runs.forEach((s, r) => {
    if (keys(s) !== keys(base)) throw new Error(`replicate ${r} summarises modes ${keys(s)}, replicate 0 ${keys(base)}`);
  });
  const modes: ModeSummary[] = base.modes.map((m, i) => {
    const out: Record<string, unknown> = { ...m };
    for (const [k, v] of Object.entries(m)) if (typeof v === 'number') out[k] = definedMean(runs.map((s) => s.modes[i][k as keyof ModeSummary] as number));
    return out as unknown as ModeSummary;
  });
  // An instrument missing from a replicate spent nothing there; keys in first-seen order.
  const instruments = [...new Set(runs.flatMap((s) => Object.keys(s.fiscal.byInstrument)))];
  const byInstrument: Record<string, number> = {};
  for (const k of instruments) byInstrument[k] = definedMean(runs.map((s) => s.fiscal.byInstrument[k] ?? 0));
  const population = Object.fromEntries(
    Object.keys(base.population).map((k) => [k, definedMean(runs.map((s) => s.population[k as keyof RunSummary['population']]))]),
  ) as RunSummary['population'];
  return {
    ...base,
    modes,
    ranking: rankModes(modes),
    fiscal: { byInstrument, total: definedMean(runs.map((s) => s.fiscal.total)), perRegisteredNotPoor: definedMean(runs.map((s) => s.fiscal.perRegisteredNotPoor)) },
    population,
    replicates: runs,
  };
}
