/**
 * Step 5: production and income by source. Each household first spends its labor at home
 * (full-worker equivalents): on posts it holds, on the cooperative, on its own herd, then on
 * its land (land it cannot farm is rented out), and what is left on casual work. Income then
 * follows from labor, skill, land, herd, prices and policy; the mode bits only say which
 * activities are open (principle 1).
 */
import type { Scenario } from '../scenario/schema.js';
import { takeUp } from './awareness.js';
import { cooperativeIncome } from './cooperative.js';
import { MODE_BIT } from './modes.js';
import { draw, event, normal, type StreamKeys } from './random.js';
import { MEASURE, N_MEASURES, N_SOURCES, SRC } from './sources.js';
import { SLOTS, type State } from './state.js';
import type { VillageIndex } from './villageIndex.js';
import type { World } from './world.js';
import type { YearContext } from './year.js';

const E_GRANT = 0, E_SELLOFF = 1, E_OUTBREAK = 2, E_BUSINESS = 3, E_BUSINESS_END = 4, E_BUSINESS_SIZE = 5;
const JOB_LABOR = 1, WORKSHOP_LABOR = 0.6, WELFARE_LABOR = 0.4;

/** Labor at home (full-worker equivalents) left after the posts the household holds. */
function laborAfterPosts(s: State, h: number): number {
  return Math.max(0, s.hLabor[h] - s.hEntJobs[h] * JOB_LABOR - s.hWorkshopPosts[h] * WORKSHOP_LABOR - s.hWelfarePosts[h] * WELFARE_LABOR);
}

/** Animals one full worker of household h can keep (large farmers keep more: hired help, sheds). */
export function headsPerWorker(s: State, sc: Scenario, h: number): number {
  return sc.economy.breeding.headsPerWorker * (s.hLargeFarmer[h] ? sc.cooperatives.largeFarmerScale : 1);
}

/** Labor left after posts; the cooperative takes up to one worker of it. */
function assignCooperativeLabor(s: State, sc: Scenario): void {
  for (let h = 0; h < s.count; h++) {
    if (!s.hActive[h]) continue;
    let free = laborAfterPosts(s, h);
    // Large farmers lead the cooperative but keep their own herd first.
    if (s.hLargeFarmer[h]) free = Math.max(0, free - s.hHerd[h] / headsPerWorker(s, sc, h));
    s.hCoopLabor[h] = s.hCoop[h] ? Math.min(1, free) : 0;
  }
}

export function stepIncome(s: State, sc: Scenario, world: World, idx: VillageIndex, y: YearContext, keys: StreamKeys): void {
  s.hIncome.fill(0);
  s.hNominal.fill(0);
  s.hFiscal.fill(0);
  assignCooperativeLabor(s, sc);
  cooperativeIncome(s, sc, world, idx, y);
  // Price factors once per village, not once per household.
  const crop = Float64Array.from(world.villages, (v) => Math.exp(v.cropPrice)), stock = Float64Array.from(world.villages, (v) => Math.exp(v.livestockPrice));
  const { hActive, hVillage } = s;
  for (let h = 0, n = s.count; h < n; h++) if (hActive[h]) householdIncome(s, sc, world, h, y, keys, crop[hVillage[h]], stock[hVillage[h]]);
  dividends(s, sc, world, idx, y);
}

