/**
 * Cooperatives keep accounts (001 §4.2; 002 §4.3). The village's cooperatives hold a herd in
 * their sheds, a stock bought with pooled funds while the sheds are built up (the maturity lag)
 * and kept up from the reserve after. Pooled skill (management and members' K) lowers mortality,
 * pooled marketing raises the price, pooling removes most idiosyncratic risk. The herd needs
 * herd / headsPerMember full workers: members' work first, hired help for the rest, all paid at
 * the going wage of a full-time local job (what labor.ts compares with other work); members who
 * offer more work than the herd needs share it. The rest of the net, after the year's shocks,
 * less overhead and plus the subsidy, is the result. The payout
 * smooths it through the reserve (it closes `payoutAdjustment` of the gap to this year's
 * distributable surplus); large farmers leading the cooperative take their cut of the payout,
 * the rest is shared equally among member households (weighted by elite capture). Losses draw
 * on the reserve; after `closeAfter` years with the reserve exhausted the cooperatives close.
 * A subsidy changes the accounts, never a closing probability.
 */
import type { Scenario } from '../scenario/schema.js';
import { herdYear } from './herd.js';
import type { State } from './state.js';
import type { VillageIndex } from './villageIndex.js';
import type { Village, World } from './world.js';
import type { YearContext } from './year.js';
import { N_SOURCES, SRC } from './sources.js';
import { subsidyShares } from './subsidy.js';

/** Share of a positive surplus kept as reserve (assumption: cooperatives keep a tenth). */
const RESERVE_SHARE = 0.1;

/** Pooled skill: half management capacity (0.6 = P village), half members' mean K. */
function pooledSkill(sc: Scenario, v: Village, membersK: number): number {
  return 0.5 * (sc.cooperatives.management * v.orgCapacity / 0.6 + membersK);
}

/** Mortality of the pooled herd, with the outbreaks pooling does not remove. */
function pooledMortality(sc: Scenario, K: number): number {
  const b = sc.economy.breeding;
  return b.mortality * (1 - b.skillEffect * Math.min(1, K)) + (1 - sc.cooperatives.pooling) * b.outbreak * b.outbreakLoss;
}

/** Value of an animal the cooperative sells (yuan), after the year's disaster and epidemic cuts. */
function salePrice(sc: Scenario, v: Village, y: YearContext, world: World): number {
  const b = sc.economy.breeding, m = sc.economy.market;
  let cut = 1;
  if (v.disaster) cut *= 1 - m.disasterYieldCut * (1 - y.amount.insurance);
  if (world.epidemic) cut *= 1 - m.epidemicSalesCut;
  return b.marginPerHead * (1 + sc.cooperatives.scaleGain) * y.trend.livestock * Math.exp(v.livestockPrice) * cut;
}

/** The sheds' capacity this year: built up over the maturity lag from the first simulated year. */
function shedCapacity(sc: Scenario, v: Village, year: number): number {
  const c = sc.cooperatives;
  return c.herd * c.perVillage * Math.min(1, (year - v.coopStart + 1) / (v.maturityLag + 1));
}

/**
 * The pay per full worker for a year's work in the sheds: what a full-time local job pays
 * (wages.ts, from the NBS local earnings). The cooperative hires at the going wage; what the
 * herd earns beyond it is the surplus, paid on shares.
 */
export function coopWage(y: YearContext): number {
  return y.pay.localYear;
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
    // Sheds built up over the maturity lag are stocked with start-up funds.
    const capacity = shedCapacity(sc, v, y.year);
    if (y.year - v.coopStart <= v.maturityLag && v.coopHerd < capacity) {
      y.fiscal.coopSubsidy += (capacity - v.coopHerd) * b.animalValue;
      v.coopHerd = capacity;
    }
    const herd = v.coopHerd;
    const { sold, next } = herdYear(herd, capacity, b.fertility, pooledMortality(sc, pooledSkill(sc, v, skill / members)), b.offtake);
    const price = salePrice(sc, v, y, world), net = sold * price - herd * c.feedPerHead;
    // Work is paid at the going wage, to members and hired help alike; the year's shocks fall on
    // the surplus and the reserve, as in a cooperative's accounts.
    const payRate = coopWage(y);
    const need = herd / c.headsPerMember;
    v.coopRation = labor > need ? need / labor : 1;
    const subsidy = members * y.amount.coopSubsidy * leak;
    y.fiscal.coopSubsidy += members * y.amount.coopSubsidy;
    if (v.disaster) y.fiscal.insurance += sold * b.marginPerHead * m.disasterYieldCut * y.amount.insurance;
    const overhead = c.overhead * members, wageBill = payRate * need;
    v.coopSales = sold * price;
    // The herd's own result, and the year's with the subsidy.
    const own = net - wageBill - overhead, result = own + subsidy;
    const funded = subsidyShares(own, subsidy, wageBill + overhead);
    // Accounts: of a profit a tenth goes to the reserve and the rest is distributable; the payout
    // moves only part of the way toward it (dividend smoothing), the reserve taking the difference,
    // and never pays from an exhausted reserve. A loss draws on the reserve.
    const target = result > 0 ? (1 - RESERVE_SHARE) * result : 0;
    const surplus = Math.max(0, Math.min(v.coopPayout + c.payoutAdjustment * (target - v.coopPayout), v.coopReserve + result));
    v.coopReserve += result - surplus;
    v.coopPayout = surplus;
    v.coopLossYears = v.coopReserve < 0 ? v.coopLossYears + 1 : 0;
    // The sheds are kept full from the reserve beyond the start-up reserve.
    const spare = v.coopReserve - c.reserve * c.perVillage;
    const restock = spare > 0 ? Math.min(Math.max(0, capacity - next), spare / b.animalValue) : 0;
    v.coopReserve -= restock * b.animalValue;
    v.coopHerd = next + restock;
    const toLeaders = leaders > 0 ? c.largeFarmerCapture * surplus : 0;
    const rest = surplus - toLeaders, memberRate = payRate * v.coopRation;
    for (let i = a0; i < a1; i++) {
      const h = idx.order[i];
      if (!s.hCoop[h]) continue;
      let share = rest * ((1 + elite * s.hConnected[h]) / equalW);
      if (s.hLargeFarmer[h]) share += toLeaders / leaders;
      const pay = memberRate * s.hCoopLabor[h], inc = h * N_SOURCES;
      s.hIncome[inc + SRC.cooperative] = pay * (1 - funded.pay);
      s.hIncome[inc + SRC.cooperativePaySubsidy] = pay * funded.pay;
      s.hIncome[inc + SRC.cooperativeSurplus] = share * (1 - funded.payout);
      s.hIncome[inc + SRC.cooperativeSurplusSubsidy] = share * funded.payout;
      s.hFiscal[h] += y.amount.coopSubsidy;
    }
    if (v.coopLossYears >= c.closeAfter) {
      // Closed for good: members lose their places (places.ts sees no capacity), the herd is sold.
      v.coopPlaces = 0;
      v.coopHerd = 0;
      for (let i = a0; i < a1; i++) s.hCoop[idx.order[i]] = 0;
    }
  }
}
