/**
 * Several designs against one reference run (`ipasim compare REF D1 D2 ...`): for each design
 * the paired differences design − reference of every figure (paired-differences.ts), which
 * figures average other years than the reference's (pairing.ts), and the fiscal cost per
 * household-year kept above the line against the same seeds of the reference
 * (ratio-interval.ts). Pure: the command reads the folders (compare-designs.ts); the section
 * "after 2025" orders the runs (after-2025.ts).
 */
import type { RunData } from '../charts/run-data.js';
import { windowMismatch } from './pairing.js';
import { COMPARE_METRICS, figureOf, pairedDifferences, replicateSummaries, unpairedDifferences, type PairedDifference } from './paired-differences.js';
import { pairedRatio, type RatioEstimate } from './ratio-interval.js';

/** The figures of the design table: the two-run compare's, then what a post-2025 design changes. */
export const DESIGN_METRICS = [
  ...COMPARE_METRICS,
  'selfMadeAfter', 'povertyRateBeforeSupportEnd', 'povertyRateSelfMadeEnd', 'underThresholdEnd', 'householdYearsAboveLine', 'fiscalTotal', 'fiscalTotalFromWithdrawal',
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

/** Labels for runs: scenario names, or the folders where two runs share a scenario name. */
export function designLabels(runsByFolder: readonly { folder: string; data: RunData }[]): DesignRun[] {
  const names = runsByFolder.map((r) => r.data.summary.scenario);
  return runsByFolder.map((r, i) => ({ label: names.indexOf(names[i]) !== names.lastIndexOf(names[i]) ? r.folder : names[i], data: r.data }));
}