function householdIncome(s: State, sc: Scenario, world: World, h: number, y: YearContext, keys: StreamKeys, cropPrice: number, stockPrice: number): void {
  const e = sc.economy, b = e.breeding, pl = e.planting, mk = e.market, v = world.villages[s.hVillage[h]];
  const inc = h * N_SOURCES, id = s.hId[h], year = y.year, amount = y.amount, leak = 1 - sc.frictions.leakage;
  const headEdu = s.pEdu[h * SLOTS + s.hHead[h]], K = s.hK[h];
  let free = Math.max(0, laborAfterPosts(s, h) - s.hCoopLabor[h]);
  const disasterCut = v.disaster ? mk.disasterYieldCut : 0;
  let grants = 0, fiscal = 0;

  // One-off start-up grant of animals for households with individual access (001 §4.1.2).
  if (s.hModes[h] & MODE_BIT.individual && !s.hGranted[h] && y.level.startupGrant > 0 &&
      draw(keys.participation, id, event(year, 20)) < takeUp(sc, s.hAware[h * N_MEASURES + MEASURE.individual], s.hV[h])) {
    const animals = sc.modes.individual.grantAnimals * y.amount.startupGrant;
    s.hGranted[h] = 1;
    grants += animals * b.animalValue * leak;
    fiscal += animals * b.animalValue;
    y.fiscal.startupGrant += animals * b.animalValue;
    // The grant is income in kind: finance adds it to cash with the rest of income, so take
    // it back out here. Labor-poor keepers may sell the animals at once (a probability, 000),
    // getting cash at 90% of their value; the others keep them in the herd.
    if (free < sc.modes.individual.sellOffLabor && draw(keys.selloff, id, year) < sc.modes.individual.sellOff) s.hSavings[h] -= animals * b.animalValue * 0.1 * leak;
    else { s.hHerd[h] += animals * leak; s.hSavings[h] -= animals * b.animalValue * leak; }
  }

  // Own herd: skill lowers mortality (001 §4.2); outbreaks hit unpooled herds.
  let breeding = 0;
  if (s.hHerd[h] > 0) {
    const perWorker = headsPerWorker(s, sc, h), capacity = free * perWorker;
    let herd = s.hHerd[h], excess = 0;
    if (herd > capacity) { excess = herd - capacity; herd = capacity; }
    free -= herd / perWorker;
    let mortality = b.mortality * (1 - b.skillEffect * K);
    if (draw(keys.breeding, id, event(year, E_OUTBREAK)) < b.outbreak) mortality += b.outbreakLoss;
    const sold = b.offtake * herd + excess;
    const sales = (1 - disasterCut) * (world.epidemic ? 1 - mk.epidemicSalesCut : 1);
    breeding = sold * b.marginPerHead * stockPrice * sales * y.growth - herd * b.feedPerHead;
    if (v.disaster) { grants += sold * b.marginPerHead * disasterCut * amount.insurance; y.fiscal.insurance += sold * b.marginPerHead * disasterCut * amount.insurance; }
    s.hHerd[h] = Math.max(0, herd * (1 + b.fertility - Math.min(1, mortality) - b.offtake));
    if (s.hHerd[h] < 0.5) s.hHerd[h] = 0;
  }
  // Restocking by skilled keepers with spare labor and savings (or a microcredit loan).
  if (K > 0.35 && free > 0.2 && (s.hHerd[h] > 0 || s.hCoop[h])) {
    const room = free * b.headsPerWorker * 0.5 - s.hHerd[h];
    const credit = y.level.microcredit > 0 && draw(keys.participation, id, event(year, 21)) < takeUp(sc, s.hAware[h * N_MEASURES + MEASURE.financial], s.hV[h]) ? amount.microcredit : 0;
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

  // Planting: land the household can farm; the rest is rented out.
  const farmed = Math.min(s.hLand[h], free * pl.muPerWorker);
  free -= farmed / pl.muPerWorker;
  const boost = 1 + pl.materialBoost * amount.materialHelp + amount.infrastructure;
  const planting = farmed * pl.netPerMu * cropPrice * boost * (1 - disasterCut);
  if (v.disaster) { grants += farmed * pl.netPerMu * disasterCut * amount.insurance; y.fiscal.insurance += farmed * pl.netPerMu * disasterCut * amount.insurance; }
  y.fiscal.materialHelp += farmed * pl.netPerMu * pl.materialBoost * amount.materialHelp;
  const rent = (s.hLand[h] - farmed) * pl.rentPerMu;

  // Business: started by skilled, willing households with savings; some close each year.
  let business = 0;
  if (s.hBusiness[h] && draw(keys.business, id, event(year, E_BUSINESS_END)) < e.business.failure) s.hBusiness[h] = 0;
  else if (!s.hBusiness[h] && K > 0.4 && s.hV[h] > 0.5 && s.hSavings[h] > 10000 && s.hLabor[h] >= 1 && draw(keys.business, id, event(year, E_BUSINESS)) < e.business.start) s.hBusiness[h] = 1;
  if (s.hBusiness[h]) business = e.business.income * Math.exp(0.4 * normal(keys.business, id, event(year, E_BUSINESS_SIZE))) * y.growth;

  // Wages: posts pay by skill and schooling (training pays, 001 §4.2); casual work with the rest.
  const skill = 1 + e.labor.skillPremium * K, school = 1 + e.labor.educationPremium * headEdu;
  const wages = (s.hEntJobs[h] * sc.enterprise.wage * skill * school + s.hWorkshopPosts[h] * sc.workshops.wage * (1 + 0.5 * e.labor.skillPremium * K)) * y.growth;
  const casual = free * e.labor.casualWage * school * y.growth;
  const remittances = s.hRemits[h] * s.hMigrants[h] * e.labor.remittance * school * y.growth * (world.epidemic ? 1 - mk.epidemicMigrantCut : 1);

  // Transfers: welfare posts, living support for labor-poor registered households, pensions.
  const welfare = s.hWelfarePosts[h] * amount.welfarePosts;
  const laborPoor = s.hSize[h] > 0 && s.hLabor[h] / s.hSize[h] < sc.policy.laborPoor;
  const living = s.hRegistered[h] && (s.hCardActive[h] || laborPoor) ? amount.livingSupport * s.hSize[h] : 0;
  const pension = amount.pension * s.hElders[h];
  y.fiscal.welfarePosts += welfare; y.fiscal.livingSupport += living; y.fiscal.pension += pension;
  fiscal += welfare + living + pension;

  const row = s.hIncome;
  row[inc + SRC.planting] = planting; row[inc + SRC.breeding] = breeding; row[inc + SRC.business] = business;
  row[inc + SRC.wages] = wages; row[inc + SRC.casual] = casual; row[inc + SRC.remittances] = remittances; row[inc + SRC.rent] = rent;
  row[inc + SRC.welfarePosts] = welfare * leak; row[inc + SRC.livingSupport] = living * leak; row[inc + SRC.pension] = pension * leak;
  row[inc + SRC.grants] = grants;
  s.hFiscal[h] += fiscal;
  s.hHerd[h] = Math.min(s.hHerd[h], 500);
}

/** Fund income reaches shareholding households by the collective's rule (elite capture weights it). */
function dividends(s: State, sc: Scenario, world: World, idx: VillageIndex, y: YearContext): void {
  const rule = sc.collective.rule, elite = sc.frictions.eliteCapture, leak = 1 - sc.frictions.leakage;
  const { hModes, hSize, hLabor, hConnected } = s;
  function weight(h: number): number {
    if (!(hModes[h] & MODE_BIT.shareholding)) return 0;
    const w = rule === 'per-person' ? hSize[h] : rule === 'conditional-on-work' ? (hLabor[h] >= 0.3 ? 1 : 0) : 1;
    return w * (1 + elite * hConnected[h]);
  }
  for (const v of world.villages) {
    const a = idx.start[v.index], b = idx.start[v.index + 1];
    v.fundPaid = rule === 'public-goods' ? 0 : v.fundIncome * Math.min(1, sc.collective.distributedShare * y.amount.dividend);
    let total = 0;
    for (let i = a; i < b; i++) total += weight(idx.order[i]);
    if (total <= 0 || v.fundPaid <= 0) continue;
    for (let i = a; i < b; i++) {
      const h = idx.order[i], w = weight(h);
      if (w > 0) s.hIncome[h * N_SOURCES + SRC.dividends] = (v.fundPaid * leak * w) / total;
    }
  }
}
