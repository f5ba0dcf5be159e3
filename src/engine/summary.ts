/**
 * The per-run figures (summary.json): income before and after withdrawal by mode, the change
 * between the windows and the shock (the fall into the trough years), years above the line
 * after withdrawal, return to poverty, empowerment, the hematopoiesis share, fiscal cost, and
 * the mode ranking. Without a withdrawal (windows.ts rule 'none') the figures that need one are
 * undefined (NaN). Formulas: docs/results.md.
 *
 * A run may ask for only some figures of each mode (a sweep keeps a few): SUMMARY_READS says
 * which years of the collected cell sums each reads, so the collector sums nothing else
 * (collection.ts); figures not asked for are NaN and the ranking, which reads most of them, is
 * then left empty.
 */
import type { Scenario } from '../scenario/schema.js';
import { ACC, cellIndex, type Collector } from './metrics.js';
import { MODE_KEYS, type ModeSummary, type RunSummary } from './output.js';
import { rankModes } from './ranking.js';
import type { State } from './state.js';
import type { WithdrawalWindows as Windows } from './windows.js';

/** The numbers of a mode's summary. */
export type SummaryField = Exclude<keyof ModeSummary, 'mode'>;

/**
 * The years of the core cell sums (group `all` of each mode) a figure reads: the windows before
 * and after withdrawal, the last year before it with the trough years after (the shock), the
 * last year, the year withdrawal starts, or every year; [] for
 * figures read from the households' own tallies at the end. An effect figure reads an effect
 * metric over a window instead (modeEffects.ts fills it from the counterfactual runs).
 */
export type SummaryYears = 'before' | 'after' | 'shock' | 'end' | 'start' | 'fromStart' | 'every';
export const SUMMARY_READS: Readonly<Record<SummaryField, { years: readonly SummaryYears[]; effect?: { metric: string; window: 'before' | 'after' } }>> = {
  households: { years: ['start'] },
  incomeBefore: { years: ['before'] },
  incomeAfter: { years: ['after'] },
  incomeDropPct: { years: ['before', 'after'] },
  incomeShockPct: { years: ['shock'] },
  yearsAboveLineShare: { years: [] },
  povertyRateEnd: { years: ['end'] },
  returnToPovertyRate: { years: [] },
  R: { years: ['end'] },
  K: { years: ['end'] },
  V: { years: ['end'] },
  hematopoiesisShare: { years: ['end'] },
  fiscalCostPerHousehold: { years: ['every'] },
  selfMadeBefore: { years: ['before'] },
  selfMadeAfter: { years: ['after'] },
  povertyRateBeforeSupportEnd: { years: ['end'] },
  povertyRateSelfMadeEnd: { years: ['end'] },
  underThresholdEnd: { years: ['end'] },
  householdYearsAboveLine: { years: ['fromStart'] },
  incomeEffectBefore: { years: [], effect: { metric: 'incomeMean', window: 'before' } },
  incomeEffectAfter: { years: [], effect: { metric: 'incomeMean', window: 'after' } },
  selfMadeEffectAfter: { years: [], effect: { metric: 'selfMadeIncomeMean', window: 'after' } },
  povertyEffectAfter: { years: [], effect: { metric: 'povertyRate', window: 'after' } },
};
export const SUMMARY_FIELDS = Object.keys(SUMMARY_READS) as SummaryField[];

/** The calendar years a figure's reads stand for, in this scenario. */
export function summaryYears(sc: Scenario, w: Windows, years: SummaryYears): number[] {
  const { start: t0, end: t1 } = sc.time;
  const span = (a: number, b: number) => Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);
  // Without a withdrawal (rule 'none') there are no windows: the figures that need them read nothing.
  switch (years) {
    case 'before': return w.before ? span(w.before[0], w.before[1]) : [];
    case 'after': return w.after ? span(w.after[0], w.after[1]) : [];
    case 'shock': return w.trough && w.trough[0] - 1 >= t0 ? span(w.trough[0] - 1, w.trough[1]) : [];
    case 'end': return [t1];
    case 'start': return [Math.min(w.start ?? t1, t1)];
    case 'fromStart': return w.start === null ? [] : span(w.start, t1);
    case 'every': return span(t0, t1);
  }
}

/**
 * The run summary of a run simulated to `until`; `fields` the figures of each mode to compute
 * ('all', or these: the rest are NaN).
 */
