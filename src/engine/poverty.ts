/**
 * Step 6: poverty status on the year's net income. Monitoring tops up watched households
 * found below the line (return-to-poverty prevention, 004). A household is income-poor when
 * its per-capita net income is below the line; "ever poor" households (registered at the
 * start, or poor in any year) that were out of poverty last year and are poor now have
 * returned to poverty. Registered households leave the card when they clear the exit margin,
 * unless fear of losing benefits holds them back (002 §3.4).
 */
import type { Scenario } from '../scenario/schema.js';
import { draw, event, type StreamKeys } from './random.js';
import { N_SOURCES, SRC } from './sources.js';
import type { State } from './state.js';
import type { YearContext } from './year.js';

const FEN = 0.01;

export function netIncome(s: State, h: number): number {
  let total = 0;
  for (let k = h * N_SOURCES, e = k + N_SOURCES; k < e; k++) total += s.hIncome[k];
  return total;
}

export function stepPoverty(s: State, sc: Scenario, y: YearContext, keys: StreamKeys, withdrawalStart: number): void {
  const band = 1 + sc.policy.monitoringBand, exit = 1 + sc.policy.exitCheck, leak = 1 - sc.frictions.leakage;
  for (let h = 0; h < s.count; h++) {
    if (!s.hActive[h]) continue;
    const size = Math.max(1, s.hSize[h]);
    let total = netIncome(s, h), pc = total / size;
    const watched = s.hRegistered[h] || s.hAtRisk[h];
    if (pc < y.line && watched && y.amount.monitoring > 0) {
      const topUp = (y.line - pc) * size * Math.min(1, y.amount.monitoring);
      s.hIncome[h * N_SOURCES + SRC.topUp] = topUp * leak;
      y.fiscal.monitoring += topUp; s.hFiscal[h] += topUp;
      total += topUp * leak; pc = total / size;
    }
    s.hPerCapita[h] = pc;
    // One-fen resolution: a household topped up to the line is not poor by a rounding error.
    const poor = pc < y.line - FEN ? 1 : 0, wasPoor = s.hPoor[h];
    s.hReturnBase[h] = !wasPoor && s.hEverPoor[h] ? 1 : 0;
    s.hReturned[h] = poor && s.hReturnBase[h] ? 1 : 0;
    if (y.year === withdrawalStart - 1) s.hOutBeforeWithdrawal[h] = s.hEverPoor[h] && !poor ? 1 : 0;
    if (y.year >= withdrawalStart) {
      if (s.hReturned[h]) s.hFellBack[h] = 1;
      if (!poor) s.hYearsAbove[h]++;
    }
    s.hPoor[h] = poor;
    if (poor) s.hEverPoor[h] = 1;
    s.hAtRisk[h] = pc < y.line * band ? 1 : 0;
    // Exit from the card: on clearing the exit margin (unless fear of losing benefits holds the
    // household back), and for everyone at the campaign deadline (001 §3.1).
    if (s.hCardActive[h] && ((pc >= y.line * exit && draw(keys.participation, s.hId[h], event(y.year, 40)) >= sc.frictions.fearOfExit) || y.year === sc.policy.exitDeadline)) s.hCardActive[h] = 0;
    s.hHistory[h * 5 + (y.year % 5)] = pc;
  }
}
