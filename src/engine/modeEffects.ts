/**
 * Each mode's effect: the run against the same village with that mode's access withheld
 * (same seed, so the same people, prices and shocks: common random numbers), compared on the
 * households that have the mode. A mode is judged by what it adds, not by the gross income of
 * the households it serves. Rows `effect.<metric>` (mode = the mode, every group) join
 * yearly.csv; the summary gets the effect before and after withdrawal. Formulas: docs/results.md.
 */
import { MODES, type Mode, type ModeSummary, type RunResult, type YearlyRow } from './output.js';

/** The metrics whose effect is reported (factual minus counterfactual). */
export const EFFECT_METRICS = ['incomeMean', 'incomeBeforeAssistanceMean', 'selfMadeIncomeMean', 'povertyRate', 'povertyRateSelfMade'] as const;
export const EFFECT_PREFIX = 'effect.';
/** Groups whose members are the same households in both runs (income-poor groups are not: poverty is an outcome). */
export const PAIRED_GROUPS: ReadonlySet<string> = new Set(['all', 'registered', 'not-registered']);

/** A number naming a row's year, mode, group and effect metric (no string made per row). */
const MODE_INDEX = new Map<string, number>(MODES.map((m, i) => [m, i]));
const GROUP_INDEX = new Map<string, number>([...PAIRED_GROUPS].map((g, i) => [g, i]));
const METRIC_INDEX = new Map<string, number>(EFFECT_METRICS.map((m, i) => [m, i]));
const code = (year: number, mode: number, group: number, metric: number) => ((year * 4 + mode) * 4 + group) * 8 + metric;

/** Adds the effect rows and summary figures of the modes whose counterfactual run is given (a row without its counterfactual value is left out). */
export function addModeEffects(result: RunResult, counterfactuals: Partial<Record<Mode, RunResult>>): void {
  const cf = MODES.map((mode, i) => {
    const values = new Map<number, number>();
    for (const r of counterfactuals[mode]?.yearly ?? []) {
      const metric = METRIC_INDEX.get(r.metric), group = GROUP_INDEX.get(r.group);
      if (metric !== undefined && group !== undefined && r.mode === MODES[i]) values.set(code(r.year, i, group, metric), r.value);
    }
    return values;
  });
  const rows: YearlyRow[] = [];
  // Effects before and after withdrawal, per mode: sums and counts of the 'all' group's yearly effects.
  const w = result.summary.withdrawal, sums = new Float64Array(MODES.length * 8 * 2), counts = new Float64Array(MODES.length * 8 * 2);
  let year = result.yearly[0]?.year;
  let pending: YearlyRow[] = [];
  const flush = () => { for (const r of pending) rows.push(r); pending = []; };
  for (const r of result.yearly) {
    if (r.year !== year) { flush(); year = r.year; }
    rows.push(r);
    const i = MODE_INDEX.get(r.mode), metric = METRIC_INDEX.get(r.metric), group = GROUP_INDEX.get(r.group);
    if (i === undefined || metric === undefined || group === undefined) continue;
    const other = cf[i].get(code(r.year, i, group, metric));
    if (other === undefined) continue;
    const value = r.value - other;
    pending.push({ year: r.year, mode: r.mode, group: r.group, metric: EFFECT_PREFIX + r.metric, value });
    if (r.group !== 'all') continue;
    const j = (i * 8 + metric) * 2;
    if (w.before && r.year >= w.before[0] && r.year <= w.before[1]) { sums[j] += value; counts[j]++; }
    if (w.after && r.year >= w.after[0] && r.year <= w.after[1]) { sums[j + 1] += value; counts[j + 1]++; }
  }
  flush();
  result.yearly = rows;
  const meanOver = (i: number, metric: (typeof EFFECT_METRICS)[number], k: 0 | 1) => {
    const j = (i * 8 + METRIC_INDEX.get(metric)!) * 2 + k;
    return counts[j] > 0 ? sums[j] / counts[j] : NaN;
  };
  for (const m of result.summary.modes as ModeSummary[]) {
    const i = MODE_INDEX.get(m.mode);
    if (i === undefined) continue;
    m.incomeEffectBefore = meanOver(i, 'incomeMean', 0);
    m.incomeEffectAfter = meanOver(i, 'incomeMean', 1);
    m.selfMadeEffectAfter = meanOver(i, 'selfMadeIncomeMean', 1);
    m.povertyEffectAfter = meanOver(i, 'povertyRate', 1);
  }
}