export function summarize(sc: Scenario, seed: number, s: State, col: Collector, w: Windows, fiscal: Record<string, number>, fiscalAfter: Record<string, number>, population: RunSummary['population'], fields: 'all' | ReadonlySet<SummaryField>, until: number): RunSummary {
  const { start: t0, end: t1 } = sc.time;
  const wanted = (f: SummaryField) => fields === 'all' || fields.has(f);
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
  if (wanted('yearsAboveLineShare') || wanted('returnToPovertyRate'))
    for (let h = 0; h < s.count; h++) {
      if (!s.hActive[h]) continue;
      for (let mi = 0; mi < 5; mi++) {
        if (mi < 4 && !((s.hModes[h] >> mi) & 1)) continue;
        active[mi]++; above[mi] += Math.min(1, s.hYearsAbove[h] / yearsAfter);
        if (s.hOutBeforeWithdrawal[h]) { out[mi]++; fell[mi] += s.hFellBack[h]; }
      }
    }
  const modes: ModeSummary[] = MODE_KEYS.map((mode, mi) => {
    const pick = (f: SummaryField, value: () => number) => (wanted(f) ? value() : NaN);
    const before = wanted('incomeBefore') || wanted('incomeDropPct') ? meanOver(w.before, income(mi)) : NaN;
    const after = wanted('incomeAfter') || wanted('incomeDropPct') ? meanOver(w.after, income(mi)) : NaN;
    return {
      mode,
      households: pick('households', () => cellAt(Math.min(w.start ?? t1, t1), mi, ACC.A_HH)),
      incomeBefore: pick('incomeBefore', () => before),
      incomeAfter: pick('incomeAfter', () => after),
      incomeDropPct: pick('incomeDropPct', () => (100 * (before - after)) / before),
      incomeShockPct: pick('incomeShockPct', () => shock(mi)),
      yearsAboveLineShare: pick('yearsAboveLineShare', () => (active[mi] > 0 && w.start !== null ? above[mi] / active[mi] : NaN)),
      povertyRateEnd: pick('povertyRateEnd', () => ratio(t1, mi, ACC.A_POOR3, ACC.A_HH)),
      returnToPovertyRate: pick('returnToPovertyRate', () => (out[mi] > 0 ? fell[mi] / out[mi] : NaN)),
      R: pick('R', () => ratio(t1, mi, ACC.A_R, ACC.A_HH)),
      K: pick('K', () => ratio(t1, mi, ACC.A_K, ACC.A_HH)),
      V: pick('V', () => ratio(t1, mi, ACC.A_V, ACC.A_HH)),
      hematopoiesisShare: pick('hematopoiesisShare', () => {
        const hema = cellAt(t1, mi, ACC.A_HEMA), trans = cellAt(t1, mi, ACC.A_TRANS);
        return hema + trans > 0 ? hema / (hema + trans) : NaN;
      }),
      // Fiscal cost per household-year times the years simulated: a household's cost over the horizon.
      fiscalCostPerHousehold: pick('fiscalCostPerHousehold', () => {
        let fiscalSum = 0, hhSum = 0;
        for (let y = t0; y <= t1; y++) { fiscalSum += cellAt(y, mi, ACC.A_FISCAL); hhSum += cellAt(y, mi, ACC.A_HH); }
        return hhSum > 0 ? (fiscalSum / hhSum) * (t1 - t0 + 1) : NaN;
      }),
      selfMadeBefore: pick('selfMadeBefore', () => meanOver(w.before, (y) => ratio(y, mi, ACC.A_SELF, ACC.A_PERSONS))),
      selfMadeAfter: pick('selfMadeAfter', () => meanOver(w.after, (y) => ratio(y, mi, ACC.A_SELF, ACC.A_PERSONS))),
      povertyRateBeforeSupportEnd: pick('povertyRateBeforeSupportEnd', () => ratio(t1, mi, ACC.A_POOR3 + 1, ACC.A_HH)),
      povertyRateSelfMadeEnd: pick('povertyRateSelfMadeEnd', () => ratio(t1, mi, ACC.A_POOR3 + 2, ACC.A_HH)),
      underThresholdEnd: pick('underThresholdEnd', () => ratio(t1, mi, ACC.A_UNDER_THRESHOLD, ACC.A_HH)),
      // Household-years at or above the line from the withdrawal start to the end (none without one).
      householdYearsAboveLine: pick('householdYearsAboveLine', () => {
        if (w.start === null) return NaN;
        let above = 0;
        for (let y = w.start; y <= t1; y++) above += cellAt(y, mi, ACC.A_HH) - cellAt(y, mi, ACC.A_POOR3);
        return above;
      }),
      // Filled by modeEffects.ts for the four modes when the counterfactual runs are made.
      incomeEffectBefore: NaN, incomeEffectAfter: NaN, selfMadeEffectAfter: NaN, povertyEffectAfter: NaN,
    };
  });
  let registeredNotPoor = 0;
  for (let h = 0; h < s.count; h++) if (s.hActive[h] && s.hRegistered[h] && !s.hPoor[h]) registeredNotPoor++;
  const total = Object.values(fiscal).reduce((a, b) => a + b, 0);
  return {
    scenario: sc.name, seed,
    years: { start: t0, end: until, survey: sc.time.surveyYear },
    withdrawal: w,
    modes, ranking: fields === 'all' ? rankModes(modes) : [],
    fiscal: {
      byInstrument: fiscal, total, perRegisteredNotPoor: registeredNotPoor > 0 ? total / registeredNotPoor : NaN,
      totalFromWithdrawal: w.start === null ? NaN : Object.values(fiscalAfter).reduce((a, b) => a + b, 0),
    },
    population,
  };
}
