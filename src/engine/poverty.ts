/**
 * Step 6: poverty status on three measures of per-capita net income (per resident member:
 * members at home and migrants whose earnings come home): all income; income before
 * discretionary transfers (monitoring support and one-off grants); and self-made income alone
 * (the hematopoiesis measure). On each, a household is poor below the line; an "ever poor"
 * household (registered at the start, or poor in any year) that was out of poverty last year
 * and is poor now has returned to poverty. Households poor before monitoring support, or below
 * line x (1 + band) after a fall in income, are at risk: monitoring turns to them next year
 * (protection.ts).
 * A registered household leaves the card when its income without temporary transfers clears
 * the exit margin, unless fear of losing benefits holds it back (002 §3.4).
 */
import type { Scenario } from '../scenario/schema.js';
import { PURPOSE, uniform } from './random.js';
import { IS_DISCRETIONARY, IS_TRANSFUSION, N_SOURCES } from './sources.js';
import type { State } from './state.js';
import type { YearContext } from './year.js';

/** The three poverty measures, in the order of the hPoor3 / hEverPoor3 / ... slots. */
export const MEASURE_ALL = 0, MEASURE_BEFORE_SUPPORT = 1, MEASURE_SELF_MADE = 2;

export function netIncome(s: State, h: number): number {
  let total = 0;
  for (let k = h * N_SOURCES, e = k + N_SOURCES; k < e; k++) total += s.hIncome[k];
  return total;
}

export function stepPoverty(s: State, sc: Scenario, y: YearContext, withdrawalStart: number): void {
  const band = 1 + sc.policy.monitoringBand, exit = 1 + sc.policy.exitCheck;
  const pcs = new Float64Array(3);
  for (let h = 0; h < s.count; h++) {
    if (!s.hActive[h]) continue;
    const resident = Math.max(1, s.hResident[h]);
    let total = 0, discretionary = 0, transfers = 0;
    for (let k = 0, i = h * N_SOURCES; k < N_SOURCES; k++, i++) {
      const x = s.hIncome[i];
      total += x;
      if (IS_DISCRETIONARY[k]) discretionary += x;
      if (IS_TRANSFUSION[k]) transfers += x;
    }
    pcs[MEASURE_ALL] = total / resident;
    pcs[MEASURE_BEFORE_SUPPORT] = (total - discretionary) / resident;
    pcs[MEASURE_SELF_MADE] = (total - transfers) / resident;
    for (let m = 0; m < 3; m++) {
      const j = h * 3 + m, poor = pcs[m] < y.line ? 1 : 0;
      s.hReturnBase3[j] = !s.hPoor3[j] && s.hEverPoor3[j] ? 1 : 0;
      s.hReturned3[j] = poor && s.hReturnBase3[j] ? 1 : 0;
      s.hPoor3[j] = poor;
      if (poor) s.hEverPoor3[j] = 1;
    }
    const pc = pcs[MEASURE_ALL], poor = s.hPoor3[h * 3];
    s.hPerCapita[h] = pc;
    if (y.year === withdrawalStart - 1) s.hOutBeforeWithdrawal[h] = s.hEverPoor[h] && !poor ? 1 : 0;
    if (y.year >= withdrawalStart) {
      if (s.hReturned3[h * 3]) s.hFellBack[h] = 1;
      if (!poor) s.hYearsAbove[h]++;
    }
    s.hPoor[h] = poor;
    if (poor) s.hEverPoor[h] = 1;
    // At risk: poor before support, or under the monitoring threshold after a fall in income
    // (illness, disaster, a lost job): the monitoring looks for risks, not for low income alone.
    const before = pcs[MEASURE_BEFORE_SUPPORT], last = s.hBeforeSupport[h];
    s.hAtRisk[h] = before < y.line || (before < y.line * band && last > 0 && before < (1 - sc.policy.monitoring.riskDrop) * last) ? 1 : 0;
    s.hBeforeSupport[h] = before;
    // Exit from the card: on income without temporary transfers clearing the exit margin (unless
    // fear of losing benefits holds the household back), and for everyone at the deadline (001 §3.1).
    if (s.hCardActive[h] && ((pcs[MEASURE_BEFORE_SUPPORT] >= y.line * exit && uniform(s.hYearHash[h], PURPOSE.cardExit) >= sc.frictions.fearOfExit) || y.year === sc.policy.exitDeadline)) s.hCardActive[h] = 0;
    s.hHistory[h * 5 + (y.year % 5)] = pc;
  }
}
