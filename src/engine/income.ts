/**
 * Step 5: production and income by source. Members first choose what to do (labor.ts: by
 * return, no fixed order); income then follows from the labor put in, skill, land, herd,
 * prices and policy. The mode bits only say which activities are open (principle 1).
 */
import type { Scenario } from '../scenario/schema.js';
import { takesUp } from './awareness.js';
import { clearCasualPool } from './casualPool.js';
import { aidPaid, distribution, paidOut, villageWelfarePay } from './collective.js';
import { cooperativeIncome, coopWage } from './cooperative.js';
import { herdYear } from './herd.js';
import { industrySupport } from './industrySupport.js';
import { chooseActivities, headsPerWorker, type LaborPrices } from './labor.js';
import { cannotWork } from './laborTest.js';
import { LI_FOUND } from './lowIncome.js';
import { MODE_BIT } from './modes.js';
import { pensioners } from './pension.js';
import { PURPOSE, normalOf, uniform } from './random.js';
import { MEASURE, N_MEASURES, N_SOURCES, SRC } from './sources.js';
import type { State } from './state.js';
import type { VillageIndex } from './villageIndex.js';
import type { World } from './world.js';
import type { YearContext } from './year.js';

/** Yield gain from material help and infrastructure this year. */
function farmBoost(sc: Scenario, y: YearContext): number {
  return 1 + sc.economy.planting.materialBoost * y.amount.materialHelp + y.amount.infrastructure;
}

/** Rent of a mu of land rented out (yuan): it follows the net farm value's trend (land is worth what it yields). */
export function landRent(sc: Scenario, y: YearContext): number {
  return sc.economy.planting.rentPerMu * y.trend.farm;
}

/** The year's per-village values the labor choice compares (labor.ts). */
export function laborPrices(sc: Scenario, world: World, y: YearContext, prices?: LaborPrices): LaborPrices {
  const n = world.villages.length, b = sc.economy.breeding;
  const p = prices && prices.farmPerMu.length === n ? prices : { farmPerMu: new Float64Array(n), herdPerHead: new Float64Array(n), coopPay: new Float64Array(n), welfarePay: new Float64Array(n), casualDays: new Float64Array(n), rentPerMu: 0 };
  const boost = farmBoost(sc, y);
  p.rentPerMu = landRent(sc, y);
  for (const v of world.villages) {
    p.farmPerMu[v.index] = sc.economy.planting.netPerMu * y.trend.farm * Math.exp(v.cropPrice) * boost;
    p.herdPerHead[v.index] = b.offtake * b.marginPerHead * y.trend.livestock * Math.exp(v.livestockPrice) - b.feedPerHead;
    p.coopPay[v.index] = v.coopPlaces > 0 ? coopWage(y) * v.coopRation : 0;
    p.welfarePay[v.index] = villageWelfarePay(v, y);
    p.casualDays[v.index] = v.casualDays;
  }
  return p;
}

export function stepIncome(s: State, sc: Scenario, world: World, idx: VillageIndex, y: YearContext, prices: LaborPrices): void {
  s.hIncome.fill(0);
  s.hNominal.fill(0);
  s.hFiscal.fill(0);
  const { hActive, hVillage } = s;
  // Grants and industry support in kind arrive first, so members can choose to keep the animals (labor.ts).
  if (y.level.startupGrant > 0) for (let h = 0, n = s.count; h < n; h++) if (hActive[h]) startupGrant(s, sc, h, y);
  industrySupport(s, sc, world, idx, y);
  for (let h = 0, n = s.count; h < n; h++) if (hActive[h]) chooseActivities(s, sc, world, h, y.pay, prices);
  // Next year's casual days: this year's pool shared by the casual labour that sought it.
  clearCasualPool(s, sc, world, idx);
  cooperativeIncome(s, sc, world, idx, y);
  // Price factors once per village, not once per household.
  const crop = Float64Array.from(world.villages, (v) => Math.exp(v.cropPrice)), stock = Float64Array.from(world.villages, (v) => Math.exp(v.livestockPrice));
  for (let h = 0, n = s.count; h < n; h++) if (hActive[h]) householdIncome(s, sc, world, h, y, crop[hVillage[h]], stock[hVillage[h]]);
  dividends(s, sc, world, idx, y);
}

