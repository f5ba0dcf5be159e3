/**
 * Each mode's summary figures over the replicates of a run: the mean and its 95% t-interval
 * (paired-differences.ts meanInterval), the interval saying how far the mean of this many
 * replicates could move with other seeds. One replicate has no interval (NaN bounds).
 */
import type { RunSummary } from '../engine/output.js';
import { quantile } from '../run/replicates.js';
import { meanInterval, replicateSummaries } from './paired-differences.js';

export interface Interval {
  mean: number;
  low: number;
  high: number;
  /** Replicates where the figure is defined. */
  n: number;
}

/** A figure of one mode in one replicate summary; NaN (null in summary.json) when undefined or absent. */
export function modeFigure(s: RunSummary, mode: string, value: (m: Record<string, unknown>) => unknown): number {
  const m = s.modes.find((x) => x.mode === mode);
  const v = m ? value(m as unknown as Record<string, unknown>) : NaN;
  return typeof v === 'number' ? v : NaN;
}

/** The interval of `value` for `mode` over the run's replicates. */
export function modeInterval(summary: RunSummary & { replicates?: RunSummary[] }, mode: string, value: (m: Record<string, unknown>) => unknown): Interval {
  const xs = replicateSummaries(summary).map((s) => modeFigure(s, mode, value)).filter(Number.isFinite);
  return { ...meanInterval(xs), n: xs.length };
}

/** Whether two intervals share any value; an interval missing (one replicate) overlaps everything. */
export function overlaps(a: Interval, b: Interval): boolean {
  if (![a.low, a.high, b.low, b.high].every(Number.isFinite)) return true;
  return a.low <= b.high && b.low <= a.high;
}

/**
 * The spread of `value` for `mode` over the run's replicates: the 5th and 95th percentiles
 * (type 7, as yearly.csv's bands). With `--posterior`, each replicate is one posterior draw
 * with its own seed, so this is the predictive spread over draws and seeds, which does not
 * shrink as replicates are added; the interval of the mean does.
 */
export function modeSpread(summary: RunSummary & { replicates?: RunSummary[] }, mode: string, value: (m: Record<string, unknown>) => unknown): { p05: number; p95: number; n: number } {
  const xs = replicateSummaries(summary).map((s) => modeFigure(s, mode, value)).filter(Number.isFinite).sort((a, b) => a - b);
  return xs.length ? { p05: quantile(xs, 0.05), p95: quantile(xs, 0.95), n: xs.length } : { p05: NaN, p95: NaN, n: 0 };
}
