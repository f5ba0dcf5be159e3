/**
 * The village's casual work as a pool of days. A village's economy (house building and repair,
 * harvest help for larger farms, the village's projects, odd jobs in the township) offers a
 * number of days of casual local work a year, economy.labor.casualDemand per household of the
 * village times villages[].localWork; they are shared among the casual labour that seeks them,
 * up to a full worker's season (economy.labor.casualDays). So doubling the casual labour of a
 * village where the pool binds halves the days each finds.
 *
 * The pool clears with a year's lag: this year's days per unit of casual labour are last year's
 * pool over last year's casual labour (a village-level value, like the cooperative's ration,
 * cooperative.ts), computed between years from the households' totals, so that no household's
 * choice depends on the order households choose in. The first year's days come from the build:
 * the casual labour every member at home would bring if each farmed its share of the
 * household's land and sought casual work for the rest of its year (startCasualDays).
 *
 * Casual labour is counted in full-worker equivalents weighted by the work a worker of that age
 * finds (casualAgeFactor: employers hire fewer older workers), so the pool's days are all handed
 * out when it binds.
 */
import type { Scenario } from '../scenario/schema.js';
import { casualAgeFactor, headsPerWorker, ownWork } from './labor.js';
import { AT_HOME, SLOTS, laborCapacity, type State } from './state.js';
import type { VillageIndex } from './villageIndex.js';
import type { Village, World } from './world.js';

/** Days of casual work village v offers in a year, with `households` households (economy.labor.casualDemand x localWork). */
export function casualPool(sc: Scenario, v: Village, households: number): number {
  return sc.economy.labor.casualDemand * households * v.localWork;
}

/** Days of casual work per unit of casual labour: the pool shared by the labour that seeks it, at most a full worker's season. */
export function casualDaysPerWorker(sc: Scenario, pool: number, supply: number): number {
  const cap = sc.economy.labor.casualDays;
  return supply > 0 ? Math.min(cap, pool / supply) : cap;
}

/**
 * Next year's days per unit of casual labour in every village (world.villages[].casualDays),
 * from this year's pool and the casual labour the households sought (hCasualLabor, labor.ts).
 */
export function clearCasualPool(s: State, sc: Scenario, world: World, idx: VillageIndex): void {
  for (const v of world.villages) {
    const a0 = idx.start[v.index], a1 = idx.start[v.index + 1];
    let supply = 0;
    for (let i = a0; i < a1; i++) supply += s.hCasualLabor[idx.order[i]];
    v.casualSupply = supply;
    v.casualDays = casualDaysPerWorker(sc, casualPool(sc, v, a1 - a0), supply);
  }
}

/**
 * The first year's days per unit of casual labour in village v, whose households are
 * from..to-1 of the built state: the casual labour every member at home able to work would
 * bring if it tended its share of the household's animals and land (in slot order, as
 * labor.ts) and sought casual work for the rest of its year.
 */
export function startCasualDays(s: State, sc: Scenario, v: Village, from: number, to: number): number {
  const e = sc.economy;
  let supply = 0;
  for (let h = from; h < to; h++) {
    let land = s.hLand[h], herd = s.hHerd[h];
    const perWorker = headsPerWorker(s, sc, h);
    for (let p = h * SLOTS, end = p + SLOTS; p < end; p++) {
      if (!s.pAlive[p] || s.pAway[p] !== AT_HOME) continue;
      const c = laborCapacity(s.pAge[p], s.pHealth[p], e.workingAgeMax);
      if (c <= 0) continue;
      const { heads, mu, herdTime, farmTime } = ownWork(c, herd, land, perWorker, e.planting.muPerWorker);
      land -= mu; herd -= heads;
      supply += (1 - herdTime - farmTime) * c * casualAgeFactor(s.pAge[p], e.labor.casualAgeDecline);
    }
  }
  v.casualSupply = supply;
  return casualDaysPerWorker(sc, casualPool(sc, v, to - from), supply);
}
