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
import { PURPOSE, uniform } from './random.js';
import { N_SOURCES, SRC } from './sources.js';
import { HEALTHY, SLOTS, laborCapacity, type State } from './state.js';
import type { Trends } from './trends.js';
import type { World } from './world.js';

export const ACT_REST = 0, ACT_OWN = 1, ACT_COOP = 3, ACT_JOB = 4, ACT_WORKSHOP = 5, ACT_WELFARE = 6, ACT_CASUAL = 7, ACT_MIGRATE = 8;
/** Last year's activity of someone whose activity before the start is unknown (no option matches: no inertia). */
export const ACT_NONE = 255;
const N_ACT = 9; // slot 2 is unused (it was herding apart from farming)
/** Bits of hPostsWorked: which held places someone in the household worked this year. */
export const WORKED_JOB = 1, WORKED_WORKSHOP = 2, WORKED_WELFARE = 4, WORKED_COOP = 8;
const ENTERPRISE_MIN_LABOR = 0.8, WELFARE_MIN_LABOR = 0.1;
/** Share of a worker's year a workshop post and a public-welfare post take (part-time work near home, 003). */
const WORKSHOP_TIME = 0.6, WELFARE_TIME = 0.4;
/** Scratch for one member's option values, reused (no allocation per household-year). */
const UTIL = new Float64Array(N_ACT);
/** A household's migrant net earnings by schooling (0-2), filled when first needed (NaN = not yet). */
const MIGRANT_NET = new Float64Array(3);

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
  return casualPay(l.casualWage * local, c, casualAgeFactor(age, l.casualAgeDecline), 1 + l.educationPremium * edu, 1 + 0.5 * l.skillPremium * K);
}

