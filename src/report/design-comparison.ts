/**
 * Several designs against one reference run (`ipasim compare REF D1 D2 ...`): for each design
 * the paired differences design − reference of every figure (paired-differences.ts), which
 * figures average other years than the reference's (pairing.ts), and the fiscal cost per
 * household-year kept above the line against the same seeds of the reference
 * (ratio-interval.ts); and, across the reference and all designs, the ordering of each figure
 * (ordering.ts: every pair, simultaneous intervals, compact letters). Pure: the command reads
 * the folders (compare-designs.ts).
 */
import type { RunData } from '../charts/run-data.js';
import { orderItems, type Ordering } from './ordering.js';
import { windowMismatch } from './pairing.js';
import { COMPARE_METRICS, figureOf, meanInterval, pairedDifferences, replicateSummaries, unpairedDifferences, type PairedDifference } from './paired-differences.js';
import { pairedRatio, type RatioEstimate } from './ratio-interval.js';

/** The figures of the design table: the two-run compare's, then what a post-2025 design changes. */
export const DESIGN_METRICS = [
  ...COMPARE_METRICS,
  'selfMadeAfter', 'povertyRateBeforeSupportEnd', 'povertyRateSelfMadeEnd', 'householdYearsAboveLine', 'fiscalTotal', 'fiscalTotalFromWithdrawal',
] as const;

export interface DesignRun {
  /** The name the table shows: the scenario's, or the folder's when two runs share a scenario name. */
  label: string;
  data: RunData;
}

export interface DesignResult {
  label: string;
  diffs: PairedDifference[];
  /** Figures whose windows differ from the reference's (their difference mixes in a change of years). */
  mismatched: string[];
  /** Δ fiscal cost from the withdrawal start / Δ household-years above the line (mode `all`); undefined when not paired. */
  costPerHouseholdYear?: RatioEstimate;
}

export interface DesignComparison {
  reference: string;
  mode: string;
  paired: boolean;
  designs: DesignResult[];
}

const runs = (d: RunData) => replicateSummaries(d.summary);
const seedsOf = (d: RunData): number[] => d.manifest.seeds ?? [d.manifest.seed];

/** Each design against the reference, for one mode (paired by replicate unless `paired` is false). */
export function compareDesigns(reference: DesignRun, designs: readonly DesignRun[], options: { mode: string; paired: boolean; metrics?: readonly string[] }): DesignComparison {
  const metrics = options.metrics ?? DESIGN_METRICS;
  const a = runs(reference.data);
  const out: DesignResult[] = designs.map((d) => {
    const b = runs(d.data);
    const diffs = (options.paired ? pairedDifferences : unpairedDifferences)(a, b, metrics).filter((x) => x.mode === options.mode);
    const result: DesignResult = { label: d.label, diffs, mismatched: windowMismatch(reference.data, d.data, metrics) };
    if (options.paired) {
      const n = Math.min(a.length, b.length);
      const delta = (metric: string) => Array.from({ length: n }, (_, r) => figureOf(b[r], 'all', metric) - figureOf(a[r], 'all', metric));
      result.costPerHouseholdYear = pairedRatio(delta('fiscalTotalFromWithdrawal'), delta('householdYearsAboveLine'));
    }
    return result;
  });
  return { reference: reference.label, mode: options.mode, paired: options.paired, designs: out };
}

/** The ordering of one figure over the reference and every design, their replicates paired by seed. */
export function orderDesigns(all: readonly DesignRun[], mode: string, metric: string, higherIsBetter: boolean): Ordering {
  return orderItems(all.map((d) => ({ key: d.label, values: runs(d.data).map((s) => figureOf(s, mode, metric)), seeds: seedsOf(d.data) })), { higherIsBetter });
}

/** A figure's mean over a run's replicates with its 95% interval. */
export function levelOf(d: RunData, mode: string, metric: string): { mean: number; low: number; high: number } {
  return meanInterval(runs(d).map((s) => figureOf(s, mode, metric)).filter(Number.isFinite));
}

/** Labels for runs: scenario names, or the folders where two runs share a scenario name. */
export function designLabels(runsByFolder: readonly { folder: string; data: RunData }[]): DesignRun[] {
  const names = runsByFolder.map((r) => r.data.summary.scenario);
  return runsByFolder.map((r, i) => ({ label: names.indexOf(names[i]) !== names.lastIndexOf(names[i]) ? r.folder : names[i], data: r.data }));
}
