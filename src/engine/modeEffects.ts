/**
 * Each mode's effect: the run against the same village with that mode's access withheld
 * (same seed, so the same people, prices and shocks: common random numbers), compared on the
 * households that have the mode. A mode is judged by what it adds, not by the gross income of
 * the households it serves. Rows `effect.<metric>` (mode = the mode, every group) join
 * yearly.csv; the summary gets the effect before and after withdrawal. Formulas: docs/results.md.
 */
import { MODES, type ModeSummary, type RunResult, type YearlyRow } from './output.js';

/** The metrics whose effect is reported (factual minus counterfactual). */
export const EFFECT_METRICS = ['incomeMean', 'incomeBeforeAssistanceMean', 'selfMadeIncomeMean', 'povertyRate', 'povertyRateSelfMade'] as const;
export const EFFECT_PREFIX = 'effect.';
/** Groups whose members are the same households in both runs (income-poor groups are not: poverty is an outcome). */
const PAIRED_GROUPS: ReadonlySet<string> = new Set(['all', 'registered', 'not-registered']);

const key = (r: YearlyRow) => `${r.year}|${r.mode}|${r.group}|${r.metric}`;

export function addModeEffects(result: RunResult, counterfactuals: RunResult[]): void {
  const wanted = new Set<string>(EFFECT_METRICS);
  const rows: YearlyRow[] = [];
  const cf = MODES.map((_, i) => new Map(counterfactuals[i].yearly.filter((r) => wanted.has(r.metric)).map((r) => [key(r), r.value])));
  let year = result.yearly[0]?.year;
  let pending: YearlyRow[] = [];
  const flush = () => { rows.push(...pending); pending = []; };
  for (const r of result.yearly) {
    if (r.year !== year) { flush(); year = r.year; }
    rows.push(r);
    const i = MODES.indexOf(r.mode as (typeof MODES)[number]);
    if (i < 0 || !wanted.has(r.metric) || !PAIRED_GROUPS.has(r.group)) continue;
    const other = cf[i].get(key(r));
    pending.push({ year: r.year, mode: r.mode, group: r.group, metric: EFFECT_PREFIX + r.metric, value: other === undefined ? NaN : r.value - other });
  }
  flush();
  result.yearly = rows;
  const w = result.summary.withdrawal;
  const meanOver = (mode: string, metric: string, [a, b]: [number, number]) => {
    let t = 0, n = 0;
    for (const r of rows) if (r.mode === mode && r.group === 'all' && r.metric === EFFECT_PREFIX + metric && r.year >= a && r.year <= b) { t += r.value; n++; }
    return n > 0 ? t / n : NaN;
  };
  for (const m of result.summary.modes as ModeSummary[]) {
    if (m.mode === 'all') continue;
    m.incomeEffectBefore = meanOver(m.mode, 'incomeMean', w.before);
    m.incomeEffectAfter = meanOver(m.mode, 'incomeMean', w.after);
    m.selfMadeEffectAfter = meanOver(m.mode, 'selfMadeIncomeMean', w.after);
    m.povertyEffectAfter = meanOver(m.mode, 'povertyRate', w.after);
  }
}
