/**
 * Step 5a: who does what. Each member at home who can work chooses one activity a year by
 * comparing what it would earn (yuan a year, net of costs) with a multinomial logit: own
 * production (the household's animals, cared for first, then its land, as far as the member's
 * time goes, casual work in the rest of the year), cooperative work, a post the household holds (enterprise job, workshop,
 * public-welfare post), casual local work, migration (when an opportunity to leave arrives,
 * demography.ts), or rest. Utility = return / choiceScale + inertia (last year's activity) +
 * Gumbel noise drawn per person, year and option (common random numbers). There is no fixed
 * order: a cooperative place or a grant only adds an option, so it cannot lower what a
 * household would choose to earn except through the friction terms.
 *
 * Land and herd are shared: members choose in slot order, each taking the land or animals
 * left by those before. Posts are rationed (places.ts): one member per post held.
 * The choice writes the labor put into each activity and the earnings that follow directly
 * from it (wages, casual work, what migrants send home); production (land, herd, cooperative)
 * is valued in income.ts and cooperative.ts.
 */
import type { Scenario } from '../scenario/schema.js';
import { draw, event, type StreamKeys } from './random.js';
import { N_SOURCES, SRC } from './sources.js';
import { HEALTHY, SLOTS, laborCapacity, type State } from './state.js';
import type { Trends } from './trends.js';
import type { World } from './world.js';

export const ACT_REST = 0, ACT_OWN = 1, ACT_COOP = 3, ACT_JOB = 4, ACT_WORKSHOP = 5, ACT_WELFARE = 6, ACT_CASUAL = 7, ACT_MIGRATE = 8;
const N_ACT = 9; // slot 2 is unused (it was herding apart from farming)
/** Bits of hPostsWorked: which held places someone in the household worked this year. */
export const WORKED_JOB = 1, WORKED_WORKSHOP = 2, WORKED_WELFARE = 4, WORKED_COOP = 8;
const ENTERPRISE_MIN_LABOR = 0.8, WELFARE_MIN_LABOR = 0.1;
/** Share of a worker's year a workshop post and a public-welfare post take (part-time work near home, 003). */
const WORKSHOP_TIME = 0.6, WELFARE_TIME = 0.4;
const E_CHOICE = 48;
/** Scratch for one member's option values, reused (no allocation per household-year). */
const UTIL = new Float64Array(N_ACT);

/** The year's values every household's choice reads, per village (prices, pay rates). */
export interface LaborPrices {
  /** Net value of farming one mu (before the household's skill), per village. */
  farmPerMu: Float64Array;
  /** Expected net value of one animal kept for a year, per village. */
  herdPerHead: Float64Array;
  /** Cooperative pay per full worker a member can expect, per village (cooperative.ts). */
  coopPay: Float64Array;
}

/** Casual work a worker of this age finds, relative to a worker under 45 (floor 10%). */
function casualAgeFactor(age: number, decline: number): number {
  return age <= 45 ? 1 : Math.max(0.1, 1 - decline * (age - 45));
}

/** Animals one full worker of household h can keep (large farmers keep more: hired help, sheds). */
export function headsPerWorker(s: State, sc: Scenario, h: number): number {
  return sc.economy.breeding.headsPerWorker * (s.hLargeFarmer[h] ? sc.cooperatives.largeFarmerScale : 1);
}

/** What own production takes of one member's year (ownWork writes it; reused, no allocation per member-year). */
export const OWN = { heads: 0, mu: 0, herdTime: 0, farmTime: 0 };

/**
 * The animals (cared for first) and land a member of labor capacity `c` tends in a year, of the
 * `herd` and `land` left to tend, and the share of the member's year each takes; into OWN.
 */
export function ownWork(c: number, herd: number, land: number, perWorker: number, muPerWorker: number): typeof OWN {
  OWN.heads = Math.min(herd, c * perWorker);
  OWN.herdTime = OWN.heads / (c * perWorker);
  OWN.mu = Math.min(land, (1 - OWN.herdTime) * c * muPerWorker);
  OWN.farmTime = OWN.mu / (c * muPerWorker);
  return OWN;
}