/** casualEarnings from its factors, so a household's (pay at the local level, skill) are computed once for all its members. */
function casualPay(localPay: number, c: number, ageFactor: number, school: number, skill: number): number {
  return localPay * c * ageFactor * school * skill;
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
export function chooseActivities(s: State, sc: Scenario, world: World, h: number, t: Trends, prices: LaborPrices, amount: { welfarePosts: number }): void {
  const e = sc.economy, l = e.labor, v = s.hVillage[h], level = world.villages[v].earningsLevel;
  const { pAlive, pAway, pAge, pHealth, pEdu, pEffort, pActivity, pOpportunity } = s;
  const base = h * SLOTS, hash = s.hYearHash[h], K = s.hK[h], inc = h * N_SOURCES;
  const perWorker = headsPerWorker(s, sc, h), muPerWorker = e.planting.muPerWorker;
  const farmPerMu = prices.farmPerMu[v] * (1 + e.planting.skillGain * K) - e.planting.rentPerMu;
  const herdPerHead = prices.herdPerHead[v], coopPay = prices.coopPay[v];
  const skill = 1 + l.skillPremium * K;
  // The household's factors of each option's pay, computed once for all members (same products, same order).
  const casualLocal = l.casualWage * (t.localWage * level), halfSkill = 1 + 0.5 * l.skillPremium * K, decline = l.casualAgeDecline;
  const jobPay = sc.enterprise.wage * t.localWage * level * skill, workshopPay = sc.workshops.wage * t.localWage * level * (1 + 0.5 * l.skillPremium * K);
  const coop = s.hCoop[h], jobs = s.hEntJobs[h], workshops = s.hWorkshopPosts[h], welfarePosts = s.hWelfarePosts[h];
  const workshopMin = sc.workshops.minLabor, educationPremium = l.educationPremium, choiceScale = l.choiceScale, inertia = l.inertia;
  const workingAgeMax = e.workingAgeMax;
  MIGRANT_NET[0] = NaN; MIGRANT_NET[1] = NaN; MIGRANT_NET[2] = NaN;
  let landLeft = s.hLand[h], herdLeft = s.hHerd[h];
  let farm = 0, herd = 0, coopLabor = 0, casual = 0, casualLabor = 0, wages = 0, welfare = 0, worked = 0;
  const util = UTIL;
  // Care duties: a member who leaves a child or an elder with no other adult at home bears a cost.
  let adultsHome = 0, dependants = 0;
  for (let k = 0; k < SLOTS; k++) {
    const p = base + k;
    if (!pAlive[p] || pAway[p]) continue;
    if (pAge[p] >= 18 && pAge[p] < 75) adultsHome++;
    if (pAge[p] < 12 || pAge[p] >= 75 || pHealth[p] !== HEALTHY) dependants++;
  }
  for (let k = 0; k < SLOTS; k++) {
    const p = base + k;
    pEffort[p] = 0;
    if (!pAlive[p] || pAway[p]) continue;
    const age = pAge[p], c = laborCapacity(age, pHealth[p], workingAgeMax);
    if (c <= 0) { pActivity[p] = ACT_REST; continue; }
    const edu = pEdu[p], school = 1 + educationPremium * edu;
    for (let j = 1; j < N_ACT; j++) util[j] = -Infinity;
    util[ACT_REST] = 0;
    // Own production takes the share of the year the animals (cared for first) and the land
    // need; casual work fills the rest. Workshop and welfare posts are part-time too.
    const casualValue = casualPay(casualLocal, c, casualAgeFactor(age, decline), school, halfSkill);
    const { heads, mu, herdTime, farmTime } = ownWork(c, herdLeft, landLeft, perWorker, muPerWorker);
    const ownTime = herdTime + farmTime;
    if (heads > 0 || mu > 0) util[ACT_OWN] = heads * herdPerHead + mu * farmPerMu + (1 - ownTime) * casualValue;
    if (coop && !(worked & WORKED_COOP)) util[ACT_COOP] = c * coopPay;
    if (jobs && !(worked & WORKED_JOB) && c >= ENTERPRISE_MIN_LABOR) util[ACT_JOB] = jobPay * school;
    if (workshops && !(worked & WORKED_WORKSHOP) && c >= workshopMin) util[ACT_WORKSHOP] = workshopPay + (1 - WORKSHOP_TIME) * casualValue;
    if (welfarePosts && !(worked & WORKED_WELFARE) && c >= WELFARE_MIN_LABOR) util[ACT_WELFARE] = amount.welfarePosts + (1 - WELFARE_TIME) * casualValue;
    util[ACT_CASUAL] = casualValue;
    if (pOpportunity[p]) {
      const alone = adultsHome <= 1 && dependants > 0 ? l.careCost : 0;
      util[ACT_MIGRATE] = migrantNetOf(sc, t, edu, K, world.epidemic) - alone;
    }
    const last = pActivity[p];
    const best = choose(util, choiceScale, last, inertia, hash, PURPOSE.choice + k * 16);
    pActivity[p] = best;
    pEffort[p] = best === ACT_REST || best === ACT_MIGRATE ? 0 : c;
    // Earnings from the casual work that fills the rest of the year.
    const rest = best === ACT_OWN ? 1 - ownTime : best === ACT_WORKSHOP ? 1 - WORKSHOP_TIME : best === ACT_WELFARE ? 1 - WELFARE_TIME : best === ACT_CASUAL ? 1 : 0;
    casual += rest * casualValue; casualLabor += rest * c;
    switch (best) {
      case ACT_OWN: landLeft -= mu; herdLeft -= heads; farm += c * farmTime; herd += c * herdTime; break;
      case ACT_COOP: coopLabor += Math.min(1, c); worked |= WORKED_COOP; break;
      case ACT_JOB: wages += util[ACT_JOB]; worked |= WORKED_JOB; break;
      case ACT_WORKSHOP: wages += util[ACT_WORKSHOP] - (1 - WORKSHOP_TIME) * casualValue; worked |= WORKED_WORKSHOP; break;
      case ACT_WELFARE: welfare += amount.welfarePosts; worked |= WORKED_WELFARE; break;
      case ACT_MIGRATE:
        pAway[p] = 1;
        s.hHome[h]--; s.hMigrants[h]++; s.hResident[h]--; s.hLabor[h] -= c;
        break;
    }
  }
  s.hFarmLabor[h] = farm; s.hHerdLabor[h] = herd; s.hCoopLabor[h] = coopLabor; s.hCasualLabor[h] = casualLabor;
  s.hPostsWorked[h] = worked;
  // Migrants are not residents (away more than half the year); a share of what they earn comes home.
  let remittances = 0;
  const remitShare = l.remitShare;
  for (let k = 0; k < SLOTS; k++) {
    const p = base + k;
    if (pAlive[p] && pAway[p] && pAge[p] >= 16) remittances += remitShare * migrantNetOf(sc, t, pEdu[p], K, world.epidemic);
  }
  s.hIncome[inc + SRC.wages] = wages;
  s.hIncome[inc + SRC.casual] = casual;
  s.hIncome[inc + SRC.remittances] = remittances;
  s.hIncome[inc + SRC.welfarePosts] = welfare;
}

/** migrantNet for the current household's members, once per schooling level (MIGRANT_NET, reset per household). */
function migrantNetOf(sc: Scenario, t: Trends, edu: number, K: number, epidemic: boolean): number {
  if (edu > 2) return migrantNet(sc, t, edu, K, epidemic);
  const x = MIGRANT_NET[edu];
  return x === x ? x : (MIGRANT_NET[edu] = migrantNet(sc, t, edu, K, epidemic));
}

/** A standard Gumbel draw from a uniform in [0, 1). */
function gumbel(u: number): number {
  return -Math.log(-Math.log(u * 0.999999 + 5e-7));
}

/**
 * Bounds of gumbel(u) for u in each 1/G_BINS of [0, 1) (gumbel is increasing), widened by far
 * more than the rounding of its two logarithms. choose() uses them to find the options that
 * can still win without taking any logarithm.
 */
const G_BINS = 1024, G_LO = new Float64Array(G_BINS), G_HI = new Float64Array(G_BINS);
for (let i = 0; i < G_BINS; i++) { G_LO[i] = gumbel(i / G_BINS) - 1e-9; G_HI[i] = gumbel((i + 1) / G_BINS) + 1e-9; }
/** Scratch of choose(): each open option's index, deterministic utility, uniform draw and upper bound. */
const OPT = new Int32Array(N_ACT), OPT_A = new Float64Array(N_ACT), OPT_U = new Float64Array(N_ACT), OPT_HI = new Float64Array(N_ACT);

/**
 * The option of highest utility util[j] / choiceScale + inertia (if j is last year's) + a Gumbel
 * draw gumbel(uniform(hash, purpose + j)) (the household-year's hash, the member's choice
 * purposes); on ties the first; options at -Infinity are
 * closed. The same choice as evaluating every option's Gumbel draw: an option whose upper bound
 * (from G_HI) is below another's lower bound cannot win, so the logarithms are taken only for
 * the options left, and none when one is left (most people, most years).
 */
export function choose(util: Float64Array, choiceScale: number, last: number, inertia: number, hash: number, purpose: number): number {
  let n = 0, bestLo = -Infinity;
  for (let j = 0; j < N_ACT; j++) {
    if (util[j] === -Infinity) continue;
    const a = util[j] / choiceScale + (j === last ? inertia : 0), u = uniform(hash, purpose + j), bin = (u * G_BINS) | 0;
    const lo = a + G_LO[bin];
    if (lo > bestLo) bestLo = lo;
    OPT[n] = j; OPT_A[n] = a; OPT_U[n] = u; OPT_HI[n] = a + G_HI[bin]; n++;
  }
  let left = 0, only = ACT_REST;
  for (let i = 0; i < n; i++) if (OPT_HI[i] >= bestLo) { left++; only = OPT[i]; }
  if (left === 1) return only;
  let best = ACT_REST, bestU = -Infinity;
  for (let i = 0; i < n; i++) {
    if (OPT_HI[i] < bestLo) continue;
    const u = OPT_A[i] + gumbel(OPT_U[i]);
    if (u > bestU) { bestU = u; best = OPT[i]; }
  }
  return best;
}
