/**
 * The per-run figures (summary.json): income before and after withdrawal by mode, the change
 * between the windows and the shock (the fall into the trough years), years above the line
 * after withdrawal, return to poverty, empowerment, the hematopoiesis share, fiscal cost, and
 * the mode ranking. Without a withdrawal (windows.ts rule 'none') the figures that need one are
 * undefined (NaN). Formulas: docs/results.md.
 */
import type { Scenario } from '../scenario/schema.js';
import { ACC, cellIndex, type Collector } from './metrics.js';
import { MODE_KEYS, type ModeSummary, type RunSummary } from './output.js';
import { rankModes } from './ranking.js';
import type { State } from './state.js';
import type { WithdrawalWindows as Windows } from './windows.js';

export function summarize(sc: Scenario, seed: number, s: State, col: Collector, w: Windows, fiscal: Record<string, number>, fiscalAfter: Record<string, number>, population: RunSummary['population']): RunSummary {
  const { start: t0, end: t1 } = sc.time;
  const cellAt = (year: number, mi: number, a: number) => col.cellsByYear.get(year)![cellIndex(mi, 0) * ACC.NA + a];
  const ratio = (year: number, mi: number, a: number, b: number) => { const d = cellAt(year, mi, b); return d > 0 ? cellAt(year, mi, a) / d : NaN; };
  const meanOver = (span: [number, number] | null, f: (year: number) => number) => {
    if (!span) return NaN;
    let t = 0;
    for (let y = span[0]; y <= span[1]; y++) t += f(y);
    return t / (span[1] - span[0] + 1);
  };
  const income = (mi: number) => (y: number) => ratio(y, mi, ACC.A_INCOME, ACC.A_PERSONS);
  /** Percent fall from the last year before withdrawal to the lowest of the trough years. */
  const shock = (mi: number) => {
    if (!w.trough || w.trough[0] - 1 < t0) return NaN;
    const last = income(mi)(w.trough[0] - 1);
    let low = Infinity;
    for (let y = w.trough[0]; y <= w.trough[1]; y++) low = Math.min(low, income(mi)(y));
    return (100 * (last - low)) / last;
  };

  // Household-level tallies since withdrawal started, by mode (index 4 = all); none without a withdrawal.
  const yearsAfter = w.start === null ? NaN : Math.max(1, t1 - w.start + 1);
  const above = new Float64Array(5), active = new Float64Array(5), out = new Float64Array(5), fell = new Float64Array(5);
  for (let h = 0; h < s.count; h++) {
    if (!s.hActive[h]) continue;
    for (let mi = 0; mi < 5; mi++) {
      if (mi < 4 && !((s.hModes[h] >> mi) & 1)) continue;
      active[mi]++; above[mi] += Math.min(1, s.hYearsAbove[h] / yearsAfter);
      if (s.hOutBeforeWithdrawal[h]) { out[mi]++; fell[mi] += s.hFellBack[h]; }
    }
  }
  const modes: ModeSummary[] = MODE_KEYS.map((mode, mi) => {
    const before = meanOver(w.before, income(mi));
    const after = meanOver(w.after, income(mi));
    let fiscalSum = 0, hhSum = 0, aboveAfter = w.start === null ? NaN : 0;
    for (let y = t0; y <= t1; y++) { fiscalSum += cellAt(y, mi, ACC.A_FISCAL); hhSum += cellAt(y, mi, ACC.A_HH); }
    if (w.start !== null) for (let y = w.start; y <= t1; y++) aboveAfter += cellAt(y, mi, ACC.A_HH) - cellAt(y, mi, ACC.A_POOR3);
    const hema = cellAt(t1, mi, ACC.A_HEMA), trans = cellAt(t1, mi, ACC.A_TRANS);
    return {
      mode,
      households: cellAt(Math.min(w.start ?? t1, t1), mi, ACC.A_HH),
      incomeBefore: before,
      incomeAfter: after,
      incomeDropPct: (100 * (before - after)) / before,
      incomeShockPct: shock(mi),
      yearsAboveLineShare: active[mi] > 0 && w.start !== null ? above[mi] / active[mi] : NaN,
      povertyRateEnd: ratio(t1, mi, ACC.A_POOR3, ACC.A_HH),
      returnToPovertyRate: out[mi] > 0 ? fell[mi] / out[mi] : NaN,
      R: ratio(t1, mi, ACC.A_R, ACC.A_HH),
      K: ratio(t1, mi, ACC.A_K, ACC.A_HH),
      V: ratio(t1, mi, ACC.A_V, ACC.A_HH),
      hematopoiesisShare: hema + trans > 0 ? hema / (hema + trans) : NaN,
      // Fiscal cost per household-year times the years simulated: a household's cost over the horizon.
      fiscalCostPerHousehold: hhSum > 0 ? (fiscalSum / hhSum) * (t1 - t0 + 1) : NaN,
      selfMadeBefore: meanOver(w.before, (y) => ratio(y, mi, ACC.A_SELF, ACC.A_PERSONS)),
      selfMadeAfter: meanOver(w.after, (y) => ratio(y, mi, ACC.A_SELF, ACC.A_PERSONS)),
      povertyRateBeforeSupportEnd: ratio(t1, mi, ACC.A_POOR3 + 1, ACC.A_HH),
      povertyRateSelfMadeEnd: ratio(t1, mi, ACC.A_POOR3 + 2, ACC.A_HH),
      householdYearsAboveLine: aboveAfter,
      // Filled by modeEffects.ts for the four modes when the counterfactual runs are made.
      incomeEffectBefore: NaN, incomeEffectAfter: NaN, selfMadeEffectAfter: NaN, povertyEffectAfter: NaN,
    };
  });
  let registeredNotPoor = 0;
  for (let h = 0; h < s.count; h++) if (s.hActive[h] && s.hRegistered[h] && !s.hPoor[h]) registeredNotPoor++;
  const total = Object.values(fiscal).reduce((a, b) => a + b, 0);
  return {
    scenario: sc.name, seed,
    years: { start: t0, end: t1, survey: sc.time.surveyYear },
    withdrawal: w,
    modes, ranking: rankModes(modes),
    fiscal: {
      byInstrument: fiscal, total, perRegisteredNotPoor: registeredNotPoor > 0 ? total / registeredNotPoor : NaN,
      totalFromWithdrawal: w.start === null ? NaN : Object.values(fiscalAfter).reduce((a, b) => a + b, 0),
    },
    population,
  };
}

