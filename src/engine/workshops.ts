/**
 * Poverty-alleviation workshops keep accounts (003): the orders the filled posts process, less
 * wages, rent to the collective and overhead, plus the subsidy while it runs. A loss draws on
 * the reserve; after `closeAfter` years with the reserve exhausted the village's workshops
 * close one by one (a closed workshop stays closed). The subsidy changes the accounts, never a
 * closing probability. Orders vary from year to year (a village shock).
 */
import type { Scenario } from '../scenario/schema.js';
import { WORKED_WORKSHOP } from './labor.js';
import { normal, type StreamKeys } from './random.js';
import type { State } from './state.js';
import type { VillageIndex } from './villageIndex.js';
import type { World } from './world.js';
import type { YearContext } from './year.js';

const ORDER_VOLATILITY = 0.15;

export function workshopAccounts(s: State, sc: Scenario, world: World, idx: VillageIndex, y: YearContext, keys: StreamKeys): void {
  const w = sc.workshops;
  for (const v of world.villages) {
    if (v.workshopsOpen === 0) continue;
    let filled = 0;
    for (let i = idx.start[v.index]; i < idx.start[v.index + 1]; i++) if (s.hPostsWorked[idx.order[i]] & WORKED_WORKSHOP) filled++;
    const local = y.trend.localWage * v.earningsLevel;
    const orders = Math.exp(ORDER_VOLATILITY * normal(keys.accounts, v.index, y.year * 4 + 1) - ORDER_VOLATILITY ** 2 / 2);
    const subsidy = v.workshopsOpen * y.amount.workshopSubsidy;
    y.fiscal.workshopSubsidy += subsidy;
    const profit = filled * (w.revenuePerPost * orders - w.wage) * local - v.workshopsOpen * (w.overhead + sc.collective.workshopRent) + subsidy * (1 - sc.frictions.leakage);
    v.workshopReserve += profit;
    v.workshopLossYears = v.workshopReserve < 0 ? v.workshopLossYears + 1 : 0;
    if (v.workshopLossYears >= w.closeAfter) { v.workshopsOpen--; v.workshopLossYears = 0; v.workshopReserve = 0; }
  }
}
