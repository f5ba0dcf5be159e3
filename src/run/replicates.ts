/**
 * Replicates: seeds and aggregation. Replicate 0 runs the master seed itself (so one
 * replicate equals a plain run); replicate r runs seed + r. Every mode uses the same seeds,
 * and draws are keyed by entity, so replicate r of two scenarios is a paired comparison.
 */
import type { RunSummary, YearlyRow } from '../engine/output.js';
import { rankModes } from '../engine/summary.js';

export function replicateSeeds(master: number, n: number): number[] {
  return Array.from({ length: n }, (_, r) => (master + r) % 2 ** 31);
}

/** Empirical quantile with linear interpolation (Hyndman-Fan type 7, R's default). */
export function quantile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p, lo = Math.floor(h);
  return sorted[lo] + (h - lo) * ((sorted[Math.min(lo + 1, sorted.length - 1)] ?? sorted[lo]) - sorted[lo]);
}

/** Mean and 5th/95th percentiles across replicates of each row (NaN cells are left out). */
export function aggregateYearly(runs: YearlyRow[][]): YearlyRow[] {
  const first = runs[0];
  for (const run of runs)
    if (run.length !== first.length || run.some((r, i) => r.metric !== first[i].metric || r.year !== first[i].year || r.mode !== first[i].mode || r.group !== first[i].group))
      throw new Error('replicates produced different row keys');
  return first.map((row, i) => {
    const values = runs.map((r) => r[i].value).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
    const value = values.length ? values.reduce((a, b) => a + b, 0) / values.length : NaN;
    return { ...row, value, p05: quantile(values, 0.05), p95: quantile(values, 0.95) };
  });
}

/** The mean of every numeric per-mode figure across replicates, ranking recomputed from the means. */
export function aggregateSummary(runs: RunSummary[]): RunSummary & { replicates: RunSummary[] } {
  const base = runs[0];
  const avg = (f: (s: RunSummary) => number) => { const v = runs.map(f).filter((x) => !Number.isNaN(x)); return v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN; };
  const modes = base.modes.map((m, i) => {
    const out = { ...m };
    for (const k of Object.keys(m) as (keyof typeof m)[]) if (typeof m[k] === 'number') (out as Record<string, unknown>)[k] = avg((s) => s.modes[i][k] as number);
    return out;
  });
  const byInstrument = Object.fromEntries(Object.keys(base.fiscal.byInstrument).map((k) => [k, avg((s) => s.fiscal.byInstrument[k])]));
  return {
    ...base,
    modes,
    ranking: rankModes(modes),
    fiscal: { byInstrument, total: avg((s) => s.fiscal.total), costPerHouseholdKeptOut: avg((s) => s.fiscal.costPerHouseholdKeptOut) },
    replicates: runs,
  };
}
