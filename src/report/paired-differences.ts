/**
 * Paired differences of two runs' summary figures: replicate r of B minus replicate r of A,
 * for each mode and metric, with the mean and a 95% t-interval over the pairs. Valid as a
 * paired comparison because replicate r of both runs uses seed + r and the engine keys every
 * draw by mechanism, entity and year (common random numbers, docs/results.md).
 */
import type { ModeSummary, RunSummary } from '../engine/output.js';

export const COMPARE_METRICS = [
  'incomeBefore', 'incomeAfter', 'incomeShockPct', 'incomeDropPct', 'yearsAboveLineShare', 'povertyRateEnd', 'returnToPovertyRate',
  'R', 'K', 'V', 'hematopoiesisShare', 'fiscalCostPerHousehold',
] as const satisfies readonly (keyof ModeSummary)[];

export interface PairedDifference {
  metric: string;
  mode: string;
  /** Means over the paired replicates of A and of B. */
  a: number;
  b: number;
  /** Mean of the differences B − A, and its 95% interval (NaN with one pair or a constant-free sample). */
  diff: number;
  low: number;
  high: number;
  /** Pairs where the figure is defined in both runs. */
  n: number;
}

/** Student's t quantile for a two-sided 95% interval (0.975), by degrees of freedom. */
const T975 = [NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];
export function t975(df: number): number {
  if (df < 1) return NaN;
  return df < T975.length ? T975[df] : 1.96 + 2.5 / df; // within 0.002 of the exact value for df > 30
}

/** Mean and 95% t-interval of a sample. */
export function meanInterval(xs: readonly number[]): { mean: number; low: number; high: number } {
  const n = xs.length;
  if (n === 0) return { mean: NaN, low: NaN, high: NaN };
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  if (n === 1) return { mean, low: NaN, high: NaN };
  const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1));
  const half = t975(n - 1) * sd / Math.sqrt(n);
  return { mean, low: mean - half, high: mean + half };
}

/** The per-replicate summaries of a run: `replicates` when there are several, else the summary itself. */
export function replicateSummaries(s: RunSummary & { replicates?: RunSummary[] }): RunSummary[] {
  return s.replicates?.length ? s.replicates : [s];
}

/** Differences for every mode present in both runs and every metric, pairing replicate r with r (the first min(nA, nB)). */
export function pairedDifferences(a: readonly RunSummary[], b: readonly RunSummary[], metrics: readonly string[] = COMPARE_METRICS): PairedDifference[] {
  const n = Math.min(a.length, b.length);
  const modes = a[0].modes.map((m) => m.mode).filter((mode) => b[0].modes.some((m) => m.mode === mode));
  const out: PairedDifference[] = [];
  for (const metric of metrics) {
    for (const mode of modes) {
      const va: number[] = [], vb: number[] = [], d: number[] = [];
      for (let r = 0; r < n; r++) {
        const x = fig(a[r], mode, metric), y = fig(b[r], mode, metric);
        if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
        va.push(x); vb.push(y); d.push(y - x);
      }
      const { mean, low, high } = meanInterval(d);
      out.push({ metric, mode, a: meanInterval(va).mean, b: meanInterval(vb).mean, diff: mean, low, high, n: d.length });
    }
  }
  return out;
}

/**
 * Differences of means B − A for runs that are not paired (`ipasim compare --unpaired`): each
 * figure's mean over B's replicates minus its mean over A's, with Welch's 95% interval
 * (Welch-Satterthwaite degrees of freedom); `n` is the smaller sample.
 */
export function unpairedDifferences(a: readonly RunSummary[], b: readonly RunSummary[], metrics: readonly string[] = COMPARE_METRICS): PairedDifference[] {
  const modes = a[0].modes.map((m) => m.mode).filter((mode) => b[0].modes.some((m) => m.mode === mode));
  const out: PairedDifference[] = [];
  for (const metric of metrics) {
    for (const mode of modes) {
      const va = a.map((s) => fig(s, mode, metric)).filter(Number.isFinite), vb = b.map((s) => fig(s, mode, metric)).filter(Number.isFinite);
      const ma = meanInterval(va).mean, mb = meanInterval(vb).mean;
      const variance = (xs: number[], m: number) => xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1);
      let low = NaN, high = NaN;
      if (va.length > 1 && vb.length > 1) {
        const qa = variance(va, ma) / va.length, qb = variance(vb, mb) / vb.length;
        const se = Math.sqrt(qa + qb);
        const df = se > 0 ? (qa + qb) ** 2 / (qa ** 2 / (va.length - 1) + qb ** 2 / (vb.length - 1)) : va.length + vb.length - 2;
        const half = t975(Math.max(1, Math.floor(df))) * se;
        low = mb - ma - half; high = mb - ma + half;
      }
      out.push({ metric, mode, a: ma, b: mb, diff: mb - ma, low, high, n: Math.min(va.length, vb.length) });
    }
  }
  return out;
}

function fig(s: RunSummary, mode: string, metric: string): number {
  const v = s.modes.find((m) => m.mode === mode)?.[metric as keyof ModeSummary];
  return typeof v === 'number' ? v : NaN; // null in summary.json: undefined
}

/** Whether an interval lies clearly on one side of zero. */
export const awayFromZero = (d: PairedDifference): boolean => Number.isFinite(d.low) && (d.low > 0 || d.high < 0);

export interface YearlyDifference {
  year: number;
  mode: string;
  diff: number;
  low: number;
  high: number;
  n: number;
}

/** Year-by-year paired differences B − A of one metric (replicates.csv rows), replicate r with r, per mode. */
export function yearlyPairedDifferences(
  a: readonly { replicate: number; year: number; mode: string; metric: string; value: number }[],
  b: readonly { replicate: number; year: number; mode: string; metric: string; value: number }[],
  metric = 'incomeMean',
): YearlyDifference[] {
  const key = (r: { replicate: number; year: number; mode: string }) => `${r.replicate}|${r.year}|${r.mode}`;
  const bv = new Map(b.filter((r) => r.metric === metric).map((r) => [key(r), r.value]));
  const cells = new Map<string, { year: number; mode: string; d: number[] }>();
  for (const r of a) {
    if (r.metric !== metric) continue;
    const y = bv.get(key(r));
    if (y === undefined || !Number.isFinite(y) || !Number.isFinite(r.value)) continue;
    const k = `${r.year}|${r.mode}`;
    const c = cells.get(k) ?? { year: r.year, mode: r.mode, d: [] };
    c.d.push(y - r.value);
    cells.set(k, c);
  }
  return [...cells.values()].map((c) => { const { mean, low, high } = meanInterval(c.d); return { year: c.year, mode: c.mode, diff: mean, low, high, n: c.d.length }; });
}