/**
 * One-off start-up grant of animals for households with individual access (001 §4.1.2), in
 * kind. It is counted once, as the capital it is: a transfer of productive assets, not income
 * (the NBS household survey counts current transfers; breeding stock is a productive fixed
 * asset, and selling it is not income). Kept, the animals join the herd, and what they yield
 * is breeding income; sold at once by a labor-poor keeper (a probability, 000), they turn into
 * savings at 90% of their value. Their value is the instrument's fiscal cost either way.
 */
export function startupGrant(s: State, sc: Scenario, h: number, y: YearContext): void {
  const b = sc.economy.breeding, hash = s.hYearHash[h], leak = 1 - sc.frictions.leakage;
  if (!(s.hAccess[h] & MODE_BIT.individual) || s.hGranted[h] & 1) return;
  if (!takesUp(sc, uniform(hash, PURPOSE.startupGrant), s.hAware[h * N_MEASURES + MEASURE.individual], s.hV[h])) return;
  const animals = sc.modes.individual.grantAnimals * y.amount.startupGrant, value = animals * b.animalValue;
  s.hGranted[h] |= 1;
  s.hFiscal[h] += value;
  y.fiscal.startupGrant += value;
  if (s.hLabor[h] < sc.modes.individual.sellOffLabor && uniform(hash, PURPOSE.sellOff) < sc.modes.individual.sellOff) s.hSavings[h] += 0.9 * value * leak;
  else s.hHerd[h] += animals * leak;
}

function householdIncome(s: State, sc: Scenario, world: World, h: number, y: YearContext, cropPrice: number, stockPrice: number): void {
  const e = sc.economy, b = e.breeding, pl = e.planting, mk = e.market, v = world.villages[s.hVillage[h]];
  const inc = h * N_SOURCES, hash = s.hYearHash[h], amount = y.amount, leak = 1 - sc.frictions.leakage;
  const K = s.hK[h], perWorker = headsPerWorker(s, sc, h);
  const disasterCut = v.disaster ? mk.disasterYieldCut : 0;
  let insured = 0, fiscal = 0;

  // Own herd: the animals the members chose to keep. Skill lowers mortality (001 §4.2); outbreaks
  // hit unpooled herds.
  let breeding = 0;
  if (s.hHerd[h] > 0) {
    const capacity = s.hHerdLabor[h] * perWorker;
    let mortality = b.mortality * (1 - b.skillEffect * K);
    if (uniform(hash, PURPOSE.outbreak) < b.outbreak) mortality += b.outbreakLoss;
    const sales = (1 - disasterCut) * (world.epidemic ? 1 - mk.epidemicSalesCut : 1);
    const perHead = b.marginPerHead * y.trend.livestock * stockPrice * sales;
    // Animals nobody tends are sold off: the herd turned into cash is saving drawn down, not
    // income (NBS counts breeding stock as productive fixed assets, whose sale is not income).
    const herd = Math.min(s.hHerd[h], capacity);
    s.hSavings[h] += (s.hHerd[h] - herd) * perHead;
    const { sold, next } = herdYear(herd, capacity, b.fertility, mortality, b.offtake);
    breeding = sold * perHead - herd * b.feedPerHead;
    if (v.disaster) insured += sold * b.marginPerHead * y.trend.livestock * disasterCut * amount.insurance;
    s.hHerd[h] = next < 0.5 ? 0 : next;
  }
  // Restocking by skilled keepers with room in their sheds and savings (or a microcredit loan).
  if (K > 0.35 && s.hHerdLabor[h] > 0) {
    const room = s.hHerdLabor[h] * perWorker - s.hHerd[h];
    const credit = y.level.microcredit > 0 && takesUp(sc, uniform(hash, PURPOSE.microcredit), s.hAware[h * N_MEASURES + MEASURE.financial], s.hV[h]) ? amount.microcredit : 0;
    if (credit > 0) s.hNominal[h] |= 1 << MEASURE.financial;
    const budget = b.restockShare * s.hSavings[h] + credit;
    const buy = Math.min(room, budget / b.animalValue);
    if (buy >= 1) {
      s.hHerd[h] += buy;
      const cost = buy * b.animalValue, fromSavings = Math.min(cost, b.restockShare * s.hSavings[h]);
      s.hSavings[h] -= fromSavings; s.hDebt[h] += cost - fromSavings;
      if (cost > fromSavings) y.fiscal.microcredit += 0.05 * (cost - fromSavings); // interest subsidy
    }
  }

  // Planting: the land the members chose to farm; the rest is rented out.
  const farmed = Math.min(s.hLand[h], s.hFarmLabor[h] * pl.muPerWorker);
  const perMu = pl.netPerMu * y.trend.farm * cropPrice * (1 + pl.skillGain * K);
  const boost = farmBoost(sc, y);
  const planting = farmed * perMu * boost * (1 - disasterCut);
  if (v.disaster) insured += farmed * perMu * disasterCut * amount.insurance;
  y.fiscal.materialHelp += farmed * perMu * (boost - 1 - amount.infrastructure);
  const rent = (s.hLand[h] - farmed) * landRent(sc, y);

  // Business: started by skilled, willing households with savings; some close each year.
  let business = 0;
  if (s.hBusiness[h] && uniform(hash, PURPOSE.businessEnd) < e.business.failure) s.hBusiness[h] = 0;
  else if (!s.hBusiness[h] && K > 0.4 && s.hV[h] > 0.5 && s.hSavings[h] > 10000 && s.hLabor[h] >= 1 && uniform(hash, PURPOSE.businessStart) < e.business.start) s.hBusiness[h] = 1;
  if (s.hBusiness[h]) business = e.business.income * Math.exp(0.4 * normalOf(hash, PURPOSE.businessSize)) * y.trend.business * v.localWork;

  // Transfers paid with income: pensions of residents of pension age and welfare-post pay (labor.ts).
  const welfare = s.hIncome[inc + SRC.welfarePosts];
  const pension = y.pension * pensioners(s, h, sc.policy.pension.age);
  y.fiscal.welfarePosts += welfare; y.fiscal.pension += pension; y.fiscal.insurance += insured;
  fiscal += welfare + pension + insured;

  const row = s.hIncome;
  row[inc + SRC.planting] = planting; row[inc + SRC.breeding] = breeding; row[inc + SRC.business] = business; row[inc + SRC.rent] = rent;
  row[inc + SRC.welfarePosts] = welfare * leak; row[inc + SRC.pension] = pension * leak; row[inc + SRC.insurance] = insured * leak;
  s.hFiscal[h] += fiscal;
  s.hHerd[h] = Math.min(s.hHerd[h], 500);
}

