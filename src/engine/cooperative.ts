/**
 * Cooperatives keep accounts (001 §4.2; 002 §4.3): one pooled herd per village whose size
 * follows the work members put in (cooperatives.headsPerMember per full worker). Pooled skill
 * (management and members' K) lowers mortality, pooled marketing raises the price, pooling
 * removes most idiosyncratic risk. Members' work is paid at the rate set for the year on
 * `laborShare` of the expected net value of production (what labor.ts compares with other
 * work); the rest, after the year's shocks, less overhead and plus the subsidy, is the result.
 * The payout smooths it through the reserve (it closes `payoutAdjustment` of the gap to this
 * year's distributable surplus); large farmers leading the cooperative take their cut of the
 * payout, the rest is shared equally among member households (weighted by elite capture).
 * Losses draw on the reserve; after `closeAfter` years with the reserve exhausted the
 * cooperatives close. A subsidy changes the accounts, never a closing probability.
 */
import type { Scenario } from '../scenario/schema.js';
import type { State } from './state.js';
import type { VillageIndex } from './villageIndex.js';
import type { Village, World } from './world.js';
import type { YearContext } from './year.js';
import { SRC, N_SOURCES } from './sources.js';

/** Share of a positive surplus kept as reserve (assumption: cooperatives keep a tenth). */
const RESERVE_SHARE = 0.1;

/**
 * Net value of production per animal kept by the pooled herd this year (yuan), at pooled skill
 * K. `shocks` adds what is known only once the year has happened: disaster and epidemic cuts and
 * the outbreaks pooling does not remove (members choose their work on the expectation without them).
 */
function netPerHead(sc: Scenario, v: Village, y: YearContext, K: number, shocks?: World): number {
  const b = sc.economy.breeding, m = sc.economy.market, c = sc.cooperatives;
  let mortality = b.mortality * (1 - b.skillEffect * Math.min(1, K));
  if (shocks) mortality += (1 - c.pooling) * b.outbreak * b.outbreakLoss;
  const ramp = Math.min(1, (y.year - v.coopStart + 1) / (v.maturityLag + 1));
  let shock = 1;
  if (shocks && v.disaster) shock *= 1 - m.disasterYieldCut * (1 - y.amount.insurance);
  if (shocks?.epidemic) shock *= 1 - m.epidemicSalesCut;
  return b.offtake * b.marginPerHead * (1 + c.scaleGain) * y.trend.livestock * Math.exp(v.livestockPrice) * (1 - mortality) * shock * ramp - b.feedPerHead;
}

/** Pooled skill: half management capacity (0.6 = P village), half members' mean K. */
function pooledSkill(sc: Scenario, v: Village, membersK: number): number {
  return 0.5 * (sc.cooperatives.management * v.orgCapacity / 0.6 + membersK);
}

/**
 * The pay per full worker for this year's work, set before shocks are known on the members'
 * mean skill; a member choosing its work expects the rate at a mean skill of 0.5.
 */
export function expectedCoopPay(sc: Scenario, v: Village, y: YearContext, membersK = 0.5): number {
  const c = sc.cooperatives;
  return Math.max(0, c.laborShare * c.headsPerMember * netPerHead(sc, v, y, pooledSkill(sc, v, membersK)));
}

export function cooperativeIncome(s: State, sc: Scenario, world: World, idx: VillageIndex, y: YearContext): void {
  const b = sc.economy.breeding, m = sc.economy.market, c = sc.cooperatives, elite = sc.frictions.eliteCapture, leak = 1 - sc.frictions.leakage;
  for (const v of world.villages) {
    const a0 = idx.start[v.index], a1 = idx.start[v.index + 1];
    let labor = 0, members = 0, skill = 0, equalW = 0, leaders = 0;
    for (let i = a0; i < a1; i++) {
      const h = idx.order[i];
      if (!s.hCoop[h]) continue;
      members++; labor += s.hCoopLabor[h]; skill += s.hK[h];
      equalW += 1 + elite * s.hConnected[h]; leaders += s.hLargeFarmer[h];
    }
    v.coopMembers = members;
    if (members === 0 || v.coopPlaces === 0) continue;
    const herd = c.headsPerMember * labor;
    const net = herd * netPerHead(sc, v, y, pooledSkill(sc, v, skill / members), world);
    // Work is paid at the rate set for the year on the expected net (work points); the year's
    // shocks fall on the surplus and the reserve, as in a cooperative's accounts.
    const payRate = expectedCoopPay(sc, v, y, skill / members);
    const subsidy = members * y.amount.coopSubsidy * leak;
    y.fiscal.coopSubsidy += members * y.amount.coopSubsidy;
    if (v.disaster) y.fiscal.insurance += herd * b.offtake * b.marginPerHead * m.disasterYieldCut * y.amount.insurance;
    const overhead = c.overhead * members;
    const result = net - payRate * labor - overhead + subsidy;
    // Accounts: of a profit a tenth goes to the reserve and the rest is distributable; the payout
    // moves only part of the way toward it (dividend smoothing), the reserve taking the difference,
    // and never pays from an exhausted reserve. A loss draws on the reserve.
    const target = result > 0 ? (1 - RESERVE_SHARE) * result : 0;
    const surplus = Math.max(0, Math.min(v.coopPayout + c.payoutAdjustment * (target - v.coopPayout), v.coopReserve + result));
    v.coopReserve += result - surplus;
    v.coopPayout = surplus;
    v.coopLossYears = v.coopReserve < 0 ? v.coopLossYears + 1 : 0;
    const toLeaders = leaders > 0 ? c.largeFarmerCapture * surplus : 0;
    const rest = surplus - toLeaders;
    for (let i = a0; i < a1; i++) {
      const h = idx.order[i];
      if (!s.hCoop[h]) continue;
      let share = rest * ((1 + elite * s.hConnected[h]) / equalW) + payRate * s.hCoopLabor[h];
      if (s.hLargeFarmer[h]) share += toLeaders / leaders;
      s.hIncome[h * N_SOURCES + SRC.cooperative] = share;
      s.hFiscal[h] += y.amount.coopSubsidy;
    }
    if (v.coopLossYears >= c.closeAfter) {
      // Closed for good: members lose their places (places.ts sees no capacity).
      v.coopPlaces = 0;
      for (let i = a0; i < a1; i++) s.hCoop[idx.order[i]] = 0;
    }
  }
}