/** Casual local earnings of a worker (yuan a year) at local earnings level `local` (trend x village level). */
export function casualEarnings(sc: Scenario, local: number, c: number, age: number, edu: number, K: number): number {
  const l = sc.economy.labor;
  return l.casualWage * local * c * casualAgeFactor(age, l.casualAgeDecline) * (1 + l.educationPremium * edu) * (1 + 0.5 * l.skillPremium * K);
}

/** A migrant's earnings net of living costs away (yuan a year, never negative). */
export function migrantNet(sc: Scenario, t: Trends, edu: number, K: number, epidemic: boolean): number {
  const l = sc.economy.labor;
  const gross = l.migrantWage * t.migrantWage * (1 + l.educationPremium * edu) * (1 + 0.5 * l.skillPremium * K) * (epidemic ? 1 - sc.economy.market.epidemicMigrantCut : 1);
  return Math.max(0, gross - l.costAway);
}

/**
 * Chooses every member's activity for household h and writes labor by activity, the posts
 * worked, and the wage, casual and remittance income. A person offered a chance to leave this
 * year (demography) who takes it becomes a migrant.
 */
export function chooseActivities(s: State, sc: Scenario, world: World, h: number, year: number, keys: StreamKeys, t: Trends, prices: LaborPrices, amount: { welfarePosts: number }): void {
  const e = sc.economy, l = e.labor, v = s.hVillage[h], level = world.villages[v].earningsLevel;
  const base = h * SLOTS, id = s.hId[h], K = s.hK[h], inc = h * N_SOURCES;
  const perWorker = headsPerWorker(s, sc, h);
  const farmPerMu = prices.farmPerMu[v] * (1 + e.planting.skillGain * K) - e.planting.rentPerMu;
  const skill = 1 + l.skillPremium * K;
  let landLeft = s.hLand[h], herdLeft = s.hHerd[h];
  let farm = 0, herd = 0, coop = 0, casual = 0, casualLabor = 0, wages = 0, welfare = 0, worked = 0;
  const util = UTIL;
  // Care duties: a member who leaves a child or an elder with no other adult at home bears a cost.
  let adultsHome = 0, dependants = 0;
  for (let k = 0; k < SLOTS; k++) {
    const p = base + k;
    if (!s.pAlive[p] || s.pAway[p]) continue;
    if (s.pAge[p] >= 18 && s.pAge[p] < 75) adultsHome++;
    if (s.pAge[p] < 12 || s.pAge[p] >= 75 || s.pHealth[p] !== HEALTHY) dependants++;
  }
  for (let k = 0; k < SLOTS; k++) {
    const p = base + k;
    s.pEffort[p] = 0;
    if (!s.pAlive[p] || s.pAway[p]) continue;
    const age = s.pAge[p], c = laborOf(sc, age, s.pHealth[p]);
    if (c <= 0) { s.pActivity[p] = ACT_REST; continue; }
    const school = 1 + l.educationPremium * s.pEdu[p];
    util.fill(-Infinity);
    util[ACT_REST] = 0;
    // Own production takes the share of the year the animals (cared for first) and the land
    // need; casual work fills the rest. Workshop and welfare posts are part-time too.
    const casualValue = casualEarnings(sc, t.localWage * level, c, age, s.pEdu[p], K);
    const { heads, mu, herdTime, farmTime } = ownWork(c, herdLeft, landLeft, perWorker, e.planting.muPerWorker);
    const ownTime = herdTime + farmTime;
    if (heads > 0 || mu > 0) util[ACT_OWN] = heads * prices.herdPerHead[v] + mu * farmPerMu + (1 - ownTime) * casualValue;
    if (s.hCoop[h] && !(worked & WORKED_COOP)) util[ACT_COOP] = c * prices.coopPay[v];
    if (s.hEntJobs[h] && !(worked & WORKED_JOB) && c >= ENTERPRISE_MIN_LABOR) util[ACT_JOB] = sc.enterprise.wage * t.localWage * level * skill * school;
    if (s.hWorkshopPosts[h] && !(worked & WORKED_WORKSHOP) && c >= sc.workshops.minLabor) util[ACT_WORKSHOP] = sc.workshops.wage * t.localWage * level * (1 + 0.5 * l.skillPremium * K) + (1 - WORKSHOP_TIME) * casualValue;
    if (s.hWelfarePosts[h] && !(worked & WORKED_WELFARE) && c >= WELFARE_MIN_LABOR) util[ACT_WELFARE] = amount.welfarePosts + (1 - WELFARE_TIME) * casualValue;
    util[ACT_CASUAL] = casualValue;
    if (s.pOpportunity[p]) {
      const alone = adultsHome <= 1 && dependants > 0 ? l.careCost : 0;
      util[ACT_MIGRATE] = migrantNet(sc, t, s.pEdu[p], K, world.epidemic) - alone;
    }
    const pid = id * SLOTS + k, last = s.pActivity[p];
    let best = ACT_REST, bestU = -Infinity;
    for (let j = 0; j < N_ACT; j++) {
      if (util[j] === -Infinity) continue;
      const u = util[j] / l.choiceScale + (j === last ? l.inertia : 0) + gumbel(draw(keys.labor, pid, event(year, E_CHOICE) * 16 + j));
      if (u > bestU) { bestU = u; best = j; }
    }
    s.pActivity[p] = best;
    s.pEffort[p] = best === ACT_REST || best === ACT_MIGRATE ? 0 : c;
    // Earnings from the casual work that fills the rest of the year.
    const rest = best === ACT_OWN ? 1 - ownTime : best === ACT_WORKSHOP ? 1 - WORKSHOP_TIME : best === ACT_WELFARE ? 1 - WELFARE_TIME : best === ACT_CASUAL ? 1 : 0;
    casual += rest * casualValue; casualLabor += rest * c;
    switch (best) {
      case ACT_OWN: landLeft -= mu; herdLeft -= heads; farm += c * farmTime; herd += c * herdTime; break;
      case ACT_COOP: coop += Math.min(1, c); worked |= WORKED_COOP; break;
      case ACT_JOB: wages += util[ACT_JOB]; worked |= WORKED_JOB; break;
      case ACT_WORKSHOP: wages += util[ACT_WORKSHOP] - (1 - WORKSHOP_TIME) * casualValue; worked |= WORKED_WORKSHOP; break;
      case ACT_WELFARE: welfare += amount.welfarePosts; worked |= WORKED_WELFARE; break;
      case ACT_MIGRATE:
        s.pAway[p] = 1;
        s.hHome[h]--; s.hMigrants[h]++; s.hResident[h]--; s.hLabor[h] -= c;
        break;
    }
  }
  s.hFarmLabor[h] = farm; s.hHerdLabor[h] = herd; s.hCoopLabor[h] = coop; s.hCasualLabor[h] = casualLabor;
  s.hPostsWorked[h] = worked;
  // Migrants are not residents (away more than half the year); a share of what they earn comes home.
  let remittances = 0;
  for (let k = 0; k < SLOTS; k++) {
    const p = base + k;
    if (s.pAlive[p] && s.pAway[p] && s.pAge[p] >= 16) remittances += l.remitShare * migrantNet(sc, t, s.pEdu[p], K, world.epidemic);
  }
  s.hIncome[inc + SRC.wages] = wages;
  s.hIncome[inc + SRC.casual] = casual;
  s.hIncome[inc + SRC.remittances] = remittances;
  s.hIncome[inc + SRC.welfarePosts] = welfare;
}

/** A standard Gumbel draw from a uniform in [0, 1). */
function gumbel(u: number): number {
  return -Math.log(-Math.log(u * 0.999999 + 5e-7));
}

/** Labor capacity of a person (full-worker equivalents). */
function laborOf(sc: Scenario, age: number, health: number): number {
  return laborCapacity(age, health, sc.economy.workingAgeMax);
}