/**
 * Fund income reaches shareholding households as dividends by the collective's rule of the year
 * (collective.ts distribution; elite capture weights it). Under public-welfare-labour it pays posts
 * instead (collective.ts), and its aid share goes in equal parts to the households that cannot work
 * among the shareholding and the found low-income ones (booked as dividends: the assets' income
 * paid as money; kept by the collective when there are none); under public-goods nothing.
 */
function dividends(s: State, sc: Scenario, world: World, idx: VillageIndex, y: YearContext): void {
  const rule = distribution(sc, y.year).rule, elite = sc.frictions.eliteCapture, leak = 1 - sc.frictions.leakage;
  const { hAccess, hResident, hLabor, hConnected, hLowIncome } = s;
  const labour = rule === 'public-welfare-labour';
  function weight(h: number): number {
    if (labour) return (hAccess[h] & MODE_BIT.shareholding || hLowIncome[h] & LI_FOUND) && cannotWork(sc, s, h) ? 1 : 0;
    if (!(hAccess[h] & MODE_BIT.shareholding)) return 0;
    const w = rule === 'per-person' ? hResident[h] : rule === 'conditional-on-work' ? (hLabor[h] >= 0.3 ? 1 : 0) : 1;
    return w * (1 + elite * hConnected[h]);
  }
  for (const v of world.villages) {
    const a = idx.start[v.index], b = idx.start[v.index + 1];
    let total = 0;
    for (let i = a; i < b; i++) total += weight(idx.order[i]);
    v.fundPaid = !labour ? paidOut(sc, v, y) : total > 0 ? aidPaid(sc, v, y) : 0;
    if (total <= 0 || v.fundPaid <= 0) continue;
    for (let i = a; i < b; i++) {
      const h = idx.order[i], w = weight(h);
      if (w > 0) s.hIncome[h * N_SOURCES + SRC.dividends] = (v.fundPaid * leak * w) / total;
    }
  }
}
