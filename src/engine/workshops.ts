/**
 * Poverty-alleviation workshops keep accounts (003): the orders the filled posts process, less
 * the workers' pay, rent to the collective and overhead, plus the subsidy while it runs. A loss
 * draws on the reserve; after `closeAfter` years with the reserve exhausted the village's
 * workshops close one by one (a closed workshop stays closed). The subsidy changes the
 * accounts, never a closing probability. Orders vary from year to year (a village shock).
 *
 * Where the orders do not cover the outlays, the subsidy pays that share of each of them, the
 * workers' pay among them: that part of each worker's pay moves from `workshop` to
 * `workshopSubsidy` (transfusion, still NBS wages; subsidy.ts).
 */
import type { Scenario } from '../scenario/schema.js';
import { WORKED_WORKSHOP } from './labor.js';
import { normal, type StreamKeys } from './random.js';
import { N_SOURCES, SRC } from './sources.js';
import type { State } from './state.js';
import { subsidyShares } from './subsidy.js';
import type { VillageIndex } from './villageIndex.js';
import { WORKSHOP_TIME } from './wages.js';
import type { World } from './world.js';
import type { YearContext } from './year.js';

const ORDER_VOLATILITY = 0.15;

export function workshopAccounts(s: State, sc: Scenario, world: World, idx: VillageIndex, y: YearContext, keys: StreamKeys): void {
  const w = sc.workshops;
  for (const v of world.villages) {
    if (v.workshopsOpen === 0) continue;
    const a = idx.start[v.index], b = idx.start[v.index + 1];
    let filled = 0, wageBill = 0;
    for (let i = a; i < b; i++) {
      const h = idx.order[i];
      if (s.hPostsWorked[h] & WORKED_WORKSHOP) { filled++; wageBill += s.hIncome[h * N_SOURCES + SRC.workshop]; }
    }
    const orders = Math.exp(ORDER_VOLATILITY * normal(keys.accounts, v.index, y.year * 4 + 1) - ORDER_VOLATILITY ** 2 / 2);
    // The orders a post processes are worth orderValue times the typical post's pay (wages.ts).
    const revenue = filled * w.orderValue * WORKSHOP_TIME * y.pay.localYear * orders;
    const fixed = v.workshopsOpen * (w.overhead + sc.collective.workshopRent);
    const subsidy = v.workshopsOpen * y.amount.workshopSubsidy;
    y.fiscal.workshopSubsidy += subsidy;
    const own = revenue - wageBill - fixed, received = subsidy * (1 - sc.frictions.leakage);
    const funded = subsidyShares(own, received, wageBill + fixed).pay;
    if (funded > 0) {
      for (let i = a; i < b; i++) {
        const inc = idx.order[i] * N_SOURCES, pay = s.hIncome[inc + SRC.workshop];
        if (pay > 0) { s.hIncome[inc + SRC.workshop] = pay * (1 - funded); s.hIncome[inc + SRC.workshopSubsidy] = pay * funded; }
      }
    }
    v.workshopReserve += own + received;
    v.workshopLossYears = v.workshopReserve < 0 ? v.workshopLossYears + 1 : 0;
    if (v.workshopLossYears >= w.closeAfter) { v.workshopsOpen--; v.workshopLossYears = 0; v.workshopReserve = 0; }
  }
}
