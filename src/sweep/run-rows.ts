/**
 * The rows one run contributes to runs.csv (docs/sweeps.md): its summary figures per mode,
 * then the chosen yearly metrics (group "all"), as formatted CSV lines. Pure.
 *
 * Formatting happens here, in the worker, so the text a point produces does not depend on
 * which process ran it: the final table is these lines sorted by point.
 */
import { yearlyMetricNames, type Collection, type YearlyWant } from '../engine/collection.js';
import { EFFECT_PREFIX } from '../engine/modeEffects.js';
import type { ModeKey, ModeSummary, RunResult } from '../engine/output.js';
import type { SummaryField } from '../engine/summary.js';
import { FISCAL_PREFIX } from '../engine/yearlyMetrics.js';
import type { Scenario } from '../scenario/schema.js';
import { formatNumber, RESULTS_MISSING } from '../io/csv.js';

/** Summary figures per mode (fields of ModeSummary), then three run-wide fiscal figures for mode `all`. */
export const SUMMARY_METRICS = [
  'incomeBefore', 'incomeAfter', 'incomeDropPct', 'incomeShockPct', 'yearsAboveLineShare', 'povertyRateEnd', 'returnToPovertyRate',
  'R', 'K', 'V', 'hematopoiesisShare', 'fiscalCostPerHousehold', 'fiscalTotal', 'fiscalPerRegisteredNotPoor',
  'selfMadeBefore', 'selfMadeAfter', 'povertyRateBeforeSupportEnd', 'povertyRateSelfMadeEnd', 'underThresholdEnd',
  'householdYearsAboveLine', 'fiscalTotalFromWithdrawal',
  'incomeEffectBefore', 'incomeEffectAfter', 'selfMadeEffectAfter', 'povertyEffectAfter',
] as const;
export type SummaryMetric = (typeof SUMMARY_METRICS)[number];

/** Figures that need each mode's counterfactual run (engine/modeEffects.ts): five runs per replicate instead of one. */
export const EFFECT_METRICS: ReadonlySet<SummaryMetric> = new Set(['incomeEffectBefore', 'incomeEffectAfter', 'selfMadeEffectAfter', 'povertyEffectAfter']);
/** The default selection: every figure but the mode effects, which a sweep asks for by name. */
export const DEFAULT_SUMMARY_METRICS = SUMMARY_METRICS.filter((m) => !EFFECT_METRICS.has(m));

/**
 * What a run must collect for these rows (engine/collection.ts): the summary figures named,
 * and the yearly metrics of group `all` in every year (effects for the four modes, fiscal items
 * for mode `all`: the rows yearly.csv has). Nothing else is summed, and a named effect makes the
 * counterfactual runs it needs. Throws UnknownMetricError for a yearly metric yearly.csv does not have.
 */
export function rowCollection(sc: Scenario, spec: RowSpec): Collection {
  const known = yearlyMetricNames(sc);
  const unknown = spec.yearly.filter((m) => !known.includes(m));
  if (unknown.length > 0) throw new UnknownMetricError(`unknown yearly metric${unknown.length > 1 ? 's' : ''} ${unknown.map((m) => JSON.stringify(m)).join(', ')} in outputs.yearly; yearly.csv has: ${[...known].sort().join(', ')}`);
  const yearly = spec.yearly.flatMap((metric) => spec.modes
    .filter((mode) => (metric.startsWith(EFFECT_PREFIX) ? mode !== 'all' : !metric.startsWith(FISCAL_PREFIX) || mode === 'all'))
    .map((mode): YearlyWant => ({ metric, mode, group: 'all', from: sc.time.start, to: sc.time.end })));
  const summary = spec.metrics.filter((m) => !RUN_WIDE.has(m)) as SummaryField[];
  return { yearly, effects: false, survey: false, summary };
}

