/**
 * replicates.csv (docs/results.md): a few yearly metrics of every replicate, group `all`, so
 * `ipasim compare` can pair replicate r of two runs year by year (yearly.csv keeps only the
 * mean and the 5-95% band). Written by `ipasim run` when there is more than one replicate.
 */
import type { YearlyRow } from '../engine/output.js';
import { formatCsv } from '../io/csv.js';
import { csvNumber, parseCsvRecords } from '../io/csv-read.js';

export const REPLICATE_METRICS = ['incomeMean', 'selfMadeIncomeMean', 'povertyHeadcount', 'povertyRate', 'povertyRateBeforeSupport', 'povertyRateSelfMade', 'hematopoiesisShare', 'R', 'K', 'V', 'effect.incomeMean', 'effect.povertyRate'] as const;

export interface ReplicateRow {
  replicate: number;
  seed: number;
  year: number;
  mode: string;
  metric: string;
  value: number;
}

export function replicatesCsv(runs: readonly { seed: number; yearly: readonly YearlyRow[] }[]): string {
  const want = new Set<string>(REPLICATE_METRICS);
  const rows: (string | number)[][] = [];
  runs.forEach((run, r) => {
    for (const y of run.yearly) if (y.group === 'all' && want.has(y.metric)) rows.push([r, run.seed, y.year, y.mode, y.metric, y.value]);
  });
  return formatCsv(['replicate', 'seed', 'year', 'mode', 'metric', 'value'], rows, { missing: 'empty' });
}

export function parseReplicatesCsv(text: string): ReplicateRow[] {
  return parseCsvRecords(text).map((r) => ({ replicate: Number(r.replicate), seed: Number(r.seed), year: Number(r.year), mode: r.mode, metric: r.metric, value: csvNumber(r.value) }));
}
