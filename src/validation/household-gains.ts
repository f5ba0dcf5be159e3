/**
 * A mode's gain as its households live it: each household's yearly income before means-tested
 * assistance in the run against the same household in the run without the mode (same seed, so
 * the same people; households are matched by id). The survey's "stable" and "unstable" (001
 * §4.2) describe a household's own income from its mode: a village's mean gain averages away
 * the risks each household bears (an outbreak in its herd, a post lost), so stability is read
 * here, household by household. Pure: no I/O.
 */
import { MEANS_TESTED_INDEX, N_SOURCES } from '../engine/sources.js';
import type { State } from '../engine/state.js';

/** Per household id: its mode bits and its per-capita income before means-tested assistance in each recorded year. */
export type IncomePaths = Map<number, { modes: number; income: number[] }>;

/** Records this year's per-capita income before means-tested assistance (sources.ts MEANS_TESTED) of every active household. */
export function recordIncomeBeforeAssistance(s: State, paths: IncomePaths, yearIndex: number): void {
  for (let h = 0; h < s.count; h++) {
    if (!s.hActive[h]) continue;
    const inc = h * N_SOURCES;
    let total = 0;
    for (let k = 0; k < N_SOURCES; k++) total += s.hIncome[inc + k];
    for (const k of MEANS_TESTED_INDEX) total -= s.hIncome[inc + k];
    let row = paths.get(s.hId[h]);
    if (!row) paths.set(s.hId[h], (row = { modes: s.hModes[h], income: [] }));
    row.income[yearIndex] = total / Math.max(1, s.hResident[h]);
  }
}

/**
 * Instability of a mode's gain over `years` recorded years: the mean over its households
 * (followed in both runs every year) of the standard deviation of their yearly gain, over the
 * absolute mean gain of those households. 0 when every household gains the same each year.
 */
export function gainInstability(withMode: IncomePaths, without: IncomePaths, modeBit: number, years: number): number {
  let sdSum = 0, gainSum = 0, n = 0;
  const gain = new Float64Array(years);
  for (const [id, a] of withMode) {
    const b = without.get(id);
    if (!(a.modes & modeBit) || !b || !followed(a.income, years) || !followed(b.income, years)) continue;
    let mean = 0;
    for (let t = 0; t < years; t++) mean += (gain[t] = a.income[t] - b.income[t]) / years;
    let ss = 0;
    for (let t = 0; t < years; t++) ss += (gain[t] - mean) ** 2;
    sdSum += Math.sqrt(ss / (years - 1));
    gainSum += mean;
    n++;
  }
  return n > 0 && years > 1 ? sdSum / n / Math.abs(gainSum / n) : NaN;
}

const followed = (income: number[], years: number): boolean => {
  for (let t = 0; t < years; t++) if (income[t] === undefined) return false;
  return true;
};