/** Whether a sweep's outputs read a mode's counterfactual (its runs cost one run more per mode: the budget). */
export function needsModeEffects(spec: RowSpec): boolean {
  return spec.metrics.some((m) => EFFECT_METRICS.has(m)) || spec.yearly.some((m) => m.startsWith(EFFECT_PREFIX));
}

/** Figures that exist only for the whole run, reported on the `all` row. */
const RUN_WIDE: ReadonlySet<SummaryMetric> = new Set(['fiscalTotal', 'fiscalPerRegisteredNotPoor', 'fiscalTotalFromWithdrawal']);

export const RUNS_HEADER = ['point', 'replicate', 'seed', 'year', 'mode', 'metric', 'value'] as const;

/** The point a runs.csv (or points.csv) line belongs to: its first field. */
export const pointOfLine = (line: string): number => Number(line.slice(0, line.indexOf(',')));

export interface RowSpec {
  modes: readonly ModeKey[];
  metrics: readonly SummaryMetric[];
  yearly: readonly string[];
}

/** One run's runs.csv lines (no trailing newline), in the contract's order. */
export function runRows(point: number, replicate: number, seed: number, result: RunResult, spec: RowSpec): string[] {
  const lead = `${point},${replicate},${seed}`;
  const lines: string[] = [];
  const byMode = new Map(result.summary.modes.map((m) => [m.mode, m]));
  for (const mode of spec.modes) {
    const m = byMode.get(mode);
    if (!m) throw new Error(`the run's summary has no entry for mode ${mode}`);
    for (const metric of spec.metrics) {
      if (RUN_WIDE.has(metric) && mode !== 'all') continue;
      lines.push(`${lead},,${mode},${metric},${formatNumber(summaryValue(result, m, metric), RESULTS_MISSING)}`);
    }
  }
  if (spec.yearly.length === 0) return lines;

  // Yearly rows: by year, then mode and metric in the order asked for.
  const wantedMode = new Map(spec.modes.map((m, i) => [m as string, i]));
  const wantedMetric = new Map(spec.yearly.map((m, i) => [m, i]));
  const picked = result.yearly.filter((r) => r.group === 'all' && wantedMode.has(r.mode) && wantedMetric.has(r.metric));
  const found = new Set(picked.map((r) => r.metric));
  const unknown = spec.yearly.filter((m) => !found.has(m));
  if (unknown.length > 0) {
    const known = [...new Set(result.yearly.map((r) => r.metric))].sort();
    throw new UnknownMetricError(`unknown yearly metric${unknown.length > 1 ? 's' : ''} ${unknown.map((m) => JSON.stringify(m)).join(', ')} in outputs.yearly; yearly.csv has: ${known.join(', ')}`);
  }
  picked.sort((a, b) => a.year - b.year || wantedMode.get(a.mode)! - wantedMode.get(b.mode)! || wantedMetric.get(a.metric)! - wantedMetric.get(b.metric)!);
  for (const r of picked) lines.push(`${lead},${r.year},${r.mode},${r.metric},${formatNumber(r.value, RESULTS_MISSING)}`);
  return lines;
}

/** A requested yearly metric the engine does not produce: the sweep file's mistake. */
export class UnknownMetricError extends Error {
  override name = 'UnknownMetricError';
}

function summaryValue(result: RunResult, m: ModeSummary, metric: SummaryMetric): number {
  // JSON-born summaries may carry null for undefined figures; treat it as NaN (an empty field).
  const num = (x: number | null | undefined) => (typeof x === 'number' ? x : NaN);
  if (metric === 'fiscalTotal') return num(result.summary.fiscal.total);
  if (metric === 'fiscalPerRegisteredNotPoor') return num(result.summary.fiscal.perRegisteredNotPoor);
  if (metric === 'fiscalTotalFromWithdrawal') return num(result.summary.fiscal.totalFromWithdrawal);
  return num(m[metric as keyof ModeSummary] as number | undefined);
}
