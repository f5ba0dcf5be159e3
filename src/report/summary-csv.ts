/**
 * summary.csv: the summary of a run as one wide table that opens in a spreadsheet, one row
 * per mode and, for every summary metric (summary-metrics.ts), its mean over the replicates
 * and, with replicates, the 95% interval (`<metric>_low`, `<metric>_high`). Units as in
 * summary.json: yuan, percent for incomeDropPct, shares in [0, 1], scores in [0, 1].
 */
import { MODE_KEYS, type RunSummary } from '../engine/output.js';
import { formatCsv } from '../io/csv.js';
import { modeInterval } from './mode-intervals.js';
import { replicateSummaries } from './paired-differences.js';
import { SUMMARY_METRICS } from './summary-metrics.js';

export function summaryCsv(summary: RunSummary & { replicates?: RunSummary[] }): string {
  const n = replicateSummaries(summary).length;
  const header = ['scenario', 'mode', 'replicates', ...SUMMARY_METRICS.flatMap((x) => (n > 1 ? [x.key, `${x.key}_low`, `${x.key}_high`] : [x.key]))];
  const modes = [...summary.modes].sort((a, b) => MODE_KEYS.indexOf(a.mode) - MODE_KEYS.indexOf(b.mode));
  const rows = modes.map((mode) => [summary.scenario, mode.mode, n, ...SUMMARY_METRICS.flatMap((x) => {
    const iv = modeInterval(summary, mode.mode, (m) => m[x.key]);
    const mean = n > 1 ? iv.mean : (mode as unknown as Record<string, number>)[x.key];
    return n > 1 ? [mean, iv.low, iv.high] : [mean];
  })]);
  return formatCsv(header, rows, { missing: 'empty' });
}
